package dev.costscope.model;

import java.util.Arrays;

/**
 * Where each character of a text stands in its file. Two kinds: a text that is a verbatim run of the
 * file from a start location (Java prose), and a text built from pieces of a file (the prose of a
 * markdown file without its markup), whose characters each carry their offset in the file. Lines end
 * at {@code \n}, {@code \r\n} or a lone {@code \r}; columns count UTF-16 characters from 1. Locating
 * is a binary search, so reporting many findings stays linear.
 */
public final class TextMap {

    private final String file;
    private final int[] lineStarts;
    private final int[] offsets;
    private final int firstLine;
    private final int firstColumn;

    private TextMap(String file, int[] lineStarts, int[] offsets, int firstLine, int firstColumn) {
        this.file = file;
        this.lineStarts = lineStarts;
        this.offsets = offsets;
        this.firstLine = firstLine;
        this.firstColumn = firstColumn;
    }

    /** A text that is verbatim from {@code start} on: its first line starts at {@code start}'s column. */
    public static TextMap verbatim(String text, SourceLocation start) {
        return new TextMap(start.file(), lineStarts(text), null, start.line(), start.column());
    }

    /**
     * A text whose character {@code i} stands at offset {@code offsets[i]} of the file whose line starts are
     * {@code lineStarts} ({@link #lineStarts(String)} of the whole file).
     */
    public static TextMap pieces(String file, int[] lineStarts, int[] offsets) {
        return new TextMap(file, lineStarts, offsets, 1, 1);
    }

    /** The offsets at which the lines of {@code text} start; the first is 0. */
    public static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'));
            if (end) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /**
     * Everything a map holds, so that a scan's result can be stored and read back by the next build
     * (the arrays are the map's own: not to be changed).
     */
    public record State(String file, int[] lineStarts, int[] offsets, int firstLine, int firstColumn) {
    }

    /** What this map holds. */
    public State state() {
        return new State(file, lineStarts, offsets, firstLine, firstColumn);
    }

    /** The map that holds {@code state}. */
    public static TextMap restore(State state) {
        if (state.lineStarts().length == 0 || state.lineStarts()[0] != 0) {
            throw new IllegalArgumentException("the first line of a text starts at 0");
        }
        return new TextMap(state.file(), state.lineStarts(), state.offsets(), state.firstLine(), state.firstColumn());
    }

    /** Where the character at {@code offset} of the text stands. */
    public SourceLocation locate(int offset) {
        int at = offsets == null ? offset : offsets[Math.max(0, Math.min(offset, offsets.length - 1))];
        int line = Arrays.binarySearch(lineStarts, at);
        if (line < 0) {
            line = -line - 2;
        }
        int column = at - lineStarts[line] + 1;
        if (offsets == null && line == 0) {
            column = firstColumn + at;
        }
        return new SourceLocation(file, firstLine + line, column);
    }
}
