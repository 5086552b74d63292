package dev.costscope.maven;

import dev.costscope.lint.LintResult;
import dev.costscope.model.SourceModel;
import dev.costscope.report.HtmlReportWriter;
import dev.costscope.report.JsonReportWriter;
import dev.costscope.report.MarkdownReportWriter;
import dev.costscope.report.Report;
import dev.costscope.report.ReportSchema;
import dev.costscope.report.ReportSet;
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
 * whole or not at all. Formats: JSON, Markdown, a self-contained HTML page, and SARIF 2.1.0.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class ReportMojo extends AbstractCostMojo {

    /** The classifier of the attached JSON report. */
    static final String CLASSIFIER = "costscope";

    private static final List<String> FORMATS = List.of("json", "markdown", "html", "sarif");

    /** The file name extensions of every format, so that a run removes the files of an earlier run. */
    private static final List<String> EXTENSIONS = List.of("json", "md", "html", "sarif");


    /** The formats to write, comma-separated: {@code json}, {@code markdown}, {@code html}, {@code sarif}; default all. */
    @Parameter(property = "cost.formats", defaultValue = "json,markdown,html,sarif")
    private List<String> formats;

    /** Whether the JSON report is attached to the project, so that install and deploy publish it. */
    @Parameter(property = "cost.attach", defaultValue = "true")
    private boolean attach;

    @Component
    private MavenProjectHelper projectHelper;

    @Override
    void prepare() throws MojoExecutionException {
        formats = PomParameters.list("formats", "cost.formats", formats, "json,html");
        if (formats.isEmpty()) {
            throw new MojoExecutionException(PomParameters.name("formats", "cost.formats") + " names no format; use any"
                    + " of " + String.join(", ", FORMATS));
        }
        for (String format : formats) {
            if (!FORMATS.contains(format)) {
                throw new MojoExecutionException(PomParameters.name("formats", "cost.formats") + " has '" + format
                        + "'; use any of " + String.join(", ", FORMATS));
            }
        }
    }

    @Override
    void handle(SourceModel model, LintResult result) throws MojoExecutionException {
        Report report = report(model, result);
        Path dir = outputDirectory.toPath();
        List<String> members = EXTENSIONS.stream().map(extension -> baseName() + "." + extension).toList();
        try (ReportSet set = new ReportSet(dir, members)) {
            if (wants("json")) {
                String json = new JsonReportWriter().write(report);
                List<String> violations = ReportSchema.violations(json);
                if (!violations.isEmpty()) {
                    throw new MojoExecutionException("costscope: the JSON report does not conform to "
                            + JsonReportWriter.SCHEMA_RESOURCE + ", so it was not written (a defect of costscope's;"
                            + " please report it): " + String.join("; ", violations));
                }
                set.add(baseName() + ".json", json);
            }
            if (wants("markdown")) {
                set.add(baseName() + ".md", new MarkdownReportWriter().write(report));
            }
            if (wants("html")) {
                set.add(baseName() + ".html", new HtmlReportWriter().write(report));
            }
            if (wants("sarif")) {
                set.add(baseName() + ".sarif", sarif(report));
            }
            set.commit();
            if (attach && wants("json")) {
                projectHelper.attachArtifact(project, "json", classifier(), set.file(baseName() + ".json").toFile());
            }
            getLog().info("costscope: " + result.releases() + " model release(s) reported in " + dir + ": "
                    + String.join(", ", set.committed())
                    + (attach && wants("json") ? " (JSON attached as " + classifier() + ")" : ""));
        } catch (IOException e) {
            throw new MojoExecutionException("costscope: the report cannot be written to " + dir + ": " + e.getMessage());
        }
    }

    /** The base name of the files written. */
    String baseName() {
        return REPORT;
    }

    /** The classifier the JSON report is attached with. */
    String classifier() {
        return CLASSIFIER;
    }

    private boolean wants(String format) {
        return formats.contains(format);
    }
}
