package dev.costscope.report;

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
 * The official schemas of the standards the exports write, copied into the test resources, checked
 * with a validator other than the one the writer uses; never reaches the network (the schemas'
 * own {@code $id}s are mapped onto the copies).
 */
final class OfficialSchemas {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OfficialSchemas() {
    }

    /** What does not conform to the CycloneDX 1.6 JSON schema in {@code json}. */
    static List<String> cycloneDx16(String json) throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, builder -> builder
                .schemaMappers(m -> m.mapPrefix("http://cyclonedx.org/schema/", "classpath:schema/cyclonedx/")));
        return validate(factory, "/schema/cyclonedx/bom-1.6.schema.json", json);
    }

    /** What does not conform to the SPDX 3.0.1 JSON schema in {@code json}. */
    static List<String> spdx301(String json) throws IOException {
        return validate(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012), "/dev/costscope/report/spdx-schema-3.0.1.json",
                json);
    }

    private static List<String> validate(JsonSchemaFactory factory, String resource, String json) throws IOException {
        try (InputStream in = OfficialSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(resource + " is missing from the test resources"));
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            JsonSchema schema = factory.getSchema(in, config);
            return schema.validate(MAPPER.readTree(json)).stream().map(ValidationMessage::getMessage).sorted().toList();
        }
    }
}
