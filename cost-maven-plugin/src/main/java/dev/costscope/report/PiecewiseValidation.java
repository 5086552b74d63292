package dev.costscope.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a JSON document against a schema piece by piece, so that neither the time nor the memory of
 * the check grows faster than the document: every array of more than {@link #WINDOW} items is cut
 * to its first {@code WINDOW} items in the document that is checked (the skeleton), and its other
 * items are read again from the document's bytes and checked in windows of {@code WINDOW}, each put
 * in the array's place in turn; or, for an array given a schema of its own, each window alone
 * against that schema. Only the skeleton and one window per level of arrays are ever held.
 *
 * <p>The verdict is the whole document's when the schema only constrains the items of an array
 * one by one: no {@code uniqueItems}, {@code contains}, {@code prefixItems}, {@code unevaluatedItems}
 * or positional {@code items}, and {@code minItems} and {@code maxItems} below the window (each
 * window is a full one). {@link #applies} says whether a schema is such. Windows checked alone need a
 * schema whose {@code items} are the ones the array's items are checked with in the document. The JSON Schema
 * validator spends time growing with the square of an object's size on {@code unevaluatedProperties}
 * (the SPDX schema's), which both ways keep small.
 */
final class PiecewiseValidation {

    /** The items of an array checked together. */
    static final int WINDOW = 32;

    /** At most this many violations are collected: they are a defect report, not a listing. */
    static final int MAX_VIOLATIONS = 50;

    private static final Set<String> ACROSS_ITEMS = Set.of("uniqueItems", "contains", "minContains", "maxContains",
            "prefixItems", "unevaluatedItems", "additionalItems");
    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(JSON);
    private static final byte[] OPEN = {'['};
    private static final byte[] CLOSE = {']'};

    /** Where a document's bytes are read from, from any offset. */
    interface Source {

        /** The bytes from offset {@code from} (inclusive) to {@code to} (exclusive). */
        InputStream open(long from, long to) throws IOException;

        /** The document's length in bytes. */
        long length() throws IOException;

        /** A document held in memory. */
        static Source of(byte[] bytes) {
            return new Source() {
                @Override
                public InputStream open(long from, long to) {
                    return new ByteArrayInputStream(bytes, (int) from, (int) (to - from));
                }

                @Override
                public long length() {
                    return bytes.length;
                }
            };
        }
    }

    /** A document in a file, read where asked through one open channel. Close it when done. */
    static final class FileSource implements Source, Closeable {

        private static final int CHUNK = 1 << 16;

        private final FileChannel channel;

        /** The document in {@code file}. */
        FileSource(Path file) throws IOException {
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
        }

        @Override
        public InputStream open(long from, long to) {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(CHUNK, Math.max(0, to - from)));
            buffer.limit(0);
            return new InputStream() {
                private long next = from;

                @Override
                public int read() throws IOException {
                    return fill() ? buffer.get() & 0xff : -1;
                }

                @Override
                public int read(byte[] bytes, int offset, int length) throws IOException {
                    if (length == 0) {
                        return 0;
                    }
                    if (!fill()) {
                        return -1;
                    }
                    int n = Math.min(length, buffer.remaining());
                    buffer.get(bytes, offset, n);
                    return n;
                }

                private boolean fill() throws IOException {
                    if (buffer.hasRemaining()) {
                        return true;
                    }
                    if (next >= to) {
                        return false;
                    }
                    buffer.clear().limit((int) Math.min(buffer.capacity(), to - next));
                    int n = channel.read(buffer, next);
                    if (n <= 0) {
                        return false;
                    }
                    next += n;
                    buffer.flip();
                    return true;
                }
            };
        }

        @Override
        public long length() throws IOException {
            return channel.size();
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /**
     * An array of the skeleton whose items past the first window are checked later: {@code starts}
     * holds where each item begins, {@code end} where the array closes; {@code shape} is its path
     * with every index as {@code [*]}.
     */
    private record Cut(ArrayNode array, String path, String shape, long[] starts, int count, long end) {
    }

    private final JsonSchema schema;
    private final Map<String, JsonSchema> itemSchemas;
    private final Source source;
    private final Set<String> violations;
    private JsonNode document;

    private PiecewiseValidation(JsonSchema schema, Map<String, JsonSchema> itemSchemas, Source source,
                                Set<String> violations) {
        this.schema = schema;
        this.itemSchemas = itemSchemas;
        this.source = source;
        this.violations = violations;
    }

    /**
     * Whether checking piecewise gives {@code schemaDocument}'s verdict: no keyword that relates the
     * items of an array to each other, and no bound on the number of items at or above the window.
     */
    static boolean applies(JsonNode schemaDocument) {
        if (schemaDocument.isArray()) {
            for (JsonNode item : schemaDocument) {
                if (!applies(item)) {
                    return false;
                }
            }
            return true;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = schemaDocument.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String keyword = field.getKey();
            JsonNode value = field.getValue();
            boolean acrossItems = ACROSS_ITEMS.contains(keyword) && !(keyword.equals("uniqueItems") && !value.asBoolean());
            boolean positional = keyword.equals("items") && value.isArray();
            boolean bound = (keyword.equals("minItems") || keyword.equals("maxItems")) && value.asLong() >= WINDOW;
            if (acrossItems || positional || bound || !applies(value)) {
                return false;
            }
        }
        return true;
    }

    /**
     * What does not conform to {@code schema} in the document of {@code source}, one sentence each,
     * sorted; the windows of an array whose path (indices as {@code [*]}, from {@code $}) is a key of
     * {@code itemSchemas} are checked alone against its schema, an array's.
     */
    static List<String> violations(JsonSchema schema, Map<String, JsonSchema> itemSchemas, Source source)
            throws IOException {
        Set<String> violations = new LinkedHashSet<>();
        try {
            new PiecewiseValidation(schema, itemSchemas, source, violations).check();
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
        return violations.stream().sorted().toList();
    }

    /** Checks the document: its skeleton, then the windows of its cuts. */
    private void check() throws IOException {
        List<Cut> cuts = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(source.open(0, source.length()))) {
            if (parser.nextToken() == null) {
                violations.add("not JSON: the document is empty");
                return;
            }
            document = read(parser, 0, "$", "$", cuts);
            if (parser.nextToken() != null) {
                violations.add("not JSON: more than one value");
                return;
            }
        }
        validate("");
        windows(cuts);
    }

    /** Checks the items past the first window of every cut, and the arrays inside them. */
    private void windows(List<Cut> cuts) throws IOException {
        for (Cut cut : cuts) {
            JsonSchema alone = itemSchemas.get(cut.shape());
            List<JsonNode> first = new ArrayList<>();
            cut.array().forEach(first::add);
            for (int from = WINDOW; from < cut.count() && violations.size() < MAX_VIOLATIONS; from += WINDOW) {
                int to = Math.min(from + WINDOW, cut.count());
                int start = alone == null ? to - WINDOW : from;
                String where = " (in items " + start + "-" + (to - 1) + " of " + cut.path() + ")";
                List<Cut> inner = new ArrayList<>();
                if (alone == null) {
                    cut.array().removeAll();
                    read(cut, start, to, cut.array(), inner);
                    validate(where);
                    windows(inner);
                } else {
                    PiecewiseValidation items = new PiecewiseValidation(alone, itemSchemas, source, violations);
                    ArrayNode window = JsonNodeFactory.instance.arrayNode();
                    items.document = window;
                    items.read(cut, start, to, window, inner);
                    items.validate(where);
                    items.windows(inner);
                }
            }
            cut.array().removeAll();
            cut.array().addAll(first);
        }
    }

    /** Reads items {@code start} to {@code to} (exclusive) of {@code cut} into {@code window}, their arrays cut. */
    private void read(Cut cut, int start, int to, ArrayNode window, List<Cut> inner) throws IOException {
        long base = cut.starts()[start] - OPEN.length;
        try (JsonParser parser = JSON.createParser(new SequenceInputStream(new ByteArrayInputStream(OPEN),
                new SequenceInputStream(source.open(cut.starts()[start], end(cut, to)), new ByteArrayInputStream(CLOSE))))) {
            parser.nextToken();
            for (int i = start; parser.nextToken() != JsonToken.END_ARRAY; i++) {
                window.add(read(parser, base, cut.path() + "[" + i + "]", cut.shape() + "[*]", inner));
            }
        }
    }

    /** Where the items of {@code cut} before item {@code next} end: before the comma that follows them. */
    private long end(Cut cut, int next) throws IOException {
        if (next >= cut.count()) {
            return cut.end();
        }
        long end = cut.starts()[next];
        boolean comma = false;
        while (true) {
            long from = Math.max(cut.starts()[next - 1], end - 64);
            byte[] tail;
            try (InputStream in = source.open(from, end)) {
                tail = in.readAllBytes();
            }
            for (int i = tail.length - 1; i >= 0; i--) {
                byte b = tail[i];
                if (b == ',' && !comma) {
                    comma = true;
                } else if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                    return from + i + 1;
                }
            }
            end = from;
        }
    }

    /** Adds the violations of the document as it stands, each not found before marked with {@code where}. */
    private void validate(String where) {
        for (ValidationMessage message : schema.validate(document)) {
            if (!violations.contains(message.getMessage())) {
                violations.add(message.getMessage() + where);
            }
        }
    }

    /**
     * The value at the parser's current token, every array cut to its first window; the cuts made are
     * added to {@code cuts}. {@code base} is the document's offset of the parser's first byte.
     */
    private static JsonNode read(JsonParser parser, long base, String path, String shape, List<Cut> cuts)
            throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                object.set(name, read(parser, base, path + "." + name, shape + "." + name, cuts));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            long[] starts = new long[WINDOW + 1];
            int count = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                }
                starts[count] = base + parser.currentTokenLocation().getByteOffset();
                if (count < WINDOW) {
                    array.add(read(parser, base, path + "[" + count + "]", shape + "[*]", cuts));
                } else {
                    parser.skipChildren();
                }
                count++;
            }
            if (count > WINDOW) {
                cuts.add(new Cut(array, path, shape, starts, count, base + parser.currentTokenLocation().getByteOffset()));
            }
            return array;
        }
        return MAPPER.readTree(parser);
    }
}
