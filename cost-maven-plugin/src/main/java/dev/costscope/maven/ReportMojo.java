package dev.costscope.maven;

import dev.costscope.lint.LintResult;
import dev.costscope.model.SourceModel;
import dev.costscope.report.HtmlReportWriter;
import dev.costscope.report.JsonReportWriter;
import dev.costscope.report.MarkdownReportWriter;
import dev.costscope.report.Report;
import dev.costscope.report.ReportSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
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


    /** The formats to write, comma-separated: {@code json}, {@code markdown}, {@code html}, {@code sarif}; default all. */
    @Parameter(property = "cost.formats", defaultValue = "json,markdown,html,sarif")
    private List<String> formats;

    /** Whether the JSON report is attached to the project, so that install and deploy publish it. */
    @Parameter(property = "cost.attach", defaultValue = "true")
    private boolean attach;

    private final MavenProjectHelper projectHelper;

    /** Maven's own helper to attach the JSON report, injected (JSR-330). */
    @Inject
    public ReportMojo(MavenProjectHelper projectHelper) {
        this.projectHelper = projectHelper;
    }

    @Override
    void prepare() throws MojoExecutionException {
        for (String format : formats) {
            if (!FORMATS.contains(format.strip())) {
                throw new MojoExecutionException("costscope: <formats> (cost.formats) has '" + format
                        + "'; use any of " + String.join(", ", FORMATS));
            }
        }
    }

    @Override
    void handle(SourceModel model, LintResult result) throws MojoExecutionException {
        if (nothingToReport(result)) {
            getLog().info("costscope: no report for " + project.getArtifactId() + ": a module of packaging pom that"
                    + " declares no model release and states no cost");
            return;
        }
        Report report = report(model, result);
        List<String> written = new ArrayList<>();
        Path dir = outputDirectory.toPath();
        if (wants("json")) {
            String json = new JsonReportWriter().write(report);
            List<String> violations = ReportSchema.violations(json);
            if (!violations.isEmpty()) {
                throw new MojoExecutionException("costscope: the JSON report does not conform to "
                        + JsonReportWriter.SCHEMA_RESOURCE + ", so it was not written (a defect of costscope's; please"
                        + " report it): " + String.join("; ", violations));
            }
            Path file = dir.resolve(baseName() + ".json");
            written.add(write(file, json));
            if (attach) {
                projectHelper.attachArtifact(project, "json", classifier(), file.toFile());
            }
        }
        if (wants("markdown")) {
            written.add(write(dir.resolve(baseName() + ".md"), new MarkdownReportWriter().write(report)));
        }
        if (wants("html")) {
            written.add(write(dir.resolve(baseName() + ".html"), new HtmlReportWriter().write(report)));
        }
        if (wants("sarif")) {
            written.add(writeSarif(report, baseName()));
        }
        getLog().info("costscope: " + result.releases() + " model release(s) reported in " + dir + ": "
                + String.join(", ", written) + (attach && wants("json") ? " (JSON attached as " + classifier() + ")" : ""));
    }

    /**
     * Whether this project has nothing to report: a parent or aggregator ({@code pom} packaging)
     * whose files hold no claim, no finding and no processing error. Such a module writes and
     * attaches nothing, so that publishing it publishes no empty report.
     */
    boolean nothingToReport(LintResult result) {
        return "pom".equals(project.getPackaging()) && result.releases() == 0 && result.claims() == 0
                && result.findings().isEmpty() && result.suppressed().isEmpty() && result.errors().isEmpty();
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
        return formats.stream().anyMatch(f -> f.strip().equals(format));
    }
}
