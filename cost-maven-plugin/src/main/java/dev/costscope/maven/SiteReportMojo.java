package dev.costscope.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The transparency report as a page of the project's Maven site ({@code costscope.html}): the HTML
 * report that the {@code report} goal wrote, inside the site's skin. Declare it under
 * {@code <reporting>} and run {@code mvn verify site}; needs maven-site-plugin 3.20.0 or newer.
 * Reads only the written report, so the page says exactly what the published report says.
 */
@Mojo(name = "site-report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class SiteReportMojo extends AbstractMavenReport {

    /** Where the {@code report} goal wrote its files. */
    @Parameter(property = "cost.outputDirectory", defaultValue = "${project.build.directory}/costscope")
    private File reportsDirectory;

    private File html() {
        return new File(reportsDirectory, AbstractCostMojo.REPORT + ".html");
    }

    @Override
    public String getOutputName() {
        return "costscope";
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
    public boolean canGenerateReport() {
        if (!html().isFile()) {
            getLog().info("costscope: no site page: " + html() + " does not exist; run the report goal first"
                    + " (mvn verify site)");
            return false;
        }
        return true;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        String page;
        try {
            page = Files.readString(html().toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MavenReportException("costscope: " + html() + " cannot be read: " + e.getMessage(), e);
        }
        getSink().rawText(between(page, "<style>", "</style>", true) + between(page, "<body>", "</body>", false));
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
}
