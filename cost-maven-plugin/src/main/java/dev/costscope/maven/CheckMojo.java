package dev.costscope.maven;

import dev.costscope.analysis.ProjectFacts;
import dev.costscope.lint.LintResult;
import dev.costscope.lint.Severity;
import dev.costscope.report.ReportWriters;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks every training-cost claim declared in the project's sources and fails the build when a
 * finding reaches {@code failOnSeverity} or a source cannot be read. Prints each finding as
 * {@code [ERROR] path:[line,col] [rule-id] message}, then a one-line summary.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractCostMojo {

    /** The least severity that fails the build: {@code ERROR}, {@code WARNING} or {@code NOTE}. */
    @Parameter(property = "cost.failOnSeverity", defaultValue = "ERROR")
    private String failOnSeverity;

    /** Whether a source that cannot be read or parsed fails the build. */
    @Parameter(property = "cost.failOnProcessingError", defaultValue = "true")
    private boolean failOnProcessingError;

    /**
     * Whether the check also writes its findings as SARIF 2.1.0 for code scanning, to
     * {@code outputDirectory/costscope-report.sarif}, from the same run.
     */
    @Parameter(property = "cost.sarif", defaultValue = "false")
    private boolean sarif;

    private Severity threshold;

    @Override
    void prepare() throws MojoExecutionException {
        try {
            threshold = Severity.parse(failOnSeverity);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("costscope: <failOnSeverity> (cost.failOnSeverity): " + e.getMessage());
        }
    }

    @Override
    void handle(ProjectFacts facts, LintResult result) throws MojoExecutionException, MojoFailureException {
        new ResultLog(getLog()).print(facts.model(), result);
        if (sarif) {
            Path file = write(ReportWriters.byId("sarif").orElseThrow(), report(facts, result), REPORT);
            getLog().info("costscope: findings written to " + file);
        }
        new BuildVerdict(threshold, failOnProcessingError).enforce(result);
    }
}
