package dev.costscope.maven;

import dev.costscope.lint.Finding;
import dev.costscope.lint.LintResult;
import dev.costscope.model.ProcessingError;
import org.apache.maven.plugin.logging.Log;

/** Prints a lint result to the build log: one line per processing error and finding, then the summary. */
final class ResultLog {

    private final Log log;

    ResultLog(Log log) {
        this.log = log;
    }

    void print(LintResult result) {
        for (ProcessingError error : result.errors()) {
            log.error(error.location() + " processing error: " + error.message());
        }
        for (Finding finding : result.findings()) {
            switch (finding.severity()) {
                case ERROR -> log.error(finding.toString());
                case WARNING -> log.warn(finding.toString());
                case NOTE -> log.info(finding.toString());
            }
        }
        log.info(result.summary());
    }
}
