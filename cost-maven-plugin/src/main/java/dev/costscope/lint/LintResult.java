package dev.costscope.lint;

import dev.costscope.model.ProcessingError;
import java.util.List;
import java.util.Locale;

/**
 * What a lint run produced, each list sorted by location.
 *
 * @param findings     findings that stand
 * @param suppressed   findings silenced with {@code @SuppressWarnings("cost:<rule>")}
 * @param baselined    findings recorded in the project's baseline: reported, never failing
 * @param errors       sources that could not be read or parsed
 * @param filesScanned source files looked at
 * @param filesParsed  source files that had to be parsed
 * @param releases     model releases declared
 * @param claims       cost claims declared
 */
public record LintResult(
        List<Finding> findings,
        List<Finding> suppressed,
        List<Finding> baselined,
        List<ProcessingError> errors,
        int filesScanned,
        int filesParsed,
        long releases,
        long claims) {

    public LintResult {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        baselined = List.copyOf(baselined);
        errors = List.copyOf(errors);
    }

    /** This result with other standing and suppressed findings, each list sorted; the rest unchanged. */
    public LintResult withFindings(List<Finding> findings, List<Finding> suppressed) {
        return new LintResult(findings, suppressed, baselined, errors, filesScanned, filesParsed, releases, claims);
    }

    /** This result with {@code baselined} moved out of the standing findings into the baselined ones. */
    public LintResult withBaselined(List<Finding> standing, List<Finding> baselined) {
        return new LintResult(standing, suppressed, baselined, errors, filesScanned, filesParsed, releases, claims);
    }

    /** The number of findings of exactly {@code severity}. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** The number of findings at least as serious as {@code threshold}. */
    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
    }

    /** One line for the end of a build log; the baselined findings are counted when there are any. */
    public String summary() {
        return String.format(Locale.ROOT, "costscope: %d error(s), %d warning(s), %d note(s), %d suppressed, %s%d processing error(s)"
                        + " in %d claim(s) of %d model release(s); %d file(s) scanned, %d parsed",
                count(Severity.ERROR), count(Severity.WARNING), count(Severity.NOTE), suppressed.size(),
                baselined.isEmpty() ? "" : baselined.size() + " baselined, ",
                errors.size(), claims, releases, filesScanned, filesParsed);
    }
}
