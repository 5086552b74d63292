package dev.costscope.maven;

import dev.costscope.lint.LintResult;
import dev.costscope.analysis.ProjectFacts;
import dev.costscope.report.HtmlReportWriter;
import java.io.File;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The transparency report as a page of the project's Maven site, {@code costscope.html} ("Training
 * costs" under Project Reports). Declare the goal in the pom's reporting section and run
 * {@code mvn site}; needs maven-site-plugin 3.20.0 or newer, and says so when an older one runs
 * it. The page is made from the sources as they are during this site build, with the same
 * configuration as the other goals, so it never shows a report written by an earlier run.
 * Run on its own, the goal writes the page as one self-contained HTML file into the site's directory.
 */
@Mojo(name = "site-report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class SiteReportMojo extends AbstractCostMojo implements MavenReport {

    /** The name of the page, without extension. */
    static final String PAGE = "costscope";

    /** The pinning a build needs when its site plugin predates Doxia 2. */
    static final String OLD_SITE_PLUGIN = "costscope: the site-report goal needs maven-site-plugin 3.20.0 or newer,"
            + " and this site is built by an older one (Maven 3 uses 3.3 or 3.12.1 unless the pom says otherwise)."
            + " Pin it under build/pluginManagement/plugins: <plugin><artifactId>maven-site-plugin</artifactId>"
            + "<version>3.21.0</version></plugin>";

    /** Where a page goes: the site's directory, which maven-site-plugin sets when it runs the goal. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File siteOutputDirectory;

    @Override
    public String getOutputName() {
        return PAGE;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "Training costs";
    }

    @Override
    public String getDescription(Locale locale) {
        return "What each model release claims its training cost, what each claim includes and leaves out, and what"
                + " costscope found.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        siteOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return siteOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    /** False under {@code cost.skip}; fails clearly when the site plugin cannot take a Doxia 2 page. */
    @Override
    public boolean canGenerateReport() throws MavenReportException {
        if (!SiteApi.takesDoxia2Pages()) {
            throw new MavenReportException(OLD_SITE_PLUGIN);
        }
        try {
            return !skipped();
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    /** The page inside the site's skin: this run's report, its style and its body. */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        String page;
        try {
            Checked checked = checkSources();
            page = page(checked.facts(), checked.result());
        } catch (MojoExecutionException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        sink.head();
        sink.title();
        sink.text(getName(locale));
        sink.title_();
        sink.head_();
        sink.body();
        sink.rawText(between(page, "<style>", "</style>", true) + between(page, "<body>", "</body>", false));
        sink.body_();
        sink.flush();
        sink.close();
    }

    /** Run on its own: the page as one self-contained file in the site's directory. */
    @Override
    void handle(ProjectFacts facts, LintResult result) throws MojoExecutionException {
        String file = write(siteOutputDirectory.toPath().resolve(PAGE + ".html"), page(facts, result), "the site page",
                "the pom's <reporting><outputDirectory>");
        getLog().info("costscope: site page written to " + siteOutputDirectory.toPath().resolve(file));
    }

    private String page(ProjectFacts facts, LintResult result) throws MojoExecutionException {
        return new HtmlReportWriter().write(report(facts, result));
    }

    /** The part of {@code page} between the two markers, with the markers when {@code keep}. */
    private static String between(String page, String open, String close, boolean keep) {
        int start = page.indexOf(open);
        int end = page.indexOf(close, start + open.length());
        if (start < 0 || end < 0) {
            return "";
        }
        return keep ? page.substring(start, end + close.length()) : page.substring(start + open.length(), end);
    }

    /** Which reporting API the running site plugin shares with its reports. */
    static final class SiteApi {

        private SiteApi() {
        }

        /**
         * Whether the {@code MavenReport} this class was linked against takes a Doxia 2 sink: true
         * under maven-site-plugin 3.20.0 and newer; false under the older ones, which share the
         * reporting API 3 with their reports and would fail on the page with a linkage error.
         */
        static boolean takesDoxia2Pages() {
            try {
                MavenReport.class.getMethod("generate", Sink.class, Locale.class);
                return true;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
    }
}
