package dev.costscope.report;

import static dev.costscope.report.ReportText.capitalized;
import static dev.costscope.report.ReportText.text;

import dev.costscope.annotations.Scope;
import dev.costscope.lint.Finding;
import dev.costscope.lint.LintResult;
import dev.costscope.lint.Severity;
import dev.costscope.model.Claim;
import dev.costscope.model.ModelRelease;
import dev.costscope.model.ProcessingError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a report as one self-contained HTML page (styles inline, no script, no external asset):
 * the same content as the Markdown report, with every value escaped. Stateless; deterministic.
 */
public final class HtmlReportWriter implements ReportWriter {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:60rem;margin:2rem auto;\
            padding:0 1rem;color:#1b1f24;line-height:1.45}
            h1{font-size:1.6rem}h2{margin-top:2.5rem;border-bottom:1px solid #d0d7de}h3{margin-top:1.8rem}
            table{border-collapse:collapse;width:100%;margin:.8rem 0}th,td{border:1px solid #d0d7de;padding:.35rem .6rem;\
            text-align:left;vertical-align:top}th{background:#f6f8fa}
            td.out{background:#fff4e5}td.in{background:#eaf6ec}code{font-size:.9em}
            blockquote{margin:.8rem 0;padding:.2rem 1rem;border-left:4px solid #d0d7de;color:#57606a}
            .error{color:#b3261e}.warning{color:#8a5a00}.note{color:#57606a}
            """;

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html";
    }

    /** The report as an HTML page. */
    @Override
    public String write(Report report) {
        StringBuilder html = new StringBuilder();
        LintResult result = report.result();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Training-cost transparency report</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<h1>Training-cost transparency report</h1>\n<p>")
                .append(report.releases().size()).append(" model release(s), ").append(result.claims())
                .append(" claim(s); ").append(result.count(Severity.ERROR)).append(" error(s), ")
                .append(result.count(Severity.WARNING)).append(" warning(s), ").append(result.count(Severity.NOTE))
                .append(" note(s), ").append(result.errors().size())
                .append(" processing error(s). Written by costscope" + report.generatedAtText().map(at -> " at " + at).orElse("") + ".</p>\n");
        ReportText.policy(report).ifPresent(sentence -> html.append("<p>").append(escape(sentence)).append("</p>\n"));
        for (ReleaseReport release : report.releases()) {
            release(html, release);
        }
        findings(html, result);
        return html.append("</body>\n</html>\n").toString();
    }

    private static void release(StringBuilder html, ReleaseReport report) {
        ModelRelease release = report.release();
        html.append("<h2>").append(escape(release.displayName())).append("</h2>\n<p>");
        List<String> facts = new ArrayList<>(ReportText.releaseFacts(release));
        facts.add("declared at " + report.type().location());
        html.append(escape(capitalized(String.join(" · ", facts)))).append(".</p>\n");
        text(release.summary()).ifPresent(s -> html.append("<blockquote>").append(escape(s)).append("</blockquote>\n"));
        html.append("<table>\n<tr><th>Scope</th><th>What it includes</th><th>Disclosed for this model</th></tr>\n");
        for (Scope scope : ReportText.SCOPE_ROWS) {
            List<String> amounts = ReportText.disclosed(report, scope);
            html.append("<tr><td><code>").append(scope).append("</code></td><td>").append(escape(Descriptions.of(scope)))
                    .append("</td><td>").append(amounts.isEmpty() ? "not disclosed"
                            : "<strong>" + escape(String.join(", ", amounts)) + "</strong>")
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        for (ClaimReport claim : report.claims()) {
            claim(html, claim);
        }
    }

    private static void claim(StringBuilder html, ClaimReport report) {
        Claim claim = report.claim();
        String scope = ReportText.scope(claim);
        html.append("<h3>").append(escape(scope + ": " + ReportText.amount(claim))).append("</h3>\n<p>");
        List<String> facts = new ArrayList<>(ReportText.claimFacts(claim));
        facts.add("declared at " + claim.location());
        html.append(escape(capitalized(String.join(" · ", facts)))).append(".</p>\n");
        text(claim.note()).ifPresent(n -> html.append("<blockquote>").append(escape(n)).append("</blockquote>\n"));
        List<String> derived = report.derived().phrases(claim.currency().text());
        if (!derived.isEmpty()) {
            html.append("<p>Derived: ").append(escape(String.join(" · ", derived))).append(".</p>\n");
        }
        html.append("<table>\n<tr><th>Component</th><th>What it is</th><th>In this figure</th></tr>\n");
        for (ComponentRow row : report.components()) {
            ReportText.Status status = ReportText.status(row, scope);
            html.append("<tr><td><code>").append(row.component()).append("</code></td><td>")
                    .append(escape(Descriptions.of(row.component()))).append("</td><td class=\"")
                    .append(status.leftOut() ? "out\"><strong>" + escape(status.lead()) + "</strong>"
                            : "in\">" + escape(status.lead()))
                    .append(escape(status.detail())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void findings(StringBuilder html, LintResult result) {
        html.append("<h2>Findings</h2>\n");
        if (result.findings().isEmpty() && result.errors().isEmpty()) {
            html.append("<p>None.</p>\n");
            return;
        }
        html.append("<ul>\n");
        for (ProcessingError error : result.errors()) {
            html.append("<li class=\"error\">processing error at <code>").append(escape(error.location().toString()))
                    .append("</code>: ").append(escape(error.message())).append("</li>\n");
        }
        for (Finding finding : result.findings()) {
            html.append("<li class=\"").append(finding.severity().name().toLowerCase(Locale.ROOT))
                    .append("\">").append(finding.severity()).append(" <code>").append(escape(finding.location().toString()))
                    .append("</code> <code>").append(finding.ruleId()).append("</code>: ")
                    .append(escape(finding.message())).append("</li>\n");
        }
        html.append("</ul>\n");
    }

    /** Text safe in HTML content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
