package dev.costscope.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.model.SourceLocation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BaselineTest {

    private static Finding finding(String rule, String file, int line, String message, String claim) {
        return new Finding(rule, Severity.ERROR, new SourceLocation(file, line, 5), message, Optional.of(claim));
    }

    private static LintResult result(Finding... findings) {
        return new LintResult(List.of(findings), List.of(), List.of(), 1, 1, 1, findings.length);
    }

    @Test
    void aFingerprintIgnoresLinesColumnsNumbersAndSpacingButNotRuleSubjectOrWording() {
        Finding original = finding("rate-mismatch", "A.java", 10, "amount 5.576M is not 2,788,000 H800-hours × 2: it is 3.0% more", "a.A");
        assertThat(finding("rate-mismatch", "A.java", 42, "amount  7M is not 3_000_000 H800-hours × 2: it is 15.5% more", "a.A")
                .fingerprint()).isEqualTo(original.fingerprint());
        assertThat(original.withSeverity(Severity.NOTE).fingerprint()).isEqualTo(original.fingerprint());
        assertThat(finding("range-inconsistent", "A.java", 10, original.message(), "a.A").fingerprint())
                .isNotEqualTo(original.fingerprint());
        assertThat(finding("rate-mismatch", "A.java", 10, original.message(), "a.B").fingerprint())
                .isNotEqualTo(original.fingerprint());
        assertThat(finding("rate-mismatch", "A.java", 10, "items-hours differ", "a.A").fingerprint())
                .isNotEqualTo(original.fingerprint());
        assertThat(original.fingerprint()).matches("[0-9a-f]{32}");
        Finding prose = new Finding("unscoped-text-claim", Severity.ERROR, new SourceLocation("README.md", 3, 1),
                "README.md states \"$6M\" without its scope");
        assertThat(prose.subject()).isEqualTo("README.md");
        assertThat(new Finding(prose.ruleId(), prose.severity(), new SourceLocation("README.md", 30, 9), prose.message())
                .fingerprint()).isEqualTo(prose.fingerprint());
        assertThat(new Finding(prose.ruleId(), prose.severity(), new SourceLocation("docs/card.md", 3, 1), prose.message())
                .fingerprint()).isNotEqualTo(prose.fingerprint());
    }

    @Test
    void normalisingALongRunOfDigitGroupsIsLinearAndDoesNotRecurse() {
        String groups = "1_".repeat(200_000) + "1";
        assertThat(Fingerprint.normalise("value " + groups + " at :[3,4] end")).isEqualTo("value # at end");
    }

    @Test
    void knownFindingsAreBaselinedNewOnesStandAndFixedEntriesAreStale() {
        Finding kept = finding("unscoped-claim", "A.java", 6, "The 6M USD claim has no scope", "a.A");
        Finding fixed = finding("missing-provenance", "A.java", 6, "The claim has no source", "a.A");
        Baseline baseline = Baseline.of(result(kept, fixed));

        Finding moved = finding("unscoped-claim", "A.java", 9, "The 6M USD claim has no scope", "a.A");
        Finding fresh = finding("unscoped-claim", "B.java", 6, "The 2M USD claim has no scope", "b.B");
        Baseline.Outcome outcome = baseline.apply(result(moved, fresh));

        assertThat(outcome.result().findings()).containsExactly(fresh);
        assertThat(outcome.result().baselined()).containsExactly(moved);
        assertThat(outcome.stale()).extracting(BaselineEntry::toString)
                .containsExactly("A.java [missing-provenance] The claim has no source");
        assertThat(outcome.result().summary()).contains("0 suppressed, 1 baselined, 0 processing error(s)");
    }

    @Test
    void eachEntryMatchesOneFindingSoAThirdCopyIsNew() {
        Finding one = finding("unscoped-claim", "A.java", 6, "The 6M USD claim has no scope", "a.A");
        Finding two = finding("unscoped-claim", "A.java", 7, "The 7M USD claim has no scope", "a.A");
        Finding three = finding("unscoped-claim", "A.java", 8, "The 8M USD claim has no scope", "a.A");
        Baseline.Outcome outcome = Baseline.of(result(one, two)).apply(result(one, two, three));
        assertThat(outcome.result().baselined()).containsExactly(one, two);
        assertThat(outcome.result().findings()).containsExactly(three);
        assertThat(outcome.stale()).isEmpty();
    }
}
