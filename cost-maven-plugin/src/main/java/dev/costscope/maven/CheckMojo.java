package dev.costscope.maven;

import dev.costscope.analysis.ProjectFacts;
import dev.costscope.extract.SourceScan;
import dev.costscope.lint.LintResult;
import dev.costscope.lint.Severity;
import dev.costscope.report.ReportWriters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks every training-cost claim declared in the project's sources and fails the build when
 * findings reach {@code failOnSeverity} (more than {@code maxAllowedViolations} of them, unless
 * {@code failOnViolation} is off) or a source cannot be read. Findings recorded in the baseline
 * never fail it. Prints each finding as {@code [ERROR] path:[line,col] [rule-id] message}, the page
 * of each rule that fired, then a one-line summary.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractCostMojo {

    /** The base name of the SARIF file the check writes, apart from the report goal's. */
    static final String CHECK_SARIF = "costscope-check";

    /** The least severity that fails the build: {@code ERROR}, {@code WARNING} or {@code NOTE}. */
    @Parameter(property = "cost.failOnSeverity", defaultValue = "ERROR")
    private String failOnSeverity;

    /**
     * Whether findings at or above {@code failOnSeverity} fail the build. {@code false} is report-only
     * mode: every finding is still printed (and written, with {@code sarif}), and the build passes.
     */
    @Parameter(property = "cost.failOnViolation", defaultValue = "true")
    private String failOnViolation;

    /**
     * How many findings at or above {@code failOnSeverity} the build tolerates before it fails; 0 (the
     * default) fails on the first. Findings recorded in the baseline are not counted.
     */
    @Parameter(property = "cost.maxAllowedViolations", defaultValue = "0")
    private String maxAllowedViolations;


    /** Whether a source that cannot be read or parsed fails the build. */
    @Parameter(property = "cost.failOnProcessingError", defaultValue = "true")
    private String failOnProcessingError;

    /**
     * Whether the check also writes its findings as SARIF 2.1.0 for code scanning, to
     * {@code outputDirectory/costscope-check.sarif}, from the same run (the report goal's
     * {@code costscope-report.sarif} is left alone).
     */
    @Parameter(property = "cost.sarif", defaultValue = "false")
    private String sarif;

    private Severity threshold;
    private BuildVerdict verdict;
    private boolean writesSarif;
    /** What this check reads, and under which key its outcome is kept when it may be repeated. */
    private List<SourceScan> scans = List.of();
    private Optional<String> replayKey = Optional.empty();
    private ReplayableLog recording;

    @Override
    void prepare() throws MojoExecutionException {
        try {
            threshold = Severity.parse(failOnSeverity);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("costscope: <failOnSeverity> (cost.failOnSeverity): " + e.getMessage());
        }
        int allowed = PomParameters.count("maxAllowedViolations", "cost.maxAllowedViolations", maxAllowedViolations);
        verdict = new BuildVerdict(threshold, PomParameters.flag("failOnViolation", "cost.failOnViolation", failOnViolation),
                allowed, PomParameters.flag("failOnProcessingError", "cost.failOnProcessingError", failOnProcessingError));
        writesSarif = PomParameters.flag("sarif", "cost.sarif", sarif);
    }

    /**
     * Repeats the last check when it read the very same remembered result under the same settings:
     * the same lines, the same verdict. Otherwise starts keeping what this check prints.
     */
    @Override
    boolean replayed(List<SourceScan> scans) throws MojoFailureException {
        this.scans = scans;
        replayKey = replayKey(scans);
        if (replayKey.isEmpty()) {
            return false;
        }
        Optional<CheckReplay> last = CheckReplay.find(cacheDirectory().orElseThrow(), replayKey.get());
        if (last.isPresent()) {
            last.get().replayTo(buildLog());
            return true;
        }
        recording = record();
        return false;
    }

    /**
     * The key of the outcome of checking {@code scans}: the scan's remembered result and every setting
     * that judges it; empty when the outcome is not kept.
     */
    private Optional<String> replayKey(List<SourceScan> scans) {
        if (writesSarif || scans.size() != 1 || cacheDirectory().isEmpty()) {
            return Optional.empty();
        }
        return scans.get(0).resultId().map(result -> "check\nresult=" + result + "\n" + judgingConfiguration()
                + "\nfailOnSeverity=" + threshold
                + "\nverdict=" + failOnViolation + "|" + maxAllowedViolations + "|" + failOnProcessingError
                + "\nmodule=" + moduleName().orElse(""));
    }

    @Override
    void handle(ProjectFacts facts, LintResult result) throws MojoExecutionException, MojoFailureException {
        try {
            print(facts, result);
        } catch (MojoFailureException e) {
            remember(result, Optional.of(e.getMessage()));
            throw e;
        }
        remember(result, Optional.empty());
    }

    /**
     * Keeps what this check printed and decided, for a later check of the same result: as such a check
     * would print it, with no file counted as parsed.
     */
    private void remember(LintResult result, Optional<String> failure) {
        if (recording == null || !recording.repeatable() || !replayKey(scans).equals(replayKey)) {
            return; // nothing to repeat, or the model judged is not the one the key names
        }
        String printed = LogText.safe(ResultLog.summary(result, moduleName()));
        String repeated = LogText.safe(ResultLog.summary(result.reused(), moduleName()));
        List<ReplayableLog.Line> lines = new ArrayList<>(recording.lines());
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).text().equals(printed)) {
                lines.set(i, new ReplayableLog.Line(lines.get(i).level(), repeated));
                break;
            }
        }
        CheckReplay.remember(cacheDirectory().orElseThrow(), replayKey.orElseThrow(), lines, failure);
    }

    private void print(ProjectFacts facts, LintResult result) throws MojoExecutionException, MojoFailureException {
        new ResultLog(getLog(), moduleName()).print(facts.model(), result);
        if (!staleBaseline().isEmpty()) {
            boolean one = staleBaseline().size() == 1;
            getLog().info("costscope: " + staleBaseline().size() + (one ? " baseline entry in " : " baseline entries in ")
                    + baselineFile + (one ? " no longer matches" : " no longer match") + " a finding (fixed, or changed);"
                    + " run cost:baseline to drop " + (one ? "it:" : "them:"));
            staleBaseline().forEach(entry -> getLog().info("costscope: no longer found: " + entry));
        }
        if (writesSarif) {
            Path file = write(ReportWriters.byId("sarif").orElseThrow(), report(facts, result), CHECK_SARIF);
            getLog().info("costscope: findings written to " + file);
        }
        Optional<String> tolerated = verdict.enforce(result);
        tolerated.ifPresent(getLog()::warn);
    }

    /** The module's name when modules are built in parallel and their lines interleave. */
    private Optional<String> moduleName() {
        return session.isParallel() ? Optional.of(project.getArtifactId()) : Optional.empty();
    }
}
