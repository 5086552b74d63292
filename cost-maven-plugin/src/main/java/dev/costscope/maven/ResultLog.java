package dev.costscope.maven;

import dev.costscope.lint.Finding;
import dev.costscope.lint.LintResult;
import dev.costscope.model.Claim;
import dev.costscope.model.ClaimSummary;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.ProcessingError;
import dev.costscope.model.SourceModel;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints a check to the build log: what each claim covers and leaves out, then one line per
 * processing error and finding, then the summary.
 */
final class ResultLog {

    private final Log log;

    ResultLog(Log log) {
        this.log = log;
    }

    void print(SourceModel model, LintResult result) {
        for (DeclaredType type : model.types()) {
            for (Claim claim : type.claims()) {
                log.info(ClaimSummary.of(type, claim));
            }
        }
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
        result.omitted().forEach(omission -> log.warn(omission.toString()));
        log.info(result.summary());
    }
}
