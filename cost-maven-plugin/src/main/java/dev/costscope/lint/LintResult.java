package dev.costscope.lint;

import dev.costscope.model.ProcessingError;
import java.util.List;
import java.util.Locale;

/**
 * What a lint run produced, each list sorted by location.
 *
 * @param findings     findings that stand
 * @param suppressed   findings silenced with {@code @SuppressWarnings("cost:<rule>")}
 * @param errors       sources that could not be read or parsed
 * @param filesScanned source files looked at
 * @param filesParsed  source files that had to be parsed
 * @param releases     model releases declared
 * @param claims       cost claims declared
 * @param omitted      findings left out of {@code findings} by the cap per file, counted
 * @param baselined    findings recorded in the project's baseline: reported, never failing
 */
public record LintResult(
        List<Finding> findings,
        List<Finding> suppressed,
        List<ProcessingError> errors,
        int filesScanned,
        int filesParsed,
        long releases,
        long claims,
        List<Omission> omitted,
        List<Finding> baselined) {

    public LintResult {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
        errors = List.copyOf(errors);
        omitted = List.copyOf(omitted);
        baselined = List.copyOf(baselined);
    }

    /** A result with nothing baselined. */
    public LintResult(List<Finding> findings, List<Finding> suppressed, List<ProcessingError> errors,
                      int filesScanned, int filesParsed, long releases, long claims, List<Omission> omitted) {
        this(findings, suppressed, errors, filesScanned, filesParsed, releases, claims, omitted, List.of());
    }

    /** A result with nothing left out. */
    public LintResult(List<Finding> findings, List<Finding> suppressed, List<ProcessingError> errors,
                      int filesScanned, int filesParsed, long releases, long claims) {
        this(findings, suppressed, errors, filesScanned, filesParsed, releases, claims, List.of(), List.of());
    }

    /** This result with other standing and suppressed findings, each list sorted; the rest unchanged. */
    public LintResult withFindings(List<Finding> standing, List<Finding> silenced) {
        return new LintResult(standing, silenced, errors, filesScanned, filesParsed, releases, claims, omitted, baselined);
    }

    /** This result with {@code known} moved out of the standing findings into the baselined ones. */
    public LintResult withBaselined(List<Finding> standing, List<Finding> known) {
        return new LintResult(standing, suppressed, errors, filesScanned, filesParsed, releases, claims, omitted, known);
    }

    /** This result as a build that parsed nothing counts it: the same, with no file counted as parsed. */
    public LintResult reused() {
        return new LintResult(findings, suppressed, errors, filesScanned, 0, releases, claims, omitted, baselined);
    }

    /** The number of findings of exactly {@code severity}, listed or left out. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count()
                + omitted.stream().filter(o -> o.severity() == severity).mapToLong(Omission::count).sum();
    }

    /** The number of findings at least as serious as {@code threshold}, listed or left out. */
    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count()
                + omitted.stream().filter(o -> o.severity().isAtLeast(threshold)).mapToLong(Omission::count).sum();
    }

    /** How many findings the cap per file left out of {@code findings}; they count in the totals all the same. */
    public long omittedCount() {
        return omitted.stream().mapToLong(Omission::count).sum();
    }

    /** One line for the end of a build log; the baselined findings are counted when there are any. */
    public String summary() {
        return String.format(Locale.ROOT, "costscope: %d error(s), %d warning(s), %d note(s), %d suppressed, %s%d processing error(s)"
                        + " in %d claim(s) of %d model release(s); %d file(s) scanned, %d parsed",
                count(Severity.ERROR), count(Severity.WARNING), count(Severity.NOTE), suppressed.size(),
                baselined.isEmpty() ? "" : baselined.size() + " baselined, ",
                errors.size(), claims, releases, filesScanned, filesParsed)
                + (omitted.isEmpty() ? "" : "; " + omittedCount() + " finding(s) past " + FindingBudget.PER_FILE
                        + " per file not listed");
    }
}
