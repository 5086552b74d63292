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
 * The JSON Schema of the report format, shipped in the plugin, and a check of a report against it:
 * the plugin validates every JSON report before it writes it. Never reaches the network.
 */
public final class ReportSchema {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private ReportSchema() {
    }

    /** What does not conform in {@code json}, one sentence each; empty when it conforms. */
    public static List<String> violations(String json) {
        try {
            return SCHEMA.validate(MAPPER.readTree(json)).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
    }

    private static JsonSchema load() {
        try (InputStream in = ReportSchema.class.getResourceAsStream(JsonReportWriter.SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(JsonReportWriter.SCHEMA_RESOURCE + " is missing from the plugin");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
