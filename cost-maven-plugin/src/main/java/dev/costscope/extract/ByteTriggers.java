package dev.costscope.extract;

import dev.costscope.text.FigureTriggers;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The trigger vocabulary of {@link FigureTriggers} as bytes of one encoding, so that a file can be
 * screened before it is decoded: the ASCII words matched case-insensitively, the signs only before a
 * digit (after at most one space; any non-ASCII character counts as a possible digit), the words of other scripts as their bytes. Built from the lists,
 * never from a copy of them, so the screen stays a superset of what the text detector can find.
 * Usable only for encodings in which ASCII is ASCII ({@link #usable}).
 */
final class ByteTriggers {

    /** Candidates by first byte (ASCII letters by their lower case); null where no trigger starts. */
    private final Trigger[][] byFirstByte = new Trigger[256][];

    private ByteTriggers(List<Trigger> triggers) {
        for (Trigger t : triggers) {
            int first = t.bytes[0] & 0xFF;
            add(first, t);
            if (t.foldCase && first >= 'a' && first <= 'z') {
                add(first - ('a' - 'A'), t);
            }
        }
    }

    /** The vocabulary in {@code charset}; words the charset cannot encode cannot occur in its files. */
    static ByteTriggers of(Charset charset) {
        List<Trigger> triggers = new ArrayList<>();
        for (String word : FigureTriggers.WORDS) {
            triggers.add(new Trigger(word.toLowerCase(Locale.ROOT).getBytes(charset), true, false));
        }
        for (String sign : FigureTriggers.SIGNS) {
            encode(sign, charset).ifPresent(bytes -> triggers.add(new Trigger(bytes, false, true)));
        }
        for (String word : FigureTriggers.OTHER_SCRIPTS) {
            encode(word, charset).ifPresent(bytes -> triggers.add(new Trigger(bytes, false, false)));
        }
        return new ByteTriggers(triggers);
    }

    /** Whether files in {@code charset} can be screened by bytes: ASCII must be encoded as ASCII. */
    static boolean usable(Charset charset) {
        if (!charset.canEncode()) {
            return false;
        }
        String probe = "$Az09 \"'/*\\\n\r";
        byte[] bytes = probe.getBytes(charset);
        if (bytes.length != probe.length()) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != probe.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a trigger starts at {@code offset}, reading no further than {@code end}. */
    boolean at(byte[] bytes, int offset, int end) {
        Trigger[] candidates = byFirstByte[bytes[offset] & 0xFF];
        if (candidates == null) {
            return false;
        }
        for (Trigger t : candidates) {
            if (t.matches(bytes, offset, end)) {
                return true;
            }
        }
        return false;
    }

    private void add(int first, Trigger t) {
        Trigger[] old = byFirstByte[first];
        Trigger[] grown = old == null ? new Trigger[1] : Arrays.copyOf(old, old.length + 1);
        grown[grown.length - 1] = t;
        byFirstByte[first] = grown;
    }

    private static java.util.Optional<byte[]> encode(String text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer out = encoder.encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[out.remaining()];
            out.get(bytes);
            return bytes.length == 0 ? java.util.Optional.empty() : java.util.Optional.of(bytes);
        } catch (CharacterCodingException e) {
            return java.util.Optional.empty();
        }
    }

    /** One trigger: its bytes, whether ASCII letters match in either case, whether a digit must follow. */
    private record Trigger(byte[] bytes, boolean foldCase, boolean digitAfter) {

        boolean matches(byte[] text, int offset, int end) {
            int n = bytes.length;
            if (offset + n > end) {
                return false;
            }
            for (int j = 0; j < n; j++) {
                byte b = text[offset + j];
                if (b != bytes[j] && !(foldCase && (b | 0x20) == bytes[j] && bytes[j] >= 'a' && bytes[j] <= 'z')) {
                    return false;
                }
            }
            if (!digitAfter) {
                return true;
            }
            int next = offset + n;
            if (next < end && text[next] == ' ') {
                next++;
            }
            // Any byte of a non-ASCII character may start a digit of another script: kept, to stay a superset.
            return next < end && ((text[next] >= '0' && text[next] <= '9') || text[next] < 0);
        }
    }
}
