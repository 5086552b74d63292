package dev.costscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.testing.RuleTester;
import org.junit.jupiter.api.Test;

class MissingProvenanceTest {

    @Test
    void warnsWhenSourceOrBasisIsMissing() {
        var result = RuleTester.of(new MissingProvenance()).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                // expect: missing-provenance The claim has no source (add source = "<report, table or page>") and no basis (add basis = Basis.REPORTED, RENTAL_EQUIVALENT, AMORTIZED_CAPEX or THIRD_PARTY_ESTIMATE), so a reader cannot tell where the figure comes from.
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "6M")
                // expect: missing-provenance The claim has no basis
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "20M", source = "Technical report, Table 1")
                // expect: missing-provenance The claim has no source (add
                @TrainingCost(scope = Scope.TOTAL_PROGRAM, amount = "1B", basis = Basis.THIRD_PARTY_ESTIMATE, source = " ")
                class M {}
                """).verify();
        org.assertj.core.api.Assertions.assertThat(result.findings())
                .allSatisfy(f -> org.assertj.core.api.Assertions.assertThat(f.severity())
                        .isEqualTo(dev.costscope.lint.Severity.WARNING));
    }

    @Test
    void staysSilentWithBothOrWithAnUnresolvedSourceOrBasis() {
        RuleTester.of(new MissingProvenance()).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "6M", basis = Basis.REPORTED, source = "Annual report 2024")
                @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "6M", basis = Basis.REPORTED, source = Refs.UNKNOWN)
                @TrainingCost(scope = Scope.TOTAL_PROGRAM, amount = "1B", basis = Basis.GUESS, source = "Annual report 2024")
                class M {}
                """).verify();
    }

    @Test
    void isSuppressedPerType() {
        var result = RuleTester.of(new MissingProvenance()).source("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "6M")
                @SuppressWarnings("cost:missing-provenance")
                class M {}
                """).verify();
        assertThat(result.suppressed()).hasSize(1);
    }
}
