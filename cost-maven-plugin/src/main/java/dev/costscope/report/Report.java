package dev.costscope.report;

import dev.costscope.lint.LintResult;
import java.util.List;

/** The whole report of one project: its releases in source order and the lint result behind them. */
public record Report(List<ReleaseReport> releases, LintResult result) {

    public Report {
        releases = List.copyOf(releases);
    }
}
