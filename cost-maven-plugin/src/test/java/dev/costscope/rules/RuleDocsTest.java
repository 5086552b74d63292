package dev.costscope.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.lint.Finding;
import dev.costscope.lint.LintResult;
import dev.costscope.lint.Rule;
import dev.costscope.testing.RuleTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps {@code docs/rules/<id>.md} true: the "Bad" source produces exactly the output lines the page
 * shows for its rule, and the "Good" source produces no finding of that rule.
 */
class RuleDocsTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
    private static final Pattern OUTPUT_BLOCK = Pattern.compile("```\n(.*?)```", Pattern.DOTALL);
    private static final Pattern CLASS_NAME = Pattern.compile("public (?:final )?class (\\w+)");

    static Stream<String> rules() {
        return Rules.all().stream().map(Rule::id);
    }

    private static Rule rule(String id) {
        return Rules.all().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theBadExampleGivesTheDocumentedOutput(String id) throws IOException {
        Rule rule = rule(id);
        String page = section(rule, "## Bad");
        Matcher java = JAVA_BLOCK.matcher(page);
        assertThat(java.find()).as("java block in the page of %s", id).isTrue();
        String source = java.group(1);
        List<String> expected = block(OUTPUT_BLOCK, page.substring(java.end()), rule).lines().toList();
        LintResult result = RuleTester.of(rule).source(path(source), source).run();
        assertThat(result.errors()).isEmpty();
        assertThat(result.findings()).extracting(RuleDocsTest::printed).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theGoodExampleGivesNoFindingOfTheRule(String id) throws IOException {
        Rule rule = rule(id);
        String page = section(rule, "## Good");
        String source = block(JAVA_BLOCK, page, rule);
        LintResult result = RuleTester.of(rule).source(path(source), source).run();
        assertThat(result.errors()).isEmpty();
        assertThat(result.findings()).isEmpty();
    }

    private static String printed(Finding finding) {
        return "[" + (finding.severity().name().equals("NOTE") ? "INFO" : finding.severity().name()) + "] "
                + finding;
    }

    private static String section(Rule rule, String heading) throws IOException {
        String text = Files.readString(Path.of("../docs/rules", rule.id() + ".md"));
        int start = text.indexOf(heading);
        assertThat(start).as("%s in the page of %s", heading, rule.id()).isNotNegative();
        int end = text.indexOf("\n## ", start + heading.length());
        return text.substring(start, end < 0 ? text.length() : end);
    }

    private static String block(Pattern pattern, String text, Rule rule) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("code block in the page of %s", rule.id()).isTrue();
        return m.group(1);
    }

    /** The path under the source root for the public class of {@code source}, from its package. */
    private static String path(String source) {
        Matcher pkg = Pattern.compile("package ([\\w.]+);").matcher(source);
        Matcher cls = CLASS_NAME.matcher(source);
        assertThat(pkg.find() && cls.find()).as("package and public class in%n%s", source).isTrue();
        return pkg.group(1).replace('.', '/') + "/" + cls.group(1) + ".java";
    }
}
