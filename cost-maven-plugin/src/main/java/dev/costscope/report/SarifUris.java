package dev.costscope.report;

import java.nio.charset.StandardCharsets;

/**
 * File paths as the URI references SARIF wants: each byte of UTF-8 that is not an unreserved
 * character ({@code A-Z a-z 0-9 - . _ ~}) or a separating {@code /} percent-encoded, so that a space,
 * {@code %}, {@code #}, {@code ?}, brackets, quotes and letters such as {@code é} all name the right
 * file. Relative paths stay relative (to {@code %SRCROOT%}); absolute ones become {@code file:} URIs.
 */
final class SarifUris {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SarifUris() {
    }

    /** Whether {@code path} (forward slashes) is absolute, on Unix or Windows. */
    static boolean isAbsolute(String path) {
        return path.startsWith("/") || (path.length() > 2 && path.charAt(1) == ':' && path.charAt(2) == '/');
    }

    /** The URI reference of {@code path}: relative for a relative path, {@code file:} for an absolute one. */
    static String of(String path) {
        String slashed = path.replace('\\', '/');
        if (!isAbsolute(slashed)) {
            return encode(slashed);
        }
        return slashed.startsWith("/") ? "file://" + encode(slashed)
                : "file:///" + slashed.substring(0, 2) + encode(slashed.substring(2));
    }

    private static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c) || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
