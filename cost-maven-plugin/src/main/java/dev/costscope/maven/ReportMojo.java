package dev.costscope.maven;

import dev.costscope.lint.LintResult;
import dev.costscope.model.SourceModel;
import dev.costscope.report.MarkdownReportWriter;
import dev.costscope.report.ReportBuilder;
import dev.costscope.report.ReportFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the transparency report of the project's model releases: for each release the scopes it
 * discloses, and for each claim every component it includes and leaves out, then the findings.
 * Never fails the build on findings (that is {@code check}'s job); writes each file whole or not at all.
 * This first version writes Markdown; JSON, HTML and SARIF follow.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class ReportMojo extends AbstractCostMojo {

    /** The report file name. */
    static final String MARKDOWN = "costscope-report.md";

    /** Where the report is written. */
    @Parameter(property = "cost.outputDirectory", defaultValue = "${project.build.directory}/costscope")
    private File outputDirectory;

    @Override
    void handle(SourceModel model, LintResult result) throws MojoExecutionException {
        Path target = outputDirectory.toPath().resolve(MARKDOWN);
        try {
            ReportFiles.writeAtomically(target, new MarkdownReportWriter().write(new ReportBuilder().build(model, result)));
        } catch (IOException e) {
            throw new MojoExecutionException("costscope: the report cannot be written to " + target + ": " + e.getMessage());
        }
        getLog().info("costscope: " + result.releases() + " model release(s) reported in " + target);
    }
}
