package dev.costscope.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a report as an SPDX 3.0.1 document in JSON-LD: one {@code ai_AIPackage} per release, its
 * cost claims as the same {@code costscope:*} names as in CycloneDX, carried by a
 * {@code CdxPropertiesExtension}; the stated training energy as the package's
 * {@code ai_energyConsumption} (see {@link Footprint}; SPDX has no field for emissions, which stay in the
 * properties). Checked against the official SPDX 3.0.1 JSON schema, shipped in
 * this jar, before it is written; attached with classifier {@code <goal classifier>-spdx}.
 * Deterministic: an undated report says it was created at the epoch ({@code 1970-01-01T00:00:00Z}),
 * since SPDX requires a creation time and the build asked for none.
 */
public final class SpdxWriter implements ReportWriter {

    /** The official SPDX 3.0.1 JSON schema, a resource beside this class. */
    static final String SCHEMA_RESOURCE = "/dev/costscope/report/spdx-schema-3.0.1.json";

    private static final String CONTEXT = "https://spdx.org/rdf/3.0.1/spdx-context.jsonld";
    private static final String UNDATED = "1970-01-01T00:00:00Z";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public String id() {
        return "spdx";
    }

    @Override
    public String extension() {
        return "spdx.json";
    }

    @Override
    public String mediaType() {
        return "application/spdx+json";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        PrettyJson.write(MAPPER, document(report), out);
    }

    private static ObjectNode document(Report report) {
        String base = base(report);
        ObjectNode root = NODES.objectNode();
        root.put("@context", CONTEXT);
        ArrayNode graph = root.putArray("@graph");
        ObjectNode creation = graph.addObject();
        creation.put("type", "CreationInfo");
        creation.put("@id", "_:creationinfo");
        creation.put("specVersion", "3.0.1");
        creation.put("created", report.generatedAt().map(at -> at.truncatedTo(ChronoUnit.SECONDS).toString())
                .orElse(UNDATED));
        creation.putArray("createdBy").add(base + "#agent");
        ObjectNode agent = element(graph, "SoftwareAgent", base + "#agent");
        agent.put("name", ReportContext.GENERATOR + " " + report.context().generatorVersion());
        ObjectNode document = element(graph, "SpdxDocument", base + "#document");
        document.put("name", "costscope training-cost claims"
                + report.context().project().map(p -> " of " + p.groupId() + ":" + p.artifactId() + ":" + p.version())
                .orElse(""));
        ArrayNode profiles = document.putArray("profileConformance");
        profiles.add("core").add("software").add("ai").add("extension");
        ArrayNode elements = document.putArray("element");
        ArrayNode roots = document.putArray("rootElement");
        elements.add(base + "#agent");
        for (ReleaseReport release : report.releases()) {
            String id = base + "#release-" + release.type().qualifiedName();
            elements.add(id);
            roots.add(id);
            aiPackage(graph, id, release);
        }
        if (roots.isEmpty()) {
            document.remove("rootElement");
        }
        return root;
    }

    @Override
    public List<String> violations(String written) {
        return Schema.SPDX.violations(written);
    }

    @Override
    public List<String> violations(Path file) {
        return Schema.SPDX.violations(file);
    }

    /** Attached as {@code costscope-spdx}. */
    @Override
    public Optional<String> classifier(String goalClassifier) {
        return Optional.of(goalClassifier + "-spdx");
    }

    private static void aiPackage(ArrayNode graph, String id, ReleaseReport release) {
        ObjectNode pkg = element(graph, "ai_AIPackage", id);
        pkg.put("name", release.release().name().hasText() ? release.release().name().text() : "(unnamed)");
        ReportText.text(release.release().summary()).ifPresent(s -> pkg.put("summary", s));
        ReportText.text(release.release().version()).ifPresent(v -> pkg.put("software_packageVersion", v));
        pkg.put("software_primaryPurpose", "model");
        Footprint.energy(release).filter(Footprint.Energy::training).ifPresent(energy -> {
            ObjectNode consumption = pkg.putObject("ai_energyConsumption");
            consumption.put("type", "ai_EnergyConsumption");
            ObjectNode training = consumption.putArray("ai_trainingEnergyConsumption").addObject();
            training.put("type", "ai_EnergyConsumptionDescription");
            training.put("ai_energyQuantity", JsonNumbers.exact(energy.energy().value()));
            training.put("ai_energyUnit", "kilowattHour");
        });
        List<CostProperties.Property> properties = CostProperties.of(release);
        if (!properties.isEmpty()) {
            ObjectNode extension = pkg.putArray("extension").addObject();
            extension.put("type", "extension_CdxPropertiesExtension");
            ArrayNode entries = extension.putArray("extension_cdxProperty");
            for (CostProperties.Property property : properties) {
                ObjectNode entry = entries.addObject();
                entry.put("type", "extension_CdxPropertyEntry");
                entry.put("extension_cdxPropName", property.name());
                entry.put("extension_cdxPropValue", property.value());
            }
        }
    }

    private static ObjectNode element(ArrayNode graph, String type, String id) {
        ObjectNode element = graph.addObject();
        element.put("type", type);
        element.put("spdxId", id);
        element.put("creationInfo", "_:creationinfo");
        return element;
    }

    /** The IRI the document's elements are named under: the project's coordinates when known. */
    private static String base(Report report) {
        return "urn:costscope:" + report.context().project()
                .map(p -> p.groupId() + ":" + p.artifactId() + ":" + p.version()).orElse("report");
    }

    /**
     * The schema, loaded on first use: it is large, and only this format needs it. The elements of the
     * graph and a release's cost properties are checked one by one against the schema of their array's
     * items: checked together, the validator's time grew with the square of their number.
     */
    private static final class Schema {

        static final ReportSchema.Checked SPDX = ReportSchema.load(SCHEMA_RESOURCE, SpecVersion.VersionFlag.V202012,
                Map.of("$.@graph", "/oneOf/0/properties/@graph/items",
                        "$.@graph[*].extension[*].extension_cdxProperty",
                        "/$defs/extension_CdxPropertiesExtension_props/allOf/1/properties/extension_cdxProperty/oneOf/0/items"));
    }
}
