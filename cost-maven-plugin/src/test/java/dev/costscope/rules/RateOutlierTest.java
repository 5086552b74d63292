package dev.costscope.rules;

import dev.costscope.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RateOutlierTest {

    private static final RateOutlier RULE = new RateOutlier(RuleSettings.defaults());

    @Test
    void warnsOnARateOutsideTheBand() {
        RuleTester.of(RULE).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "1M",
                    items = {@Item(component = CostComponent.FINAL_RUN_COMPUTE, compute = @Compute(accelerator = "H100",
                                 // expect: rate-outlier ratePerHour 40 USD for H100 is outside its market band of 1-10 USD per accelerator-hour
                                 hours = "1K", ratePerHour = "40")),
                             @Item(component = CostComponent.EXPERIMENTS, compute = @Compute(accelerator = "A100",
                                 // expect: rate-outlier ratePerHour 0.05 USD for A100 is outside its market band of 0.5-5 USD
                                 hours = "1K", ratePerHour = "0.05"))})
                class M {}
                """).verify();
    }

    @Test
    void staysSilentInsideTheBandOnItsEdgesInOtherCurrenciesAndForUnknownAccelerators() {
        RuleTester.of(RULE).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "1M",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, compute = {
                        @Compute(accelerator = "H100", hours = "1K", ratePerHour = "1"),
                        @Compute(accelerator = "H100-SXM", hours = "1K", ratePerHour = "10"),
                        @Compute(accelerator = "H800", hours = "1K", ratePerHour = "2"),
                        @Compute(accelerator = "H900", hours = "1K", ratePerHour = "99")}))
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "1M", currency = "CNY",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE,
                        compute = @Compute(accelerator = "H800", hours = "1K", ratePerHour = "15")))
                class M {}
                """).verify();
    }
}
