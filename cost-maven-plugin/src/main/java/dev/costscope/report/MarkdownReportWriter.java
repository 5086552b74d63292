package dev.costscope.report;

import dev.costscope.annotations.Scope;
import dev.costscope.lint.Finding;
import dev.costscope.lint.LintResult;
import dev.costscope.lint.Severity;
import dev.costscope.model.Claim;
import dev.costscope.model.ModelRelease;
import dev.costscope.model.ProcessingError;
import dev.costscope.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a report as Markdown: for each model release, the scope table filled in with what the
 * model discloses, and for each claim the component table, so that a reader sees at once what the
 * figure includes and everything it leaves out; then the findings. Stateless; deterministic output
 * with {@code \n} line ends.
 */
public final class MarkdownReportWriter {

    private static final List<Scope> SCOPE_ROWS = List.of(Scope.FINAL_RUN, Scope.ALL_TRAINING_RUNS,
            Scope.RESEARCH_AND_DEVELOPMENT, Scope.TOTAL_PROGRAM, Scope.AMORTIZED);

    /** The report as Markdown text. */
    public String write(Report report) {
        StringBuilder md = new StringBuilder();
        LintResult result = report.result();
        md.append("# Training-cost transparency report\n\n")
                .append(report.releases().size()).append(" model release(s), ").append(result.claims())
                .append(" claim(s); ").append(result.count(Severity.ERROR)).append(" error(s), ")
                .append(result.count(Severity.WARNING)).append(" warning(s), ").append(result.count(Severity.NOTE))
                .append(" note(s), ").append(result.errors().size()).append(" processing error(s). Written by costscope.\n");
        for (ReleaseReport release : report.releases()) {
            release(md, release);
        }
        findings(md, result);
        return md.toString();
    }

    private static void release(StringBuilder md, ReleaseReport report) {
        ModelRelease release = report.release();
        md.append("\n## ").append(cell(release.displayName())).append("\n\n");
        List<String> facts = new ArrayList<>();
        text(release.releaseDate()).ifPresent(d -> facts.add("released " + d));
        text(release.totalParameters()).ifPresent(p -> facts.add(p + " parameters"
                + text(release.activeParameters()).map(a -> " (" + a + " active)").orElse("")));
        text(release.trainingTokens()).ifPresent(t -> facts.add(t + " training tokens"));
        facts.add("declared at `" + report.type().location() + "`");
        md.append(capitalized(String.join(" · ", facts))).append(".\n");
        text(release.summary()).ifPresent(s -> md.append("\n> ").append(s.replace("\n", " ")).append('\n'));
        md.append("\n| Scope | What it includes | Disclosed for this model |\n|---|---|---|\n");
        for (Scope scope : SCOPE_ROWS) {
            md.append("| `").append(scope).append("` | ").append(Descriptions.of(scope)).append(" | ")
                    .append(disclosed(report, scope)).append(" |\n");
        }
        for (ClaimReport claim : report.claims()) {
            claim(md, claim);
        }
    }

    private static String disclosed(ReleaseReport report, Scope scope) {
        List<String> amounts = report.claims().stream().map(ClaimReport::claim)
                .filter(c -> c.scope().is(scope)).map(MarkdownReportWriter::amount).toList();
        return amounts.isEmpty() ? "not disclosed" : "**" + String.join("**, **", amounts) + "**";
    }

    private static void claim(StringBuilder md, ClaimReport report) {
        Claim claim = report.claim();
        String scope = claim.scope().isResolved() ? claim.scope().value().name() : "(scope unresolved)";
        md.append("\n### ").append(scope).append(": ").append(cell(amount(claim))).append("\n\n");
        List<String> facts = new ArrayList<>();
        if (claim.basis().isResolved()) {
            facts.add("basis " + claim.basis().value());
        }
        text(claim.low()).ifPresent(low -> facts.add("range " + low + "-" + text(claim.high()).orElse("?")));
        text(claim.asOf()).ifPresent(a -> facts.add("prices as of " + a));
        text(claim.source()).ifPresent(s -> facts.add("source: " + s));
        facts.add("declared at `" + claim.location() + "`");
        md.append(capitalized(cell(String.join(" · ", facts)))).append(".\n");
        text(claim.note()).ifPresent(n -> md.append("\n> ").append(n.replace("\n", " ")).append('\n'));
        md.append("\n| Component | What it is | In this figure |\n|---|---|---|\n");
        for (ComponentRow row : report.components()) {
            md.append("| `").append(row.component()).append("` | ").append(Descriptions.of(row.component()))
                    .append(" | ").append(cell(status(row, scope))).append(" |\n");
        }
    }

    private static String status(ComponentRow row, String scope) {
        return switch (row.status()) {
            case INCLUDED -> "included: " + row.amount();
            case INCLUDED_NOT_ITEMIZED -> "included, not itemized";
            case EXCLUDED -> "**not included**: " + row.reason() + estimate(row);
            case MISSING -> "**not accounted for**, though " + scope + " requires it";
            case OUT_OF_SCOPE -> "**not included** (outside " + scope + ")";
        };
    }

    private static String estimate(ComponentRow row) {
        if (row.low().isEmpty() && row.high().isEmpty()) {
            return "";
        }
        return " (outside estimate " + (row.low().isEmpty() ? "?" : row.low()) + "-"
                + (row.high().isEmpty() ? "?" : row.high()) + ")";
    }

    private static void findings(StringBuilder md, LintResult result) {
        md.append("\n## Findings\n\n");
        if (result.findings().isEmpty() && result.errors().isEmpty()) {
            md.append("None.\n");
        }
        for (ProcessingError error : result.errors()) {
            md.append("- processing error at `").append(error.location()).append("`: ").append(error.message()).append('\n');
        }
        for (Finding finding : result.findings()) {
            md.append("- ").append(finding.severity()).append(" `").append(finding.location()).append("` `")
                    .append(finding.ruleId()).append("`: ").append(finding.message()).append('\n');
        }
        if (!result.suppressed().isEmpty()) {
            md.append("\n").append(result.suppressed().size()).append(" finding(s) suppressed with @SuppressWarnings.\n");
        }
    }

    private static String amount(Claim claim) {
        return (claim.amount().hasText() ? claim.amount().text() : "(no amount)") + " " + claim.currency().text();
    }

    private static Optional<String> text(Value<String> value) {
        return value.hasText() ? Optional.of(value.text()) : Optional.empty();
    }

    /** Text safe inside a table cell or heading: no pipe, no line break. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
