package dev.costscope.maven;

import dev.costscope.lint.LintResult;
import dev.costscope.model.SourceModel;
import dev.costscope.report.JsonReportWriter;
import dev.costscope.report.MarkdownReportWriter;
import dev.costscope.report.Report;
import dev.costscope.report.ReportBuilder;
import dev.costscope.report.ReportFiles;
import dev.costscope.report.ReportSchema;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Writes the transparency report of the project's model releases: for each release the scopes it
 * discloses, and for each claim every component it includes and leaves out, then the findings. The
 * JSON report is checked against the schema shipped in the plugin before it is written, and is
 * attached to the build with classifier {@code costscope}, so that {@code install} and {@code deploy}
 * publish it. Never fails the build on findings (that is {@code check}'s job); writes each file
 * whole or not at all. This version writes JSON and Markdown; HTML and SARIF follow.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class ReportMojo extends AbstractCostMojo {

    /** The Markdown report's file name. */
    static final String MARKDOWN = "costscope-report.md";

    /** The JSON report's file name. */
    static final String JSON = "costscope-report.json";

    /** The classifier of the attached JSON report. */
    static final String CLASSIFIER = "costscope";

    /** Where the reports are written. */
    @Parameter(property = "cost.outputDirectory", defaultValue = "${project.build.directory}/costscope")
    private File outputDirectory;

    /** Whether the JSON report is attached to the project, so that install and deploy publish it. */
    @Parameter(property = "cost.attach", defaultValue = "true")
    private boolean attach;

    @Component
    private MavenProjectHelper projectHelper;

    @Override
    void handle(SourceModel model, LintResult result) throws MojoExecutionException {
        Report report = new ReportBuilder().build(model, result);
        String json = new JsonReportWriter().write(report);
        List<String> violations = ReportSchema.violations(json);
        if (!violations.isEmpty()) {
            throw new MojoExecutionException("costscope: the JSON report does not conform to "
                    + JsonReportWriter.SCHEMA_RESOURCE + ", so it was not written (a defect of costscope's; please"
                    + " report it): " + String.join("; ", violations));
        }
        Path jsonFile = outputDirectory.toPath().resolve(JSON);
        Path markdownFile = outputDirectory.toPath().resolve(MARKDOWN);
        write(jsonFile, json);
        write(markdownFile, new MarkdownReportWriter().write(report));
        if (attach) {
            projectHelper.attachArtifact(project, "json", CLASSIFIER, jsonFile.toFile());
        }
        getLog().info("costscope: " + result.releases() + " model release(s) reported in " + markdownFile
                + " and " + jsonFile.getFileName() + (attach ? " (attached as " + CLASSIFIER + ")" : ""));
    }

    private static void write(Path target, String content) throws MojoExecutionException {
        try {
            ReportFiles.writeAtomically(target, content);
        } catch (IOException e) {
            throw new MojoExecutionException("costscope: the report cannot be written to " + target + ": " + e.getMessage());
        }
    }
}
