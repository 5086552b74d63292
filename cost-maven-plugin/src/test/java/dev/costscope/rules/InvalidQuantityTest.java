package dev.costscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.testing.RuleTester;
import org.junit.jupiter.api.Test;

class InvalidQuantityTest {

    @Test
    void firesOnEachValueThatDoesNotParse() {
        RuleTester.of(new InvalidQuantity()).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M",
                    // expect: invalid-quantity ModelRelease.releaseDate "26/12/2024" is not an ISO date such as 2024-12-26.
                    releaseDate = "26/12/2024",
                    // expect: invalid-quantity ModelRelease.totalParameters "671 billions" is not a number such as "5.576M"
                    totalParameters = "671 billions")
                @TrainingCost(scope = Scope.FINAL_RUN,
                    // expect: invalid-quantity TrainingCost.amount "5.6M dollars" is not a number
                    amount = "5.6M dollars",
                    // expect: invalid-quantity TrainingCost.currency "US$" is not an ISO 4217 currency code: use a code such as USD, EUR or CNY.
                    currency = "US$",
                    // expect: invalid-quantity TrainingCost.low "-1M" is negative; quantities must be zero or more.
                    low = "-1M",
                    // expect: invalid-quantity TrainingCost.asOf "late 2024" is not a year, year-month or ISO date
                    asOf = "late 2024",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE,
                        // expect: invalid-quantity Item.amount "5,6M" is not a number
                        amount = "5,6M",
                        compute = @Compute(
                            // expect: invalid-quantity Compute.count is -8: the number of accelerators cannot be negative
                            count = -8,
                            // expect: invalid-quantity Compute.hours "$2.788M" starts with a currency sign, but it is not money
                            hours = "$2.788M",
                            // expect: invalid-quantity Compute.flops "3.3e24K" has both an exponent and a suffix; use one.
                            flops = "3.3e24K")),
                    // expect: invalid-quantity Excluded.high "lots" is not a number
                    excludes = @Excluded(component = CostComponent.EXPERIMENTS, reason = "r", high = "lots"))
                // expect: invalid-quantity TrainingCost.amount is required: state the figure, e.g. amount = "5.576M".
                @TrainingCost(scope = Scope.TOTAL_PROGRAM, amount = "")
                class M {}
                """).verify();
    }

    @Test
    void checksEveryOtherQuantityAttributeAndABlankAmount() {
        RuleTester.of(new InvalidQuantity()).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M",
                    // expect: invalid-quantity ModelRelease.activeParameters "37 bn" is not a number
                    activeParameters = "37 bn",
                    // expect: invalid-quantity ModelRelease.trainingTokens "14.8t" is not a number
                    trainingTokens = "14.8t")
                @TrainingCost(scope = Scope.FINAL_RUN,
                    // expect: invalid-quantity TrainingCost.amount is required
                    amount = "  ",
                    // expect: invalid-quantity TrainingCost.high "6M+" is not a number
                    high = "6M+",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE,
                        // expect: invalid-quantity Item.low "~5M" is not a number
                        low = "~5M",
                        // expect: invalid-quantity Item.high "6MM" is not a number
                        high = "6MM",
                        // expect: invalid-quantity Compute.ratePerHour "€2" is in euros, but the claim's currency is USD
                        compute = @Compute(ratePerHour = "€2")),
                    // expect: invalid-quantity Excluded.low "10-30M" is not a number
                    excludes = @Excluded(component = CostComponent.EXPERIMENTS, reason = "r", low = "10-30M"))
                class M {}
                """).verify();
    }

    @Test
    void staysSilentOnValidEmptyAndUnresolvedValues() {
        RuleTester.of(new InvalidQuantity()).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M", releaseDate = "2024-12-26", totalParameters = "671B", activeParameters = "37B",
                    trainingTokens = "14.8T")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "5.576M", currency = "CNY", low = "5,000,000",
                    high = "6_000_000", asOf = "2024",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE,
                        compute = @Compute(count = 2048, hours = "2.788M", ratePerHour = "2.10", flops = "3.3e24")),
                    excludes = @Excluded(component = CostComponent.EXPERIMENTS, reason = "r", low = "10M", high = ""))
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = Costs.UNKNOWN, asOf = "2024-12")
                @TrainingCost(scope = Scope.TOTAL_PROGRAM, amount = "1B", currency = Money.CODE, asOf = Dates.AS_OF,
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, compute = @Compute(count = Counts.GPUS)))
                class M {}
                """).verify();
    }

    @Test
    void isSuppressedPerType() {
        var result = RuleTester.of(new InvalidQuantity()).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "6M USD")
                @SuppressWarnings("cost:invalid-quantity")
                class M {}
                """).verify();
        assertThat(result.suppressed()).hasSize(1);
    }
}
