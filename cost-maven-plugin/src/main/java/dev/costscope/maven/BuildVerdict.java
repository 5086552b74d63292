package dev.costscope.maven;

import dev.costscope.lint.Finding;
import dev.costscope.lint.LintResult;
import dev.costscope.lint.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Decides whether a lint result fails the build, and says why in the user's pom vocabulary. Findings
 * recorded in the baseline never count; findings at or above {@code failOnSeverity} fail the build when
 * there are more than {@code maxAllowedViolations} of them, unless {@code failOnViolation} is off.
 */
final class BuildVerdict {

    private final Severity threshold;
    private final boolean failOnViolation;
    private final int maxAllowedViolations;
    private final boolean failOnProcessingError;

    BuildVerdict(Severity threshold, boolean failOnViolation, int maxAllowedViolations, boolean failOnProcessingError) {
        this.threshold = threshold;
        this.failOnViolation = failOnViolation;
        this.maxAllowedViolations = maxAllowedViolations;
        this.failOnProcessingError = failOnProcessingError;
    }

    /**
     * Throws when the result has too many findings at or above the threshold, or processing errors
     * that count; otherwise returns what to tell the user about failing findings the build let pass.
     */
    Optional<String> enforce(LintResult result) throws MojoFailureException {
        List<String> reasons = new ArrayList<>();
        Optional<String> tolerated = Optional.empty();
        List<Finding> failing = result.findings().stream().filter(f -> f.severity().isAtLeast(threshold)).toList();
        if (!failing.isEmpty()) {
            String rules = failing.stream().map(Finding::ruleId).distinct().sorted().collect(Collectors.joining(", "));
            long count = result.countAtLeast(threshold);
            String counted = count + " finding(s) at or above " + threshold + " (" + rules + ")";
            if (!failOnViolation) {
                tolerated = Optional.of("costscope: " + counted + " reported without failing the build"
                        + " (failOnViolation is false)");
            } else if (count <= maxAllowedViolations) {
                tolerated = Optional.of("costscope: " + counted + ", within maxAllowedViolations (" + maxAllowedViolations
                        + ")");
            } else {
                reasons.add(counted + ", each on a line above with what to change"
                        + (maxAllowedViolations > 0 ? " (maxAllowedViolations is " + maxAllowedViolations + ")" : ""));
            }
        }
        if (failOnProcessingError && !result.errors().isEmpty()) {
            reasons.add(result.errors().size() + " source file(s) could not be read or parsed"
                    + " (set cost.failOnProcessingError=false to report them without failing)");
        }
        if (!reasons.isEmpty()) {
            throw new MojoFailureException("costscope: " + String.join("; ", reasons));
        }
        return tolerated;
    }
}
