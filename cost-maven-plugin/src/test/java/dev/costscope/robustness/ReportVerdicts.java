package dev.costscope.robustness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costscope.report.ReportWriter;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Each format's schema verdict on written reports, worked out once per distinct content: the same
 * text always gets the same verdict, and a property test writes the same report, or the same SPDX
 * element, many times over. A report is checked by its writer's own {@link ReportWriter#violations}
 * against the format's full schema; only a repeat is not checked again.
 *
 * <p>An SPDX document with elements is checked in two parts: the document with an empty
 * {@code @graph}, by the writer's own check, and each element against the class its type names
 * ({@link SpdxElementSchemas}). The SPDX 3.0.1 schema checks each element of {@code @graph} on its
 * own, against {@code AnyClass}, and nothing across elements, and no class looks at {@code @graph}:
 * when both parts conform, so does the document. The whole-schema check of one element costs the
 * schema library tens of milliseconds, most of a property test's time; the two parts a fraction.
 *
 * <p>Safe for several threads; the checks themselves run one at a time, because the schema library
 * builds its checks lazily and does not say it is safe for concurrent use.
 */
final class ReportVerdicts {

    /** Reads numbers as written, so that a copy holds the very numbers of the document. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    private static final String SPDX = "spdx";
    private static final String GRAPH = "@graph";

    private final SpdxElementSchemas spdxElements = new SpdxElementSchemas();
    private final Map<String, List<String>> verdicts = new HashMap<>();

    /** What does not conform in {@code written}, a report {@code writer} wrote; empty when it conforms. */
    List<String> violations(ReportWriter writer, String written) {
        if (writer.id().equals(SPDX)) {
            List<String> inParts = spdxViolations(writer, written);
            if (inParts != null) {
                return inParts;
            }
        }
        return verdict(writer.id(), written, () -> writer.violations(written));
    }

    /** The violations of the document without its elements and of each element; null when the document has no elements. */
    private List<String> spdxViolations(ReportWriter writer, String written) {
        JsonNode document;
        try {
            document = MAPPER.readTree(written);
        } catch (JsonProcessingException e) {
            return null;
        }
        if (!(document instanceof ObjectNode object) || !object.path(GRAPH).isArray() || object.get(GRAPH).isEmpty()) {
            return null;
        }
        JsonNode graph = object.get(GRAPH);
        ObjectNode skeleton = object.deepCopy();
        skeleton.putArray(GRAPH);
        String frame = skeleton.toString();
        List<String> violations = new ArrayList<>(verdict(SPDX, frame, () -> writer.violations(frame)));
        for (int i = 0; i < graph.size(); i++) {
            JsonNode element = graph.get(i);
            for (String violation : verdict(SPDX + " element", element.toString(), () -> spdxElements.violations(element))) {
                violations.add(GRAPH + "[" + i + "]: " + violation);
            }
        }
        return violations;
    }

    /** The verdict on {@code document} of kind {@code kind}: remembered, or {@code check}ed now. */
    private synchronized List<String> verdict(String kind, String document, Supplier<List<String>> check) {
        String key = kind + ":" + sha256(document);
        List<String> known = verdicts.get(key);
        if (known == null) {
            known = List.copyOf(check.get());
            verdicts.put(key, known);
        }
        return known;
    }

    /** The digest of every char of {@code text}, lone surrogates included (an encoder would replace them). */
    private static String sha256(String text) {
        ByteBuffer chars = ByteBuffer.allocate(text.length() * 2);
        chars.asCharBuffer().put(text);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(chars.array());
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
