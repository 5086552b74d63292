package dev.costscope.lint;

import dev.costscope.model.AcceleratorCatalog;
import dev.costscope.model.ScopePolicy;
import dev.costscope.analysis.ProjectFacts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.model.DeclaredType;
import dev.costscope.model.ProcessingError;
import dev.costscope.model.SourceLocation;
import dev.costscope.model.SourceModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinterTest {

    /** Reports one finding per type, at the type, at a fixed severity. */
    private record EveryType(String id, Severity severity) implements Rule {
        @Override
        public String description() {
            return "test rule";
        }

        @Override
        public void check(ProjectFacts facts, FindingSink sink) {
            for (DeclaredType type : facts.model().types()) {
                sink.report(type, type.location(), "found in " + type.qualifiedName());
            }
        }
    }

    private static DeclaredType type(String name, String file, int line, String... suppressions) {
        return new DeclaredType(name, new SourceLocation(file, line, 1), Optional.empty(), List.of(),
                Set.of(suppressions), List.of());
    }

    @Test
    void findingsAreSortedByPlaceThenRuleAndSuppressionsApplyPerTypeAndRule() {
        SourceModel model = new SourceModel(List.of(
                type("b.B", "src/b/B.java", 3),
                type("a.A", "src/a/A.java", 9, "second"),
                type("a.C", "src/a/A.java", 2, "all")),
                List.of(new ProcessingError(new SourceLocation("src/z.java", 1, 1), "broken"),
                        new ProcessingError(new SourceLocation("src/c.java", 4, 2), "broken")),
                10, 3);
        LintResult result = new Linter(List.of(new EveryType("second", Severity.WARNING),
                new EveryType("first", Severity.ERROR))).lint(new ProjectFacts(model, List.of(), ScopePolicy.defaults(),
                AcceleratorCatalog.builtIn()));

        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "src/a/A.java:[9,1] [first] found in a.A",
                "src/b/B.java:[3,1] [first] found in b.B",
                "src/b/B.java:[3,1] [second] found in b.B");
        assertThat(result.suppressed()).extracting(Finding::toString).containsExactly(
                "src/a/A.java:[2,1] [first] found in a.C",
                "src/a/A.java:[2,1] [second] found in a.C",
                "src/a/A.java:[9,1] [second] found in a.A");
        assertThat(result.errors()).extracting(e -> e.location().file()).containsExactly("src/c.java", "src/z.java");
        assertThat(result.count(Severity.ERROR)).isEqualTo(2);
        assertThat(result.countAtLeast(Severity.WARNING)).isEqualTo(3);
        assertThat(result.countAtLeast(Severity.ERROR)).isEqualTo(2);
        assertThat(result.summary()).isEqualTo("costscope: 2 error(s), 1 warning(s), 0 note(s), 3 suppressed,"
                + " 2 processing error(s) in 0 claim(s) of 0 model release(s); 10 file(s) scanned, 3 parsed");
    }

    /** Reports {@code times} findings at each type, the way a rule comparing every pair would. */
    private record Repeating(String id, Severity severity, int times) implements Rule {
        @Override
        public String description() {
            return "test rule";
        }

        @Override
        public void check(ProjectFacts facts, FindingSink sink) {
            for (DeclaredType type : facts.model().types()) {
                for (int i = 0; i < times; i++) {
                    sink.report(type, type.location(), "pair " + i + " in " + type.qualifiedName());
                }
            }
        }
    }

    @Test
    void oneFindingPerRuleAndPlaceCountsTheOthers() {
        SourceModel model = new SourceModel(List.of(type("a.A", "src/a/A.java", 3)), List.of(), 1, 1);
        LintResult result = new Linter(List.of(new Repeating("pairs", Severity.ERROR, 100_000),
                new Repeating("once", Severity.WARNING, 1))).lint(facts(model));

        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "src/a/A.java:[3,1] [once] pair 0 in a.A",
                "src/a/A.java:[3,1] [pairs] pair 0 in a.A (99999 more findings of this rule here)");
        assertThat(result.count(Severity.ERROR)).isEqualTo(1);
    }

    @Test
    void findingsPastTheCapPerFileAreCountedNotListedAndTheMostSeriousAreKept() {
        List<DeclaredType> types = new java.util.ArrayList<>();
        for (int i = 1; i <= 2 * FindingBudget.PER_FILE; i++) {
            types.add(type("a.T" + i, "src/a/A.java", i));
        }
        types.add(type("b.B", "src/b/B.java", 1));
        SourceModel model = new SourceModel(types, List.of(), 2, 2);
        LintResult result = new Linter(List.of(new EveryType("note", Severity.NOTE),
                new Rule() {
                    @Override
                    public String id() {
                        return "late-error";
                    }

                    @Override
                    public Severity severity() {
                        return Severity.ERROR;
                    }

                    @Override
                    public String description() {
                        return "test rule";
                    }

                    @Override
                    public void check(ProjectFacts facts, FindingSink sink) {
                        DeclaredType last = facts.model().types().get(2 * FindingBudget.PER_FILE - 1);
                        sink.report(last, last.location(), "the one error");
                    }
                })).lint(facts(model));

        assertThat(result.findings()).filteredOn(f -> f.location().file().equals("src/a/A.java"))
                .hasSize(FindingBudget.PER_FILE)
                .anyMatch(f -> f.ruleId().equals("late-error"));
        assertThat(result.findings()).filteredOn(f -> f.location().file().equals("src/b/B.java")).hasSize(1);
        assertThat(result.omitted()).containsExactly(new Omission("src/a/A.java", Severity.NOTE, FindingBudget.PER_FILE + 1));
        assertThat(result.count(Severity.NOTE)).isEqualTo(2L * FindingBudget.PER_FILE + 1);
        assertThat(result.omitted().get(0)).hasToString(
                "src/a/A.java: 201 more note finding(s) not listed (at most 200 per file)");
        assertThat(result.summary()).endsWith("; 201 finding(s) past 200 per file not listed");
    }

    private static ProjectFacts facts(SourceModel model) {
        return new ProjectFacts(model, List.of(), ScopePolicy.defaults(), AcceleratorCatalog.builtIn());
    }

    @Test
    void severitiesParseAsUsersWriteThem() {
        assertThat(Severity.parse("error")).isEqualTo(Severity.ERROR);
        assertThat(Severity.parse(" Warning ")).isEqualTo(Severity.WARNING);
        assertThat(Severity.parse("INFO")).isEqualTo(Severity.NOTE);
        assertThat(Severity.NOTE.isAtLeast(Severity.WARNING)).isFalse();
        assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
    }
}
