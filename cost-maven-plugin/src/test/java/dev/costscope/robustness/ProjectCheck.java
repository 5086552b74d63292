package dev.costscope.robustness;

import dev.costscope.analysis.ProjectFacts;
import dev.costscope.extract.ScanRequest;
import dev.costscope.extract.SourceScanner;
import dev.costscope.lint.LintResult;
import dev.costscope.lint.Linter;
import dev.costscope.model.SourceModel;
import dev.costscope.report.Report;
import dev.costscope.report.ReportBuilder;
import dev.costscope.report.ReportContext;
import dev.costscope.report.ReportWriter;
import dev.costscope.report.ReportWriters;
import dev.costscope.rules.RuleSettings;
import dev.costscope.rules.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The whole check of a project made of given Java sources, as the goals run it: the sources are
 * written under {@code src/main/java} of a temporary project, scanned, analysed and linted with the
 * default settings, and the report written in every format.
 */
final class ProjectCheck {

    private static final RuleSettings SETTINGS = RuleSettings.defaults();

    /** What one check of a project gave: the sources as read and, when asked for, each format's report by id. */
    record Run(SourceModel model, Map<String, String> reports) {
    }

    private ProjectCheck() {
    }

    /** Checks the project of {@code files} (path under the source root to bytes); with {@code withReports}, writes every report. */
    static Run run(Map<String, byte[]> files, boolean withReports) throws IOException {
        Path root = Files.createTempDirectory("costscope-fuzz");
        try {
            Path src = root.resolve("src/main/java");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = src.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            SourceModel model = new SourceScanner().scan(ScanRequest.of(List.of(src), root, StandardCharsets.UTF_8));
            Map<String, String> reports = new TreeMap<>();
            if (withReports) {
                ProjectFacts facts = SETTINGS.analyzer().analyze(model);
                LintResult result = new Linter(Rules.all(SETTINGS)).lint(facts);
                Report report = ReportBuilder.build(facts, result, ReportContext.of("fuzz", Rules.all(SETTINGS)));
                for (ReportWriter writer : ReportWriters.all()) {
                    reports.put(writer.id(), writer.write(report));
                }
            }
            return new Run(model, reports);
        } finally {
            deleteQuietly(root);
        }
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
