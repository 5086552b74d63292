package dev.costscope.report;

import java.util.List;

/** A format asked for that no writer has; the message names it, and {@link #known()} the formats there are. */
public final class UnknownFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String requested;
    private final transient List<String> known;

    UnknownFormatException(String requested, List<String> known) {
        super(requested.isBlank() ? "an empty format" : "'" + requested + "' is not a format");
        this.requested = requested;
        this.known = List.copyOf(known);
    }

    /** The format as it was asked for. */
    public String requested() {
        return requested;
    }

    /** Every format id there is, in registry order, and {@code all}. */
    public List<String> known() {
        return known;
    }
}
