package dev.costscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnscopedTextClaimTest {

    private static final UnscopedTextClaim RULE = new UnscopedTextClaim(RuleSettings.defaults());

    @Test
    void firesInSummariesNotesCommentsAndStringConstants() {
        RuleTester.of(RULE)
                .source("com/acme/V3.java", """
                        package com.acme;
                        import dev.costscope.annotations.*;
                        /**
                         * DeepSeek-V3, the model that was
                        // expect: unscoped-text-claim comment states
                         * trained for $6M.
                         */
                        @ModelRelease(name = "DeepSeek-V3",
                            // expect: unscoped-text-claim ModelRelease.summary states
                            summary = "Trained in 2.788M GPU hours.")
                        @TrainingCost(scope = Scope.FINAL_RUN, amount = "5.576M",
                            // expect: unscoped-text-claim TrainingCost.note states
                            note = "Cheap: the model cost $5.6M.")
                        public final class V3 {
                            // expect: unscoped-text-claim comment states
                            // Training cost $5.576M.
                            void m() {}
                        }
                        """)
                .source("com/acme/Press.java", """
                        package com.acme;
                        final class Press {
                            // expect: unscoped-text-claim string constant HEADLINE states
                            static final String HEADLINE = "A frontier model built for $6M";
                            static final String PRICE = "$0.27 per million tokens";
                            String notConstant = "the model cost $6M";
                        }
                        """)
                .verify();
    }

    @Test
    void staysSilentOnScopedTextOnPricesAndOnOrdinaryTypes() {
        RuleTester.of(RULE)
                .source("com/acme/V3.java", """
                        package com.acme;
                        import dev.costscope.annotations.*;
                        /** Its final training run cost $5.576M; see {@link Costs} for the $6M headline. */
                        @ModelRelease(name = "DeepSeek-V3", summary = Texts.SUMMARY)
                        @TrainingCost(scope = Scope.FINAL_RUN, amount = "5.576M",
                            note = "The final run only, at $2 per H800 GPU-hour.")
                        public final class V3 {}
                        """)
                .source("com/acme/Texts.java", """
                        package com.acme;
                        final class Texts {
                            // A comment on an ordinary type: the model cost $6M. Not checked.
                            static final String SUMMARY = "The final training run took 2.788M GPU hours.";
                            @SuppressWarnings("cost:unscoped-text-claim")
                            static final String QUOTE = "Press: trained for $6M.";
                        }
                        """)
                .verify();
    }

    @Test
    void suppressionsOnTheTypeCoverItsConstants() {
        var result = RuleTester.of(RULE).source("com/acme/Quotes.java", """
                package com.acme;
                @SuppressWarnings("cost:unscoped-text-claim")
                final class Quotes {
                    static final String HEADLINE = "A model trained for $6M.";
                }
                """).verify();
        assertThat(result.suppressed()).hasSize(1);
    }
}
