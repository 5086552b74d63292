package dev.costscope.testing;

import dev.costscope.rules.RuleSettings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.extract.ScanRequest;
import dev.costscope.extract.SourceScanner;
import dev.costscope.lint.Finding;
import dev.costscope.lint.LintResult;
import dev.costscope.lint.Linter;
import dev.costscope.lint.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs rules over inline Java sources and checks their findings against markers in the sources.
 *
 * <p>A marker is a comment line {@code // expect: <rule-id> [text]} standing on the line before the
 * expected finding (further marker lines may stand between). The finding must have that rule id, be
 * on that line of that file and, when text is given, contain it in its message. Every finding needs
 * a marker and every marker a finding: a source without markers expects no finding at all.
 */
public final class RuleTester {

    private static final Pattern MARKER = Pattern.compile("^\\s*// expect: ([a-z]+(?:-[a-z]+)*)\\s*(.*)$");

    private final List<Rule> rules;
    private final Map<String, String> sources = new LinkedHashMap<>();

    private RuleTester(List<Rule> rules) {
        this.rules = rules;
    }

    /** A tester for {@code rules}. */
    public static RuleTester of(Rule... rules) {
        return new RuleTester(List.of(rules));
    }

    /** Adds a source file at {@code path} (relative to the source root, e.g. {@code com/acme/M.java}). */
    public RuleTester source(String path, String text) {
        sources.put(path, text);
        return this;
    }

    /** Scans the sources, runs the rules and checks the findings against the markers. Returns the result. */
    public LintResult verify() {
        LintResult result = run();
        List<String> expected = new ArrayList<>();
        Map<String, String> expectedText = new LinkedHashMap<>();
        sources.forEach((path, text) -> collectMarkers("src/main/java/" + path, text, expected, expectedText));
        List<String> actual = result.findings().stream().map(RuleTester::key).toList();
        assertThat(actual).as("findings (file:line rule) against the // expect: markers; messages:%n%s",
                        messages(result))
                .containsExactlyInAnyOrderElementsOf(expected);
        for (Finding finding : result.findings()) {
            String text = expectedText.get(key(finding));
            if (text != null && !text.isEmpty()) {
                assertThat(finding.message()).as("message of %s", key(finding)).contains(text);
            }
        }
        return result;
    }

    /** Scans the sources and runs the rules, without checking anything. */
    public LintResult run() {
        Path root = null;
        try {
            root = Files.createTempDirectory("costscope-rule-test");
            Path src = root.resolve("src/main/java");
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path file = src.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            }
            ScanRequest request = ScanRequest.of(List.of(src), root, StandardCharsets.UTF_8);
            return new Linter(rules).lint(RuleSettings.defaults().analyzer().analyze(new SourceScanner().scan(request)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(root);
        }
    }

    private static void collectMarkers(String file, String text, List<String> expected, Map<String, String> texts) {
        String[] lines = text.split("\n", -1);
        List<Matcher> pending = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = MARKER.matcher(lines[i]);
            if (m.matches()) {
                pending.add(m);
                continue;
            }
            for (Matcher marker : pending) {
                String key = file + ":" + (i + 1) + " " + marker.group(1);
                expected.add(key);
                texts.put(key, marker.group(2).strip());
            }
            pending.clear();
        }
    }

    private static String key(Finding f) {
        return f.location().file() + ":" + f.location().line() + " " + f.ruleId();
    }

    private static String messages(LintResult result) {
        StringBuilder sb = new StringBuilder();
        result.findings().forEach(f -> sb.append("  ").append(f).append('\n'));
        result.errors().forEach(e -> sb.append("  processing error: ").append(e).append('\n'));
        return sb.toString();
    }

    private static void deleteQuietly(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
