package dev.costscope.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costscope.lint.Baseline;
import dev.costscope.lint.BaselineEntry;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline as a file, {@code costscope-baseline.json}, in the format of {@link #SCHEMA_RESOURCE}:
 * checked against that schema when it is read and before it is written. Entries are sorted and carry
 * no line numbers, so the file changes only when the accepted findings do.
 */
public final class BaselineFile {

    /** The version of the format. */
    public static final String FORMAT_VERSION = "1.0";

    /** The JSON Schema of the format, a resource beside this class. */
    public static final String SCHEMA_RESOURCE = "costscope-baseline-1.0.schema.json";

    /** The file's usual name. */
    public static final String NAME = "costscope-baseline.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private BaselineFile() {
    }

    /** {@code baseline} as JSON text, ending with a line break. */
    public static String write(Baseline baseline) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        ArrayNode findings = root.putArray("findings");
        for (BaselineEntry entry : baseline.entries()) {
            findings.addObject()
                    .put("fingerprint", entry.fingerprint())
                    .put("rule", entry.rule())
                    .put("file", entry.file())
                    .put("message", entry.message());
        }
        String json = PrettyJson.write(MAPPER, root);
        List<String> violations = ReportSchema.baselineViolations(json);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("the baseline does not conform to " + SCHEMA_RESOURCE + ": "
                    + String.join("; ", violations));
        }
        return json;
    }

    /**
     * Reads the baseline in {@code file}.
     *
     * @throws Invalid when it cannot be read, is not JSON, or does not conform to the schema
     */
    public static Baseline read(Path file) throws Invalid {
        String json;
        try {
            json = Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new Invalid(file, "it is not UTF-8 text");
        } catch (IOException e) {
            throw new Invalid(file, "it cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        List<String> violations = ReportSchema.baselineViolations(json);
        if (!violations.isEmpty()) {
            throw new Invalid(file, "it does not conform to " + SCHEMA_RESOURCE + ": " + String.join("; ", violations));
        }
        try {
            List<BaselineEntry> entries = new ArrayList<>();
            for (JsonNode node : MAPPER.readTree(json).get("findings")) {
                entries.add(new BaselineEntry(node.get("fingerprint").asText(), node.get("rule").asText(),
                        node.get("file").asText(), node.get("message").asText()));
            }
            return new Baseline(entries);
        } catch (JsonProcessingException e) {
            throw new Invalid(file, "it is not JSON: " + e.getOriginalMessage());
        }
    }

    /** A baseline file that cannot be used, with the file and the reason. */
    public static final class Invalid extends Exception {

        private final transient Path file;

        Invalid(Path file, String reason) {
            super(reason);
            this.file = file;
        }

        /** The file at fault. */
        public Path file() {
            return file;
        }
    }
}
