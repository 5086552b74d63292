package dev.costscope.model;

import java.util.Comparator;

/**
 * Where something was written: a file as shown to the user (forward slashes, relative to the build's
 * root where possible), a 1-based line and a 1-based column.
 */
public record SourceLocation(String file, int line, int column) implements Comparable<SourceLocation> {

    private static final Comparator<SourceLocation> ORDER = Comparator.comparing(SourceLocation::file)
            .thenComparingInt(SourceLocation::line)
            .thenComparingInt(SourceLocation::column);

    /** The location of a whole file, used when no line is known. */
    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 1, 1);
    }

    @Override
    public int compareTo(SourceLocation other) {
        return ORDER.compare(this, other);
    }

    /** {@code file:[line,col]}, the form IDEs and CI logs link. */
    @Override
    public String toString() {
        return file + ":[" + line + "," + column + "]";
    }
}
