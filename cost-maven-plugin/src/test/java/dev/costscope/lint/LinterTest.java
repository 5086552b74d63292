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

    @Test
    void severitiesParseAsUsersWriteThem() {
        assertThat(Severity.parse("error")).isEqualTo(Severity.ERROR);
        assertThat(Severity.parse(" Warning ")).isEqualTo(Severity.WARNING);
        assertThat(Severity.parse("INFO")).isEqualTo(Severity.NOTE);
        assertThat(Severity.NOTE.isAtLeast(Severity.WARNING)).isFalse();
        assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
    }
}
