package dev.costscope.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SPDX 3.0.1 schema's check of one {@code @graph} element against the class its {@code type}
 * names, instead of against {@code AnyClass}, the {@code anyOf} of every class that the schema
 * applies to each element. The schema library evaluates every branch of that {@code anyOf} for each
 * element (tens of milliseconds); one class takes a fraction of a millisecond.
 *
 * <p>What it proves: an element that conforms to its own class {@code C}, with
 * {@code unevaluatedProperties: false} as the schema has it, conforms to {@code AnyClass} whenever
 * {@code C} is one of {@code AnyClass}'s branches (that branch succeeds, and the properties it
 * evaluates are all there are). An element of a type that is not such a class, or without a type, is a
 * violation here even where {@code AnyClass} might accept it: the check may be stricter than the
 * schema, never looser.
 */
final class SpdxElementSchemas {

    /** The schema the SPDX writer validates against, on the plugin's classpath. */
    static final String RESOURCE = "/dev/costscope/report/spdx-schema-3.0.1.json";

    private static final String ANY_CLASS = "#/$defs/AnyClass";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaValidatorsConfig ON_DEMAND = SchemaValidatorsConfig.builder().preloadJsonSchema(false)
            .build();

    private final JsonNode definitions;
    /** The schema's own schema of a {@code @graph} item, which refers to AnyClass. */
    private final JsonNode itemSchema;
    private final Set<String> classes;
    private final Map<String, JsonSchema> byClass = new HashMap<>();

    SpdxElementSchemas() {
        try (InputStream in = SpdxElementSchemas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            JsonNode schema = MAPPER.readTree(in);
            definitions = schema.get("$defs");
            itemSchema = schema.path("oneOf").path(0).path("properties").path("@graph").path("items");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!itemSchema.path("$ref").asText().equals(ANY_CLASS)) {
            throw new IllegalStateException(RESOURCE + " no longer checks each @graph item against AnyClass: " + itemSchema);
        }
        classes = new LinkedHashSet<>();
        for (JsonNode branch : definitions.path("AnyClass").path("anyOf")) {
            classes.add(branch.path("$ref").asText().replace("#/$defs/", ""));
        }
    }

    /** The classes an element may be, as {@code AnyClass} lists them. */
    Set<String> classes() {
        return Set.copyOf(classes);
    }

    /** What does not conform in {@code element} to the class its {@code type} names; empty when it conforms. */
    synchronized List<String> violations(JsonNode element) {
        String type = element.path("type").asText("");
        if (!classes.contains(type)) {
            return List.of("type '" + type + "' is not one of the classes AnyClass lists");
        }
        JsonSchema schema = byClass.computeIfAbsent(type, this::classSchema);
        return schema.validate(element).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** The schema of an element of class {@code type}: the schema's own item schema with the class in place of AnyClass. */
    private JsonSchema classSchema(String type) {
        ObjectNode root = itemSchema.deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/$defs/" + type);
        root.set("$defs", definitions);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root, ON_DEMAND);
    }
}
