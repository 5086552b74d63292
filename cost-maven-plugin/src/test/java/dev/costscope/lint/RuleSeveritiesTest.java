package dev.costscope.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costscope.model.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSeveritiesTest {

    private static final List<String> RULES = List.of("a-rule", "b-rule", "c-rule");

    private static Finding finding(String rule, Severity severity, int line) {
        return new Finding(rule, severity, new SourceLocation("F.java", line, 1), rule + " at " + line);
    }

    private static LintResult result(List<Finding> findings, List<Finding> suppressed) {
        return new LintResult(findings, suppressed, List.of(), 1, 1, 1, 1);
    }

    @Test
    void offDropsFindingsAndSuppressedOnesAndAnOverrideChangesEveryFindingOfItsRule() {
        RuleSeverities levels = RuleSeverities.parse(List.of("a-rule=off", " b-rule : Warning "), RULES);
        LintResult applied = levels.apply(result(
                List.of(finding("a-rule", Severity.ERROR, 1), finding("b-rule", Severity.ERROR, 2),
                        finding("b-rule", Severity.NOTE, 3), finding("c-rule", Severity.ERROR, 4)),
                List.of(finding("a-rule", Severity.ERROR, 5), finding("b-rule", Severity.ERROR, 6))));
        assertThat(applied.findings()).extracting(f -> f.ruleId() + ":" + f.severity())
                .containsExactly("b-rule:WARNING", "b-rule:WARNING", "c-rule:ERROR");
        assertThat(applied.suppressed()).extracting(f -> f.ruleId() + ":" + f.severity()).containsExactly("b-rule:WARNING");
        assertThat(levels).hasToString("a-rule=OFF, b-rule=WARNING");
    }

    @Test
    void theEffectiveSeverityOfARuleIsItsOwnUnlessOverridden() {
        RuleSeverities levels = RuleSeverities.parse(List.of("a-rule=OFF", "b-rule=NOTE"), RULES);
        assertThat(levels.severityOf(rule("a-rule"))).isEmpty();
        assertThat(levels.severityOf(rule("b-rule"))).contains(Severity.NOTE);
        assertThat(levels.severityOf(rule("c-rule"))).contains(Severity.WARNING);
    }

    @Test
    void noOverrideLeavesTheResultAlone() {
        LintResult result = result(List.of(finding("a-rule", Severity.ERROR, 1)), List.of());
        assertThat(RuleSeverities.parse(List.of("", " "), RULES).apply(result)).isSameAs(result);
    }

    @Test
    void badEntriesSayWhatIsAllowed() {
        assertThatThrownBy(() -> RuleSeverities.parse(List.of("a-rule"), RULES))
                .hasMessage("'a-rule' is not rule-id=SEVERITY, e.g. missing-provenance=ERROR or rate-outlier=OFF");
        assertThatThrownBy(() -> RuleSeverities.parse(List.of("z-rule=OFF"), RULES))
                .hasMessage("'z-rule=OFF' names no rule; the rules are a-rule, b-rule, c-rule");
        assertThatThrownBy(() -> RuleSeverities.parse(List.of("a-rule=fatal"), RULES))
                .hasMessage("'a-rule=fatal' has an unknown severity 'fatal'; use ERROR, WARNING, NOTE or OFF");
        assertThatThrownBy(() -> RuleSeverities.parse(List.of("a-rule=OFF", "a-rule=ERROR"), RULES))
                .hasMessage("'a-rule' is given two severities");
    }

    private static Rule rule(String id) {
        return new Rule() {
            @Override public String id() { return id; }
            @Override public Severity severity() { return Severity.WARNING; }
            @Override public String description() { return "test"; }
            @Override public void check(dev.costscope.analysis.ProjectFacts facts, FindingSink sink) { }
        };
    }
}
