package dev.costscope.maven;

import dev.costscope.analysis.ProjectFacts;
import dev.costscope.lint.LintResult;
import dev.costscope.report.Report;
import dev.costscope.report.ReportSet;
import dev.costscope.report.ReportWriter;
import dev.costscope.report.ReportWriters;
import dev.costscope.report.UnknownFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    /**
     * The formats to write, comma-separated: {@code json}, {@code markdown}, {@code html}, {@code sarif},
     * {@code cyclonedx} (CycloneDX 1.6 ML-BOM, attached as {@code costscope-cyclonedx}), {@code spdx}
     * (SPDX 3.0.1 AI, attached as {@code costscope-spdx}), {@code huggingface} (model-card metadata), or
     * {@code all} for every format there is; default the first four.
     */
    @Parameter(property = "cost.formats", defaultValue = "json,markdown,html,sarif")
    private List<String> formats;

    /** Whether the JSON report is attached to the project, so that install and deploy publish it. */
    @Parameter(property = "cost.attach", defaultValue = "true")
    private String attach;

    private final MavenProjectHelper projectHelper;

    /** Maven's own helper to attach the JSON report, injected (JSR-330). */
    @Inject
    public ReportMojo(MavenProjectHelper projectHelper) {
        this.projectHelper = projectHelper;
    }

    private List<ReportWriter> writers;
    private boolean attaches;

    @Override
    void prepare() throws MojoExecutionException {
        List<String> requested = PomParameters.list("formats", "cost.formats", formats, "json,html");
        try {
            writers = ReportWriters.select(requested);
        } catch (UnknownFormatException e) {
            throw new MojoExecutionException("costscope: <formats> (cost.formats) has '" + e.requested()
                    + "'; use any of " + String.join(", ", e.known()));
        }
        if (writers.isEmpty()) {
            throw new MojoExecutionException("costscope: <formats> (cost.formats) is empty; use a comma-separated list of "
                    + String.join(", ", ReportWriters.ids()) + ", or all");
        }
        attaches = PomParameters.flag("attach", "cost.attach", attach);
    }

    @Override
    void handle(ProjectFacts facts, LintResult result) throws MojoExecutionException {
        if (nothingToReport(result)) {
            getLog().info("costscope: no report for " + project.getArtifactId() + ": a module of packaging pom that"
                    + " declares no model release and states no cost");
            return;
        }
        Report report = report(facts, result);
        Path dir = outputDirectory.toPath();
        List<String> members = ReportWriters.all().stream().map(w -> w.fileName(baseName())).toList();
        List<String> attached = new ArrayList<>();
        try (ReportSet set = new ReportSet(dir, members)) {
            for (ReportWriter writer : writers) {
                add(set, writer.fileName(baseName()), writer, report);
            }
            set.commit();
            for (ReportWriter writer : writers) {
                Optional<String> classifier = writer.classifier(classifier());
                if (attaches && classifier.isPresent()) {
                    projectHelper.attachArtifact(project, writer.extension(), classifier.get(),
                            set.file(writer.fileName(baseName())).toFile());
                    attached.add(writer.id().toUpperCase(Locale.ROOT) + " attached as " + classifier.get());
                }
            }
            getLog().info("costscope: " + result.releases() + " model release(s) reported in " + dir + ": "
                    + String.join(", ", set.committed()) + (attached.isEmpty() ? "" : " (" + String.join(", ", attached) + ")"));
        } catch (IOException e) {
            throw WriteFailure.of("the report", dir, e, OUTPUT_DIRECTORY);
        }
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
}
