package dev.costscope.robustness;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One way of breaking a project's sources, applied to one file of a sample project: the byte-level
 * damage of a bad disk or editor, literals and nesting built to exhaust the folder, constant cycles
 * within and across files, and encodings other than the one declared.
 */
enum Mutation {
    FLIP, TRUNCATE, DELETE, NUL_BYTES, HUGE_LITERAL, UNDERSCORE_GROUPS, ODD_LITERAL, DEEP_NESTING, LONG_CHAIN,
    DOUBLING_CONSTANTS, CONSTANT_CHAIN, CYCLE_IN_FILE, CYCLE_ACROSS_FILES, UTF16, LATIN1, BOM;

    /** Literals the compiler rejects or that carry what a log or a report must not pass on raw. */
    private static final String[] ODD = {
        "2147483648", "9223372036854775808L", "1e999999999", "0x", "'\\uD800'", "\"M\\uD800\"", "\"\\u0000\\u001B[31m\"",
        "\"US\\n[INFO] BUILD SUCCESS\"", "\"<script>alert(1)</script>|`x`\"", "null", "\"\" + 1 / 0", "-2147483648",
        "(String) null", "\"\\\"\"", "1.0f / 0", "'\\''", "\"\\u202Eevil\"", "0b", "1__", "\"a\" + 'b' + 1L + 2.5"};

    private static final Pattern STRING_VALUE = Pattern.compile("= \"[^\"\\n]{0,200}\"");

    /**
     * The project after this mutation of the file {@code target}: {@code at} (0..1) says where,
     * {@code size} how much, {@code pick} which variant.
     */
    Map<String, byte[]> apply(Map<String, byte[]> files, String target, double at, int size, int pick) {
        Map<String, byte[]> out = new LinkedHashMap<>(files);
        byte[] bytes = files.get(target);
        int position = (int) Math.min(bytes.length, Math.floor(at * bytes.length));
        String text = new String(bytes, StandardCharsets.UTF_8);
        switch (this) {
            case FLIP -> {
                byte[] flipped = bytes.clone();
                if (flipped.length > 0) {
                    int i = Math.min(position, flipped.length - 1);
                    flipped[i] = (byte) (flipped[i] ^ (1 + pick % 255));
                }
                out.put(target, flipped);
            }
            case TRUNCATE -> out.put(target, Arrays.copyOf(bytes, position));
            case DELETE -> {
                int end = Math.min(bytes.length, position + 1 + size % 400);
                byte[] cut = new byte[bytes.length - (end - position)];
                System.arraycopy(bytes, 0, cut, 0, position);
                System.arraycopy(bytes, end, cut, position, bytes.length - end);
                out.put(target, cut);
            }
            case NUL_BYTES -> out.put(target, insert(bytes, position, new byte[1 + size % 8]));
            case HUGE_LITERAL -> out.put(target, utf8(replaceValue(text, at, "\"" + "9".repeat(1000 + size * 50) + "\"")));
            case UNDERSCORE_GROUPS -> out.put(target, utf8(replaceValue(text, at, "\"1" + "_1".repeat(1000 + size * 3) + "\"")));
            case ODD_LITERAL -> out.put(target, utf8(replaceValue(text, at, ODD[pick % ODD.length])));
            case DEEP_NESTING -> {
                int depth = 100 + size * 10;
                out.put(target, utf8(replaceValue(text, at, "(".repeat(depth) + "\"1\"" + ")".repeat(depth))));
            }
            case LONG_CHAIN -> out.put(target, utf8(replaceValue(text, at, "\"1\"" + " + \"1\"".repeat(100 + size * 10))));
            case DOUBLING_CONSTANTS -> {
                StringBuilder constants = new StringBuilder("static final String D0 = \"1\";\n");
                for (int i = 1; i < 64; i++) {
                    constants.append("static final String D").append(i).append(" = D").append(i - 1).append(" + D")
                            .append(i - 1).append(";\n");
                }
                out.put(target, utf8(intoBody(replaceValue(text, at, "D63"), constants.toString())));
            }
            case CONSTANT_CHAIN -> {
                // Always past the folder's depth bound (256); thousands of constants, like the chain of 5,000
                // that once overflowed the stack, in one case of eight: such a file is slow to parse, most of
                // a run's time when every case drew one, and HostileConstantsTest keeps the 5,000.
                int length = pick % 8 == 0 ? 300 + size * 20 : 300 + size * 2;
                StringBuilder constants = new StringBuilder();
                for (int i = 0; i < length; i++) {
                    constants.append("static final String K").append(i).append(" = K").append(i + 1).append(";\n");
                }
                constants.append("static final String K").append(length).append(" = \"1\";\n");
                out.put(target, utf8(intoBody(replaceValue(text, at, "K0"), constants.toString())));
            }
            case CYCLE_IN_FILE -> out.put(target, utf8(intoBody(replaceValue(text, at, "CA"),
                    "static final String CA = CB + \"x\";\nstatic final String CB = CA;\n")));
            case CYCLE_ACROSS_FILES -> {
                out.put(target, utf8(replaceValue(text, at, "fuzz.P.A")));
                out.put("fuzz/P.java", utf8("package fuzz;\npublic final class P {\n  public static final String A = Q.B + \"p\";\n}\n"));
                out.put("fuzz/Q.java", utf8("package fuzz;\npublic final class Q {\n  public static final String B = P.A;\n}\n"));
            }
            case UTF16 -> out.put(target, text.getBytes(StandardCharsets.UTF_16));
            case LATIN1 -> out.put(target, replaceValue(text, at, "\"Caf\u00e9 \u00a3\"")
                    .getBytes(StandardCharsets.ISO_8859_1));
            case BOM -> out.put(target, insert(bytes, pick % 2 == 0 ? 0 : position,
                    new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        }
        return out;
    }

    /** Replaces one string value written {@code = "..."}, chosen by {@code at}, with {@code replacement}. */
    private static String replaceValue(String text, double at, String replacement) {
        Matcher m = STRING_VALUE.matcher(text);
        int count = 0;
        while (m.find()) {
            count++;
        }
        if (count == 0) {
            return text;
        }
        int chosen = (int) Math.min(count - 1, Math.floor(at * count));
        m.reset();
        for (int i = 0; i <= chosen; i++) {
            m.find();
        }
        return text.substring(0, m.start()) + "= " + replacement + text.substring(m.end());
    }

    /** Inserts {@code members} at the start of the first class body. */
    private static String intoBody(String text, String members) {
        Matcher m = Pattern.compile("\\b(class|interface|enum|record)\\s+\\w+[^{]*\\{").matcher(text);
        return m.find() ? text.substring(0, m.end()) + "\n" + members + text.substring(m.end()) : text;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        byte[] out = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(inserted, 0, out, at, inserted.length);
        System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
        return out;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
