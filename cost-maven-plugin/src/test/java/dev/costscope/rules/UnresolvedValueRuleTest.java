package dev.costscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnresolvedValueRuleTest {

    @Test
    void firesAtEachValueThatCannotBeEvaluated() {
        RuleTester.of(new UnresolvedValueRule()).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN,
                    // expect: unresolved-value TrainingCost.amount = Prices.total() could not be evaluated: 'Prices.total()' is not a constant expression (a method call); use a literal or a static final constant of the project's sources.
                    amount = Prices.total(),
                    // expect: unresolved-value TrainingCost.source = Refs.REPORT could not be evaluated: type Refs is not among the project's sources
                    source = Refs.REPORT,
                    // expect: unresolved-value Basis has no constant GUESS
                    basis = Basis.GUESS)
                class M {}
                """).verify();
    }

    @Test
    void staysSilentOnConstantsItCanEvaluate() {
        RuleTester.of(new UnresolvedValueRule())
                .source("com/acme/Refs.java", """
                        package com.acme;
                        public final class Refs {
                            public static final String REPORT = "Technical report";
                            public static final String TABLE = REPORT + ", Table 1";
                        }
                        """)
                .source("com/acme/M.java", """
                        package com.acme;
                        import dev.costscope.annotations.*;
                        @ModelRelease(name = "M")
                        @TrainingCost(scope = Scope.FINAL_RUN, amount = "5" + "." + 576 + "M", source = Refs.TABLE,
                            basis = dev.costscope.annotations.Basis.REPORTED)
                        class M {}
                        """).verify();
    }

    @Test
    void isSuppressedPerType() {
        var result = RuleTester.of(new UnresolvedValueRule()).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = Prices.total())
                @SuppressWarnings("cost:unresolved-value")
                class M {}
                """).verify();
        assertThat(result.suppressed()).hasSize(1);
    }
}
