package dev.costscope.maven;

import dev.costscope.lint.Finding;
import dev.costscope.lint.LintResult;
import dev.costscope.lint.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;

/** Decides whether a lint result fails the build, and says why in the user's pom vocabulary. */
final class BuildVerdict {

    private final Severity threshold;
    private final boolean failOnProcessingError;

    BuildVerdict(Severity threshold, boolean failOnProcessingError) {
        this.threshold = threshold;
        this.failOnProcessingError = failOnProcessingError;
    }

    /** Throws when the result has findings at or above the threshold, or processing errors that count. */
    void enforce(LintResult result) throws MojoFailureException {
        List<String> reasons = new ArrayList<>();
        List<Finding> failing = result.findings().stream().filter(f -> f.severity().isAtLeast(threshold)).toList();
        if (!failing.isEmpty()) {
            String rules = failing.stream().map(Finding::ruleId).distinct().sorted().collect(Collectors.joining(", "));
            reasons.add(result.countAtLeast(threshold) + " finding(s) at or above " + threshold + " (" + rules
                    + "), each on a line above with what to change");
        }
        if (failOnProcessingError && !result.errors().isEmpty()) {
            reasons.add(result.errors().size() + " source file(s) could not be read or parsed"
                    + " (set cost.failOnProcessingError=false to report them without failing)");
        }
        if (!reasons.isEmpty()) {
            throw new MojoFailureException("costscope: " + String.join("; ", reasons));
        }
    }
}
