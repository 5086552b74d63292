package dev.costscope.maven;

import dev.costscope.lint.LintResult;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Writes one transparency report for a whole multi-module build: every module's model releases,
 * each once, and every finding, as {@code costscope-aggregate.{json,md,html,sarif}} in the top
 * project's output directory (the JSON attached with classifier {@code costscope-aggregate}). Runs
 * once per build, from the reactor's top project: {@code mvn -T 3 verify cost:aggregate}. Reads
 * sources only, so it does not wait for the modules' builds.
 */
@Mojo(name = "aggregate", aggregator = true, threadSafe = true)
public class AggregateMojo extends ReportMojo {

    /** Maven's own helper to attach the JSON report, injected (JSR-330). */
    @Inject
    public AggregateMojo(MavenProjectHelper projectHelper) {
        super(projectHelper);
    }

    /** The aggregate always reports, also from a top project of packaging {@code pom}. */
    @Override
    boolean nothingToReport(LintResult result) {
        return false;
    }

    @Override
    List<MavenProject> projects() {
        return session.getProjects();
    }

    @Override
    String baseName() {
        return "costscope-aggregate";
    }

    @Override
    String classifier() {
        return "costscope-aggregate";
    }
}
