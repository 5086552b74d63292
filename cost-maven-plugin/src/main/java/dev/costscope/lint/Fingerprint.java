package dev.costscope.lint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The identity of a finding that survives edits elsewhere in its file: the rule, what the finding is
 * about ({@link Finding#subject()}) and its normalised message, hashed. Never the line or column, so
 * a finding keeps its fingerprint when lines are added above it; numbers are normalised too, so a
 * known problem stays known when a figure of its claim is corrected. Two findings may share a
 * fingerprint: the baseline counts them. The baseline and SARIF's {@code partialFingerprints} use
 * the same one.
 */
public final class Fingerprint {

    /** The name of the fingerprint in SARIF's {@code partialFingerprints}, versioned with its recipe. */
    public static final String SARIF_KEY = "costscope/v1";

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern POSITION = Pattern.compile(":\\[\\d+,\\d+\\]");

    private Fingerprint() {
    }

    /** The fingerprint of {@code finding}: 32 hex digits. */
    public static String of(Finding finding) {
        return hash(finding.ruleId() + '\n' + finding.subject() + '\n' + normalise(finding.message()));
    }

    /** {@code message} without positions, each number as {@code #}, each run of white space as one space. */
    static String normalise(String message) {
        String text = POSITION.matcher(message).replaceAll("");
        text = numbersAsHash(text);
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** Each number (digits, with {@code .}, {@code ,} or {@code _} between digits) as one {@code #}; linear. */
    private static String numbersAsHash(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text, i)) {
                out.append(text.charAt(i++));
                continue;
            }
            while (isDigit(text, i) || (isSeparator(text, i) && isDigit(text, i + 1))) {
                i++;
            }
            out.append('#');
        }
        return out.toString();
    }

    private static boolean isDigit(String text, int i) {
        return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    private static boolean isSeparator(String text, int i) {
        return i < text.length() && (text.charAt(i) == '.' || text.charAt(i) == ',' || text.charAt(i) == '_');
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
