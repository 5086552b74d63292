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
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a report as one self-contained HTML page for people (styles inline, no script, no external
 * asset, every value escaped): each claim in one plain sentence, a picture of the scope ladder per
 * release, a claim with findings flagged at its heading with its findings beside it, the EU GPAI
 * form and FMTI indicators, and an overview table when there are several releases. Readable on a
 * 390 px phone (tables reflow into cards) and on paper. Stateless; deterministic.
 */
public final class HtmlReportWriter implements ReportWriter {

    private static final String STYLE = """
            .costscope{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:70rem;\
            margin:1.5rem auto;padding:0 1rem;color:#1b1f24;line-height:1.45;overflow-wrap:anywhere}
            .costscope h1{font-size:1.6rem;margin:.5rem 0}.costscope h2{margin-top:2.5rem;border-bottom:1px solid #d0d7de}
            .costscope h3{margin:1.6rem 0 .5rem}.costscope h4{margin:.2rem 0 .4rem;font-size:.95rem}
            .costscope table{border-collapse:collapse;width:100%;margin:.8rem 0}
            .costscope th,.costscope td{border:1px solid #d0d7de;padding:.35rem .6rem;text-align:left;vertical-align:top}
            .costscope th{background:#f6f8fa}.costscope td.money{white-space:nowrap;font-weight:600}
            .costscope td.out{background:#fff4e5}.costscope td.in{background:#eaf6ec}.costscope code{font-size:.9em}
            .costscope blockquote{margin:.8rem 0;padding:.2rem 1rem;border-left:4px solid #d0d7de;color:#57606a}
            .costscope .plain{font-size:1.1rem;font-weight:500}.costscope .facts{color:#57606a;font-size:.92rem}
            .costscope .error{color:#b3261e}.costscope .warning{color:#8a5a00}.costscope .note{color:#57606a}
            .costscope .claim{border-left:4px solid #d0d7de;padding-left:.9rem;margin:1.5rem 0}
            .costscope .claim.flag-error{border-left-color:#b3261e}.costscope .claim.flag-warning{border-left-color:#d4a72c}
            .costscope .flag{display:inline-block;font-size:.8rem;font-weight:700;padding:.1rem .5rem;border-radius:1rem;\
            margin-right:.4rem;vertical-align:middle;color:#fff}
            .costscope .flag.error{background:#b3261e}.costscope .flag.warning{background:#8a5a00}
            .costscope .flag.note{background:#57606a}
            .costscope aside{background:#fff8f7;border:1px solid #f0c8c4;border-radius:6px;padding:.5rem .8rem;margin:.6rem 0}
            .costscope aside ul{margin:0;padding-left:1.1rem}
            .costscope figure{margin:.8rem 0}.costscope figcaption{color:#57606a;font-size:.88rem}
            .costscope svg.ladder{width:100%;max-width:32rem;height:auto;display:block}
            .costscope svg.ladder text{font-size:11px;text-anchor:middle;fill:#1b1f24}
            .costscope svg.ladder rect.on{fill:#0969da}.costscope svg.ladder rect.off{fill:#f6f8fa;stroke:#8c959f;\
            stroke-dasharray:4 3}
            .costscope svg.ladder text.amount{fill:#fff;font-weight:700}.costscope svg.ladder text.silent{fill:#57606a;\
            font-size:9px}
            .costscope svg.ladder text.headline{text-anchor:start;font-weight:700}
            .costscope svg.ladder .bracket{fill:none;stroke:#1b1f24;stroke-width:1.5}
            @media (min-width:64rem){.costscope .claim.flagged{display:grid;grid-template-columns:minmax(0,1fr) 19rem;\
            column-gap:1.2rem}.costscope .claim.flagged>h3{grid-column:1/-1}.costscope .claim.flagged>aside{align-self:start}}
            @media (max-width:40rem){.costscope table,.costscope tbody,.costscope tr,.costscope td{display:block;width:auto}
            .costscope thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
            .costscope tr{border:1px solid #d0d7de;border-radius:6px;margin:.6rem 0}
            .costscope td{border:0;border-top:1px solid #eaeef2}.costscope td:first-child{border-top:0}
            .costscope td::before{content:attr(data-label);display:block;font-size:.72rem;font-weight:600;color:#57606a;\
            text-transform:uppercase;letter-spacing:.03em}.costscope td.money{white-space:normal}}
            @media print{.costscope{max-width:none;margin:0;padding:0;font-size:10pt}
            .costscope .claim,.costscope tr,.costscope figure,.costscope aside{break-inside:avoid}
            .costscope h2,.costscope h3{break-after:avoid}
            .costscope *{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
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
    public void write(Report report, Writer out) throws IOException {
        StreamedText.to(out, html -> write(report, html));
    }

    private static void write(Report report, StreamedText html) {
        LintResult result = report.result();
        ClaimFindings findings = new ClaimFindings(report.releases(), result.findings());
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Training-cost transparency report</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<main class=\"costscope\">\n<h1>Training-cost transparency report</h1>\n<p>")
                .append(report.releases().size()).append(" model release(s), ").append(result.claims())
                .append(" claim(s); ").append(result.count(Severity.ERROR)).append(" error(s), ")
                .append(result.count(Severity.WARNING)).append(" warning(s), ").append(result.count(Severity.NOTE))
                .append(" note(s), ").append(result.errors().size())
                .append(" processing error(s)").append(escape(ReportText.notListed(result))).append(". Written by costscope")
                .append(escape(report.generatedAtText().map(at -> " at " + at).orElse(""))).append(".</p>\n");
        ReportText.policy(report).ifPresent(sentence -> html.append("<p>").append(escape(sentence)).append("</p>\n"));
        if (report.releases().size() > 1) {
            overview(html, report.releases(), findings);
        }
        for (int i = 0; i < report.releases().size(); i++) {
            release(html, report.releases().get(i), i + 1, findings);
        }
        findings(html, result);
        html.append("</main>\n</body>\n</html>\n");
    }

    private static void overview(StreamedText html, List<ReleaseReport> releases, ClaimFindings findings) {
        html.append("<h2>Overview</h2>\n<table class=\"overview\">\n<thead><tr><th>Model</th><th>Headline figure</th>")
                .append("<th>Scope ladder covered</th><th>Findings</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < releases.size(); i++) {
            ReleaseReport release = releases.get(i);
            int steps = LadderPicture.headlineSteps(release);
            List<Finding> all = release.claims().stream().flatMap(c -> findings.of(c).stream()).toList();
            html.append("<tr><td data-label=\"Model\"><a href=\"#release-").append(i + 1).append("\">")
                    .append(escape(release.release().displayName())).append("</a></td><td data-label=\"Headline figure\" class=\"money\">")
                    .append(escape(headline(release))).append("</td><td data-label=\"Scope ladder covered\">")
                    .append(steps == 0 ? "no figure on the ladder" : steps + " of 4 steps")
                    .append("</td><td data-label=\"Findings\">").append(escape(counts(all).orElse("none")))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static String headline(ReleaseReport release) {
        return release.claims().stream().map(ClaimReport::claim).filter(c -> c.amount().hasText()).findFirst()
                .map(c -> PlainWords.money(c) + " (" + scopeName(c).toLowerCase(Locale.ROOT) + ")")
                .orElse("no figure");
    }

    private static void release(StreamedText html, ReleaseReport report, int number, ClaimFindings findings) {
        ModelRelease release = report.release();
        html.append("<section class=\"release\" id=\"release-").append(number).append("\">\n<h2>")
                .append(escape(release.displayName())).append("</h2>\n<p class=\"facts\">");
        List<String> facts = new ArrayList<>(ReportText.releaseFacts(release));
        facts.add("declared at " + report.type().location());
        html.append(escape(capitalized(String.join(" · ", facts)))).append(".</p>\n");
        text(release.summary()).ifPresent(s -> html.append("<blockquote>").append(escape(s)).append("</blockquote>\n"));
        html.append("<figure>\n").append(LadderPicture.svg(report, "ladder-" + number)).append("<figcaption>")
                .append(escape(LadderPicture.caption(report))).append("</figcaption>\n</figure>\n");
        html.append("<table class=\"scopes\">\n<thead><tr><th>Scope</th><th>What it includes</th>")
                .append("<th>Disclosed for this model</th></tr></thead>\n<tbody>\n");
        for (Scope scope : ReportText.SCOPE_ROWS) {
            List<String> amounts = ReportText.disclosed(report, scope);
            html.append("<tr><td data-label=\"Scope\">").append(escape(Descriptions.name(scope)))
                    .append("</td><td data-label=\"What it includes\">").append(escape(Descriptions.of(scope)))
                    .append("</td><td data-label=\"Disclosed\" class=\"money\">").append(amounts.isEmpty() ? "not disclosed"
                            : "<strong>" + escape(String.join(", ", amounts)) + "</strong>")
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        for (ClaimReport claim : report.claims()) {
            claim(html, claim, findings.of(claim));
        }
        forms(html, DocumentationForm.of(report));
        html.append("</section>\n");
    }

    private static void claim(StreamedText html, ClaimReport report, List<Finding> findings) {
        Claim claim = report.claim();
        String worst = findings.stream().map(Finding::severity).min(Enum::compareTo)
                .map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("");
        html.append("<article class=\"claim").append(findings.isEmpty() ? "" : " flagged flag-" + worst)
                .append("\">\n<h3>");
        counts(findings).ifPresent(c -> html.append("<span class=\"flag ").append(worst).append("\">")
                .append(escape(c)).append("</span>"));
        html.append(escape(scopeName(claim) + ": " + ReportText.amount(claim))).append("</h3>\n<div>\n<p class=\"plain\">")
                .append(escape(PlainWords.sentence(report))).append("</p>\n<p class=\"facts\">");
        List<String> facts = new ArrayList<>(ReportText.claimFacts(claim));
        facts.add("declared at " + claim.location());
        html.append(escape(capitalized(String.join(" · ", facts)))).append(".</p>\n");
        text(claim.note()).ifPresent(n -> html.append("<blockquote>").append(escape(n)).append("</blockquote>\n"));
        List<String> derived = ReportText.derived(report);
        if (!derived.isEmpty()) {
            html.append("<p>Derived: ").append(escape(String.join(" · ", derived))).append(".</p>\n");
        }
        html.append("<table class=\"components\">\n<thead><tr><th>Component</th><th>What it is</th>")
                .append("<th>In this figure</th></tr></thead>\n<tbody>\n");
        for (ComponentRow row : report.components()) {
            ReportText.Status status = ReportText.status(row, scopeName(claim).toLowerCase(Locale.ROOT));
            html.append("<tr><td data-label=\"Component\">").append(escape(Descriptions.name(row.component())))
                    .append("</td><td data-label=\"What it is\">").append(escape(Descriptions.of(row.component())))
                    .append("</td><td data-label=\"In this figure\" class=\"")
                    .append(status.leftOut() ? "out\"><strong>" + escape(status.lead()) + "</strong>"
                            : "in\">" + escape(status.lead()))
                    .append(escape(status.detail())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n");
        if (!findings.isEmpty()) {
            html.append("<aside>\n<h4>Findings on this claim</h4>\n<ul>\n");
            for (Finding finding : findings) {
                finding(html, finding);
            }
            html.append("</ul>\n</aside>\n");
        }
        html.append("</article>\n");
    }

    private static void forms(StreamedText html, DocumentationForm form) {
        html.append("<h3>").append(escape(DocumentationForm.EU_TITLE)).append("</h3>\n");
        formTable(html, form.euForm());
        html.append("<h3>").append(escape(DocumentationForm.FMTI_TITLE)).append("</h3>\n");
        formTable(html, form.fmti());
    }

    private static void formTable(StreamedText html, List<DocumentationForm.Field> fields) {
        html.append("<table class=\"form\">\n<thead><tr><th>Field</th><th>From the claims</th></tr></thead>\n<tbody>\n");
        for (DocumentationForm.Field field : fields) {
            html.append("<tr><td data-label=\"Field\">").append(escape(field.name()))
                    .append("</td><td data-label=\"From the claims\"").append(field.answer().isEmpty() ? " class=\"out\"" : "")
                    .append('>').append(escape(field.text())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void findings(StreamedText html, LintResult result) {
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
            finding(html, finding);
        }
        for (Omission omission : result.omitted()) {
            html.append("<li class=\"").append(omission.severity().name().toLowerCase(Locale.ROOT)).append("\">")
                    .append(escape(omission.toString())).append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private static void finding(StreamedText html, Finding finding) {
        html.append("<li class=\"").append(finding.severity().name().toLowerCase(Locale.ROOT))
                .append("\">").append(finding.severity()).append(" <code>").append(escape(finding.location().toString()))
                .append("</code> <code>").append(escape(finding.ruleId())).append("</code>: ")
                .append(escape(finding.message())).append("</li>\n");
    }

    /** {@code 2 errors, 1 warning}, or empty when there are no findings. */
    private static Optional<String> counts(List<Finding> findings) {
        List<String> parts = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            long n = findings.stream().filter(f -> f.severity() == severity).count();
            if (n > 0) {
                parts.add(n + " " + severity.name().toLowerCase(Locale.ROOT) + (n == 1 ? "" : "s"));
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
    }

    private static String scopeName(Claim claim) {
        return claim.scope().isResolved() ? Descriptions.name(claim.scope().value()) : "Scope unresolved";
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
