package dev.costscope.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costscope.analysis.ComponentRow;
import dev.costscope.analysis.ComputeFacts;
import dev.costscope.analysis.DerivedFigures;
import dev.costscope.analysis.Figure;
import dev.costscope.analysis.ItemFacts;
import dev.costscope.analysis.QuantityFact;
import dev.costscope.analysis.Utilization;
import dev.costscope.annotations.Scope;
import dev.costscope.lint.Finding;
import dev.costscope.lint.LintResult;
import dev.costscope.lint.Omission;
import dev.costscope.lint.Severity;
import dev.costscope.model.Claim;
import dev.costscope.model.ModelRelease;
import dev.costscope.model.ProcessingError;
import dev.costscope.model.ScopeLadder;
import dev.costscope.model.SourceLocation;
import dev.costscope.model.Value;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Writes a report as JSON in the versioned format of {@link #SCHEMA_RESOURCE}: every number a JSON
 * number with its unit beside the display string, claims with stable ids that findings reference,
 * the generator and the project; fields in a fixed order, values not stated left out, two-space
 * indentation, {@code \n} line ends. Only formats the facts. Stateless.
 */
public final class JsonReportWriter implements ReportWriter {

    /** The version of the format; a change that breaks readers changes it, and the schema's name. */
    public static final String FORMAT_VERSION = "2.0";

    /** The JSON Schema of the format, a resource beside this class and a file in {@code docs/schema}. */
    public static final String SCHEMA_RESOURCE = "costscope-report-2.0.schema.json";

    /** The schema's URI, written as the report's {@code $schema}. */
    public static final String SCHEMA_URI =
            "https://raw.githubusercontent.com/costscope/costscope/main/docs/schema/" + SCHEMA_RESOURCE;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

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

    /** Checked against {@link #SCHEMA_RESOURCE}, from the file. */
    @Override
    public List<String> violations(Path file) {
        return ReportSchema.violations(file);
    }

    /** The report as JSON text, ending with a line break. */
    @Override
    public void write(Report report, Writer out) throws IOException {
        PrettyJson.write(MAPPER, tree(report), out);
    }

    private static ObjectNode tree(Report report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA_URI);
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode generator = root.putObject("generator");
        generator.put("name", ReportContext.GENERATOR);
        generator.put("version", report.context().generatorVersion());
        report.context().project().ifPresent(p -> {
            ObjectNode project = root.putObject("project");
            project.put("groupId", p.groupId());
            project.put("artifactId", p.artifactId());
            project.put("version", p.version());
        });
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
        if (!report.result().omitted().isEmpty()) {
            ArrayNode omitted = root.putArray("omittedFindings");
            for (Omission omission : report.result().omitted()) {
                ObjectNode node = omitted.addObject();
                node.put("file", omission.file());
                node.put("severity", omission.severity().name());
                node.put("count", omission.count());
            }
        }
        return root;
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
        if (result.omittedCount() > 0) {
            node.put("omittedFindings", result.omittedCount());
        }
    }

    private static void release(ObjectNode node, ReleaseReport report) {
        ModelRelease release = report.release();
        text(node, "name", release.name());
        text(node, "version", release.version());
        text(node, "releaseDate", release.releaseDate());
        quantity(node, "totalParameters", report.facts().totalParameters(), "parameters");
        quantity(node, "activeParameters", report.facts().activeParameters(), "parameters");
        quantity(node, "trainingTokens", report.facts().trainingTokens(), "tokens");
        report.facts().trainingWork().ifPresent(work -> figure(node, "trainingWork", work, ReportText.flop(work) + " FLOP"));
        text(node, "summary", release.summary());
        node.put("type", report.type().qualifiedName());
        location(node, report.type().location());
        ArrayNode ladder = node.putArray("scopes");
        for (Scope scope : ScopeLadder.DECLARABLE) {
            ObjectNode step = ladder.addObject();
            step.put("scope", scope.name());
            step.put("includes", Descriptions.of(scope));
            ArrayNode amounts = step.putArray("disclosed");
            report.claims().stream().filter(c -> c.claim().scope().is(scope)).forEach(c -> {
                ObjectNode disclosed = amounts.addObject();
                disclosed.put("claim", c.id());
                quantity(disclosed, "amount", c.facts().amount(), c.facts().currency());
                disclosed.put("currency", c.facts().currency());
            });
        }
        ArrayNode claims = node.putArray("claims");
        report.claims().forEach(claim -> claim(claims.addObject(), claim));
    }

    private static void claim(ObjectNode node, ClaimReport report) {
        Claim claim = report.claim();
        String currency = report.facts().currency();
        node.put("id", report.id());
        node.put("scope", claim.scope().isResolved() ? claim.scope().value().name() : "UNRESOLVED");
        quantity(node, "amount", report.facts().amount(), currency);
        node.put("currency", currency);
        quantity(node, "low", report.facts().low(), currency);
        quantity(node, "high", report.facts().high(), currency);
        node.put("basis", claim.basis().isResolved() ? claim.basis().value().name() : "UNRESOLVED");
        text(node, "source", claim.source());
        text(node, "asOf", claim.asOf());
        text(node, "note", claim.note());
        location(node, claim.location());
        ArrayNode components = node.putArray("components");
        for (ComponentRow row : report.components()) {
            ObjectNode c = components.addObject();
            c.put("component", row.component().name());
            c.put("status", row.status().name());
            quantity(c, "amount", row.amount(), currency);
            if (!row.reason().isEmpty()) {
                c.put("reason", row.reason());
            }
            quantity(c, "low", row.low(), currency);
            quantity(c, "high", row.high(), currency);
        }
        derived(node.putObject("derived"), report.derived());
        ArrayNode compute = node.putArray("compute");
        for (ItemFacts item : report.facts().items()) {
            item.compute().forEach(c -> compute(compute.addObject(), item, c, currency));
        }
    }

    private static void derived(ObjectNode node, DerivedFigures derived) {
        derived.acceleratorHours().ifPresent(h -> figure(node, "acceleratorHours", h, ReportText.hours(h)));
        derived.impliedRate().ifPresent(r -> figure(node, "impliedRate", r, ReportText.rate(r)));
        derived.trainingWork().ifPresent(w -> figure(node, "trainingWork", w, ReportText.flop(w) + " FLOP"));
        if (!derived.utilization().isEmpty()) {
            ArrayNode utilization = node.putArray("utilization");
            for (Utilization u : derived.utilization()) {
                ObjectNode entry = utilization.addObject();
                figure(entry, "ratio", u.ratio(), ReportText.percent(u.ratio()));
                figure(entry, "work", u.work(), ReportText.flop(u.work()) + " FLOP");
                figure(entry, "capacity", u.capacity(), ReportText.flop(u.capacity()) + " FLOP");
            }
        }
        derived.energy().ifPresent(e -> figure(node, "energy", e, ReportText.energy(e)));
        derived.acceleratorEnergy().ifPresent(e -> figure(node, "acceleratorEnergy", e, ReportText.energy(e)));
        derived.locationBasedEmissions().ifPresent(e -> figure(node, "locationBasedEmissions", e, ReportText.emissions(e)));
        derived.marketBasedEmissions().ifPresent(e -> figure(node, "marketBasedEmissions", e, ReportText.emissions(e)));
        derived.wallClock().ifPresent(w -> figure(node, "wallClock", w, ReportText.duration(w)));
    }

    private static void compute(ObjectNode node, ItemFacts item, ComputeFacts c, String currency) {
        Value<?> component = item.item().component();
        node.put("component", component.isResolved() ? String.valueOf(component.value()) : "UNRESOLVED");
        text(node, "accelerator", c.compute().accelerator());
        if (c.compute().count().isResolved() && c.compute().count().value() > 0) {
            node.put("count", c.compute().count().value());
        }
        quantity(node, "hours", c.hours(), "accelerator-hours");
        quantity(node, "ratePerHour", c.ratePerHour(), currency + "/accelerator-hour");
        quantity(node, "flops", c.flops(), "FLOP");
        quantity(node, "energy", c.energy(), "kWh");
        quantity(node, "locationBasedEmissions", c.locationBasedEmissions(), "tCO2eq");
        quantity(node, "marketBasedEmissions", c.marketBasedEmissions(), "tCO2eq");
        quantity(node, "wallClock", c.wallClock(), "hours");
        location(node, c.compute().location());
    }

    private static void finding(ObjectNode node, Finding finding) {
        node.put("rule", finding.ruleId());
        node.put("severity", finding.severity().name());
        node.put("message", finding.message());
        location(node, finding.location());
        finding.claimId().ifPresent(id -> node.put("claim", id));
    }

    /** A stated quantity: its state, its value as a number in {@code unit} and its text; left out when not stated. */
    private static void quantity(ObjectNode node, String field, QuantityFact quantity, String unit) {
        if (!quantity.isStated()) {
            return;
        }
        ObjectNode q = node.putObject(field);
        q.put("state", quantity.state().name());
        quantity.value().ifPresent(v -> {
            q.put("value", JsonNumbers.exact(v));
            q.put("unit", unit);
        });
        if (!quantity.text().isEmpty()) {
            q.put("display", quantity.text());
        }
        if (quantity.isMalformed()) {
            q.put("problem", quantity.problem());
        }
    }

    private static void figure(ObjectNode node, String field, Figure figure, String display) {
        ObjectNode f = node.putObject(field);
        f.put("value", JsonNumbers.exact(figure.value()));
        f.put("unit", figure.unit());
        f.put("display", display);
        f.put("formula", figure.formula());
    }

    private static void location(ObjectNode node, SourceLocation location) {
        ObjectNode at = node.putObject("location");
        at.put("file", location.file());
        at.put("line", location.line());
        at.put("column", location.column());
    }

    private static void text(ObjectNode node, String field, Value<String> value) {
        if (value.hasText()) {
            node.put(field, value.text());
        }
    }
}
