package dev.costscope.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/** Turns a file's bytes into text, strictly: bytes that are not valid in the encoding are an error with a place. */
final class SourceText {

    private SourceText() {
    }

    /** Decodes {@code bytes}, or throws {@link MalformedText} naming the line and column of the first bad byte. */
    static String decode(byte[] bytes, Charset charset) throws MalformedText {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new MalformedText(bytes, in.position(), charset);
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new MalformedText(bytes, in.position(), charset);
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Whether {@code haystack} contains {@code needle}. */
    static boolean contains(byte[] haystack, byte[] needle) {
        if (needle.length == 0) {
            return true;
        }
        byte first = needle[0];
        int last = haystack.length - needle.length;
        outer:
        for (int i = 0; i <= last; i++) {
            if (haystack[i] != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** A file whose bytes are not valid text in the expected encoding. */
    static final class MalformedText extends CharacterCodingException {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;
        private final String detail;

        MalformedText(byte[] bytes, int offset, Charset charset) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            this.line = line;
            this.column = offset - lineStart + 1;
            String hex = offset < bytes.length ? String.format("0x%02X", bytes[offset] & 0xFF) : "end of file";
            this.detail = "the file is not valid " + charset.name() + " text (byte " + hex + ")";
        }

        @Override
        public String getMessage() {
            return detail;
        }
    }
}
