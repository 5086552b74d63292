package dev.costscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.lint.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesTest {

    private final List<String> ids = Rules.all().stream().map(Rule::id).toList();

    @Test
    void theListIsSortedByUniqueKebabCaseIds() {
        assertThat(ids).isSorted().doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z]+(-[a-z]+)+"), "kebab-case");
        assertThat(ids).as("the catalog of DESIGN.md, and any rule added since").contains("duplicate-scope", "implausible-utilization", "invalid-quantity",
                "items-exceed-total", "missing-component", "missing-compute", "missing-provenance", "orphan-claim",
                "out-of-scope-component", "range-inconsistent", "rate-mismatch", "rate-outlier", "scope-order",
                "unknown-accelerator", "unresolved-value", "unscoped-claim", "unscoped-text-claim");
    }

    @Test
    void everyRuleHasADocumentationPageWithABadAndAGoodExample() throws Exception {
        for (Rule rule : Rules.all()) {
            Path page = Path.of("../docs/rules", rule.id() + ".md");
            assertThat(page).as("page of %s", rule.id()).isRegularFile();
            String text = Files.readString(page);
            assertThat(text).as(page.toString()).contains("# " + rule.id(), rule.severity().name(), "## Bad", "## Good",
                    "@SuppressWarnings(\"cost:" + rule.id() + "\")");
        }
    }

    @Test
    void everyRuleDescribesItself() {
        assertThat(Rules.all()).allSatisfy(rule -> assertThat(rule.description()).isNotBlank().endsWith("."));
    }
}
