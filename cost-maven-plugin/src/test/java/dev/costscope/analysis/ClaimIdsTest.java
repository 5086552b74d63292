package dev.costscope.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.lint.Finding;
import dev.costscope.lint.LintResult;
import dev.costscope.rules.MissingProvenance;
import dev.costscope.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimIdsTest {

    private static final String RELEASE = """
            package com.acme;

            import dev.costscope.annotations.*;
            %s
            @ModelRelease(name = "Café Model 7B", version = "2024-12-26")
            @TrainingCost(scope = Scope.FINAL_RUN, amount = "1M")
            @TrainingCost(scope = Scope.TOTAL_PROGRAM, amount = "9M", source = "s", basis = Basis.REPORTED)
            @TrainingCost(scope = Scope.FINAL_RUN, amount = "2M")
            public final class M {}
            """;

    private static List<String> claimIds(String padding) {
        LintResult result = RuleTester.of(new MissingProvenance()).source("com/acme/M.java", RELEASE.formatted(padding)).run();
        return result.findings().stream().map(Finding::claimId).map(id -> id.orElse("none")).toList();
    }

    @Test
    void idsNameReleaseVersionAndScopeWithAnOrdinalOnlyForASecondClaimOfTheSameScope() {
        assertThat(claimIds("")).containsExactly("cafe-model-7b@2024-12-26/final-run",
                "cafe-model-7b@2024-12-26/final-run/2");
    }

    @Test
    void idsSurviveTheClaimsMovingToOtherLines() {
        assertThat(claimIds("\n\n// moved down\n\n")).isEqualTo(claimIds(""));
    }

    @Test
    void slugsAreLowerCaseAsciiWithOneDashPerRunOfOtherCharacters() {
        assertThat(ClaimIds.slug("DeepSeek-V3")).isEqualTo("deepseek-v3");
        assertThat(ClaimIds.slug("  Llama 3.1 (405B) ")).isEqualTo("llama-3.1-405b");
        assertThat(ClaimIds.slug("模型")).isEqualTo("unnamed");
    }
}
