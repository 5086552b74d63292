package dev.costscope.maven;

import dev.costscope.lint.Baseline;
import dev.costscope.lint.LintResult;
import dev.costscope.analysis.ProjectFacts;
import dev.costscope.report.BaselineFile;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Records every current finding in the baseline, {@code baselineFile} (by default
 * {@code costscope-baseline.json} in the project's directory), so that {@code check} fails only on
 * findings that are new from now on. Each finding is recorded by a fingerprint of its rule, the type
 * or text it is about and its message with positions and numbers normalised, so that edits elsewhere
 * in a file keep it recognised. Suppressed findings and rules switched off in {@code severities} are
 * not recorded. Commit the file; run the goal again to accept the findings of the day, or after fixing
 * some, to drop their entries.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractCostMojo {

    @Override
    boolean appliesBaseline() {
        return false;
    }

    @Override
    void handle(ProjectFacts facts, LintResult result) throws MojoExecutionException {
        Baseline baseline = Baseline.of(result);
        write(baselineFile.toPath(), BaselineFile.write(baseline), "the baseline",
                PomParameters.setting("baselineFile", "cost.baselineFile"));
        getLog().info("costscope: " + baseline.entries().size() + " finding(s) recorded in the baseline " + baselineFile
                + "; check fails only on findings not in it");
    }
}
