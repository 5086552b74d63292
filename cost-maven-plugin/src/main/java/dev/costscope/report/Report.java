package dev.costscope.report;

import dev.costscope.lint.LintResult;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The whole report of one project: its releases in source order, the lint result behind them, and
 * where the report comes from (generator, project, rules, date).
 */
public record Report(List<ReleaseReport> releases, LintResult result, ReportContext context) {

    public Report {
        releases = List.copyOf(releases);
    }

    /** The instant the report is dated with, only when the build asks for one. */
    public Optional<Instant> generatedAt() {
        return context.generatedAt();
    }

    /** The date as written in the reports: ISO-8601 in UTC, to the second. */
    public Optional<String> generatedAtText() {
        return generatedAt().map(instant -> instant.truncatedTo(ChronoUnit.SECONDS).toString());
    }
}
