package dev.costscope.maven;

import dev.costscope.lint.Finding;
import dev.costscope.lint.LintResult;
import dev.costscope.lint.RulePages;
import dev.costscope.model.Claim;
import dev.costscope.model.ClaimSummary;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.ProcessingError;
import dev.costscope.model.SourceModel;
import java.util.Optional;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints a check to the build log: what each claim covers and leaves out, then one line per
 * processing error and finding, the page of each rule that fired, then the summary (naming the
 * module when it is given, so that parallel builds stay readable).
 */
final class ResultLog {

    private final Log log;
    private final Optional<String> module;

    /** A log that prints summaries without a module name. */
    ResultLog(Log log) {
        this(log, Optional.empty());
    }

    /** A log that names {@code module} in the summary when present. */
    ResultLog(Log log, Optional<String> module) {
        this.log = log;
        this.module = module;
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
        result.findings().stream().map(Finding::ruleId).distinct().sorted()
                .forEach(rule -> log.info("Rule " + rule + ", what it means and how to fix it: " + RulePages.of(rule)));
        log.info(summary(result, module));
    }

    /** The last line printed for {@code result}: its counts, and the module's name when given. */
    static String summary(LintResult result, Optional<String> module) {
        return result.summary() + module.map(name -> "; module " + name).orElse("");
    }
}
