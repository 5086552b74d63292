package dev.costscope.lint;

/**
 * Findings of one file and severity left out of the listing because the file passed the cap of
 * findings per file; they still count in the totals and the verdict.
 *
 * @param file     the file, as findings show it
 * @param severity their severity
 * @param count    how many were left out
 */
public record Omission(String file, Severity severity, int count) {

    /** The most findings listed for one file. */
    public static final int CAP = FindingBudget.PER_FILE;

    /** One line for the log and the reports. */
    @Override
    public String toString() {
        return file + ": " + count + " more " + severity.name().toLowerCase(java.util.Locale.ROOT)
                + " finding(s) not listed (at most " + CAP + " per file)";
    }
}
