package dev.costscope.report;

import dev.costscope.analysis.ComponentRow;
import static dev.costscope.report.ReportText.capitalized;
import static dev.costscope.report.ReportText.text;

import dev.costscope.annotations.Scope;
import dev.costscope.lint.Finding;
import dev.costscope.lint.LintResult;
import dev.costscope.lint.Omission;
import dev.costscope.lint.Severity;
import dev.costscope.model.Claim;
import dev.costscope.model.ModelRelease;
import dev.costscope.model.ProcessingError;
import java.util.ArrayList;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a report as Markdown: for each model release, the scope table filled in with what the
 * model discloses, and for each claim the component table, so that a reader sees at once what the
 * figure includes and everything it leaves out; then the findings. Stateless; deterministic output
 * with {@code \n} line ends.
 */
public final class MarkdownReportWriter implements ReportWriter {

    @Override
    public String id() {
        return "markdown";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public String mediaType() {
        return "text/markdown";
    }

    /** The report as Markdown text. */
    @Override
    public void write(Report report, Writer out) throws IOException {
        StreamedText.to(out, md -> write(report, md));
    }

    private static void write(Report report, StreamedText md) {
        LintResult result = report.result();
        md.append("# Training-cost transparency report\n\n")
                .append(report.releases().size()).append(" model release(s), ").append(result.claims())
                .append(" claim(s); ").append(result.count(Severity.ERROR)).append(" error(s), ")
                .append(result.count(Severity.WARNING)).append(" warning(s), ").append(result.count(Severity.NOTE))
                .append(" note(s), ").append(result.errors().size()).append(" processing error(s)")
                .append(esc(ReportText.notListed(result))).append(". Written by costscope" + report.generatedAtText().map(at -> " at " + at).orElse("") + ".\n");
        ReportText.policy(report).ifPresent(sentence -> md.append('\n').append(esc(sentence)).append('\n'));
        for (ReleaseReport release : report.releases()) {
            release(md, release);
        }
        findings(md, result);
    }

    private static void release(StreamedText md, ReleaseReport report) {
        ModelRelease release = report.release();
        md.append("\n## ").append(esc(release.displayName())).append("\n\n");
        List<String> facts = new ArrayList<>(ReportText.releaseFacts(release).stream().map(MarkdownEscape::text).toList());
        facts.add("declared at " + MarkdownEscape.code(report.type().location().toString()));
        md.append(capitalized(String.join(" · ", facts))).append(".\n");
        text(release.summary()).ifPresent(s -> md.append("\n> ").append(esc(s)).append('\n'));
        md.append("\n| Scope | What it includes | Disclosed for this model |\n|---|---|---|\n");
        for (Scope scope : ReportText.SCOPE_ROWS) {
            List<String> amounts = ReportText.disclosed(report, scope);
            md.append("| `").append(scope).append("` | ").append(Descriptions.of(scope)).append(" | ")
                    .append(amounts.isEmpty() ? "not disclosed"
                            : "**" + String.join("**, **", amounts.stream().map(MarkdownEscape::text).toList()) + "**")
                    .append(" |\n");
        }
        for (ClaimReport claim : report.claims()) {
            claim(md, claim);
        }
        DocumentationForm form = DocumentationForm.of(report);
        form(md, DocumentationForm.EU_TITLE, form.euForm());
        form(md, DocumentationForm.FMTI_TITLE, form.fmti());
    }

    private static void form(StreamedText md, String title, List<DocumentationForm.Field> fields) {
        md.append("\n### ").append(esc(title)).append("\n\n| Field | From the claims |\n|---|---|\n");
        for (DocumentationForm.Field field : fields) {
            md.append("| ").append(esc(field.name())).append(" | ")
                    .append(field.answer().isPresent() ? esc(field.text()) : "*" + esc(field.text()) + "*").append(" |\n");
        }
    }

    private static void claim(StreamedText md, ClaimReport report) {
        Claim claim = report.claim();
        String scope = ReportText.scope(claim);
        md.append("\n### ").append(scope).append(": ").append(esc(ReportText.amount(claim))).append("\n\n");
        List<String> facts = new ArrayList<>(ReportText.claimFacts(claim).stream().map(MarkdownEscape::text).toList());
        facts.add("declared at " + MarkdownEscape.code(claim.location().toString()));
        md.append(capitalized(String.join(" · ", facts))).append(".\n");
        text(claim.note()).ifPresent(n -> md.append("\n> ").append(esc(n)).append('\n'));
        List<String> derived = ReportText.derived(report);
        if (!derived.isEmpty()) {
            md.append("\nDerived: ").append(esc(String.join(" · ", derived))).append(".\n");
        }
        md.append("\n| Component | What it is | In this figure |\n|---|---|---|\n");
        for (ComponentRow row : report.components()) {
            ReportText.Status status = ReportText.status(row, scope);
            String lead = status.leftOut() ? "**" + esc(status.lead()) + "**" : esc(status.lead());
            md.append("| `").append(row.component()).append("` | ").append(Descriptions.of(row.component()))
                    .append(" | ").append(lead).append(esc(status.detail())).append(" |\n");
        }
    }

    private static void findings(StreamedText md, LintResult result) {
        md.append("\n## Findings\n\n");
        if (result.findings().isEmpty() && result.errors().isEmpty()) {
            md.append("None.\n");
        }
        for (ProcessingError error : result.errors()) {
            md.append("- processing error at ").append(MarkdownEscape.code(error.location().toString())).append(": ")
                    .append(esc(error.message())).append('\n');
        }
        for (Finding finding : result.findings()) {
            md.append("- ").append(finding.severity()).append(' ').append(MarkdownEscape.code(finding.location().toString()))
                    .append(' ').append(MarkdownEscape.code(finding.ruleId())).append(": ").append(esc(finding.message()))
                    .append('\n');
        }
        for (Omission omission : result.omitted()) {
            md.append("- ").append(esc(omission.toString())).append('\n');
        }
        if (!result.suppressed().isEmpty()) {
            md.append("\n").append(result.suppressed().size()).append(" finding(s) suppressed with @SuppressWarnings.\n");
        }
    }

    private static String esc(String text) {
        return MarkdownEscape.text(text);
    }
}
