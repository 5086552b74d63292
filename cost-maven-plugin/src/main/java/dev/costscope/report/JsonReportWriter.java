package dev.costscope.report;

import dev.costscope.model.ScopeLadder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costscope.annotations.Scope;
import dev.costscope.lint.Finding;
import dev.costscope.lint.LintResult;
import dev.costscope.lint.Severity;
import dev.costscope.model.Claim;
import dev.costscope.model.Compute;
import dev.costscope.model.ModelRelease;
import dev.costscope.model.ProcessingError;
import dev.costscope.model.SourceLocation;
import dev.costscope.model.Value;
import java.util.List;
import java.util.Optional;

/**
 * Writes a report as JSON in the versioned format of {@link #SCHEMA_RESOURCE}: fields in a fixed
 * order, empty values left out, two-space indentation, {@code \n} line ends. Stateless.
 */
public final class JsonReportWriter implements ReportWriter {

    /** The version of the format; a change that breaks readers changes it, and the schema's name. */
    public static final String FORMAT_VERSION = "1.0";

    /** The JSON Schema of the format, a resource beside this class. */
    public static final String SCHEMA_RESOURCE = "costscope-report-1.0.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String id() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    /** Checked against {@link #SCHEMA_RESOURCE}. */
    @Override
    public List<String> violations(String written) {
        return ReportSchema.violations(written);
    }

    /** Attached with the goal's classifier, so that install and deploy publish it. */
    @Override
    public Optional<String> classifier(String goalClassifier) {
        return Optional.of(goalClassifier);
    }

    /** The report as JSON text, ending with a line break. */
    @Override
    public String write(Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        report.generatedAtText().ifPresent(at -> root.put("generatedAt", at));
        ObjectNode policy = root.putObject("policy");
        policy.put("name", report.context().policy().name());
        policy.put("origin", report.context().policy().origin());
        summary(root.putObject("summary"), report);
        ArrayNode releases = root.putArray("releases");
        report.releases().forEach(release -> release(releases.addObject(), release));
        ArrayNode findings = root.putArray("findings");
        report.result().findings().forEach(f -> finding(findings.addObject(), f));
        ArrayNode errors = root.putArray("processingErrors");
        for (ProcessingError error : report.result().errors()) {
            ObjectNode node = errors.addObject();
            node.put("message", error.message());
            location(node, error.location());
        }
        return PrettyJson.write(MAPPER, root);
    }

    private static void summary(ObjectNode node, Report report) {
        LintResult result = report.result();
        node.put("releases", report.releases().size());
        node.put("claims", result.claims());
        node.put("errors", result.count(Severity.ERROR));
        node.put("warnings", result.count(Severity.WARNING));
        node.put("notes", result.count(Severity.NOTE));
        node.put("suppressed", result.suppressed().size());
        node.put("processingErrors", result.errors().size());
    }

    private static void release(ObjectNode node, ReleaseReport report) {
        ModelRelease release = report.release();
        put(node, "name", release.name());
        put(node, "version", release.version());
        put(node, "releaseDate", release.releaseDate());
        put(node, "totalParameters", release.totalParameters());
        put(node, "activeParameters", release.activeParameters());
        put(node, "trainingTokens", release.trainingTokens());
        put(node, "summary", release.summary());
        node.put("type", report.type().qualifiedName());
        location(node, report.type().location());
        ArrayNode ladder = node.putArray("scopes");
        for (Scope scope : ScopeLadder.DECLARABLE) {
            ObjectNode step = ladder.addObject();
            step.put("scope", scope.name());
            step.put("includes", Descriptions.of(scope));
            ArrayNode amounts = step.putArray("disclosed");
            report.claims().stream().map(ClaimReport::claim).filter(c -> c.scope().is(scope))
                    .forEach(c -> amounts.add(c.amount().text() + " " + c.currency().text()));
        }
        ArrayNode claims = node.putArray("claims");
        report.claims().forEach(claim -> claim(claims.addObject(), claim));
    }

    private static void claim(ObjectNode node, ClaimReport report) {
        Claim claim = report.claim();
        node.put("id", report.id());
        node.put("scope", claim.scope().isResolved() ? claim.scope().value().name() : "UNRESOLVED");
        put(node, "amount", claim.amount());
        put(node, "currency", claim.currency());
        put(node, "low", claim.low());
        put(node, "high", claim.high());
        node.put("basis", claim.basis().isResolved() ? claim.basis().value().name() : "UNRESOLVED");
        put(node, "source", claim.source());
        put(node, "asOf", claim.asOf());
        put(node, "note", claim.note());
        location(node, claim.location());
        ArrayNode components = node.putArray("components");
        for (ComponentRow row : report.components()) {
            ObjectNode c = components.addObject();
            c.put("component", row.component().name());
            c.put("status", row.status().name());
            putText(c, "amount", row.amount());
            putText(c, "reason", row.reason());
            putText(c, "low", row.low());
            putText(c, "high", row.high());
        }
        ObjectNode derived = node.putObject("derived");
        report.derived().acceleratorHours().ifPresent(v -> derived.put("acceleratorHours", v));
        report.derived().impliedRate().ifPresent(v -> derived.put("impliedRatePerHour", v));
        report.derived().trainingFlop().ifPresent(v -> derived.put("trainingFlop", v));
        report.derived().utilization().ifPresent(v -> derived.put("utilization", v));
        ArrayNode compute = node.putArray("compute");
        claim.items().forEach(item -> item.compute().forEach(c -> compute(compute.addObject(), item.component(), c)));
    }

    private static void compute(ObjectNode node, Value<?> component, Compute compute) {
        node.put("component", component.isResolved() ? String.valueOf(component.value()) : "UNRESOLVED");
        put(node, "accelerator", compute.accelerator());
        if (compute.count().isResolved() && compute.count().value() > 0) {
            node.put("count", compute.count().value());
        }
        put(node, "hours", compute.hours());
        put(node, "ratePerHour", compute.ratePerHour());
        put(node, "flops", compute.flops());
    }

    private static void finding(ObjectNode node, Finding finding) {
        node.put("rule", finding.ruleId());
        node.put("severity", finding.severity().name());
        node.put("message", finding.message());
        location(node, finding.location());
        finding.claimId().ifPresent(id -> node.put("claim", id));
    }

    private static void location(ObjectNode node, SourceLocation location) {
        ObjectNode at = node.putObject("location");
        at.put("file", location.file());
        at.put("line", location.line());
        at.put("column", location.column());
    }

    private static void put(ObjectNode node, String field, Value<String> value) {
        putText(node, field, value.text());
    }

    private static void putText(ObjectNode node, String field, String text) {
        if (!text.isEmpty()) {
            node.put(field, text);
        }
    }
}
