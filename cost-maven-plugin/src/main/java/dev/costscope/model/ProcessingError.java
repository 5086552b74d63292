package dev.costscope.model;

/**
 * A source that could not be read or parsed: not a finding about a claim but a reason the check is
 * incomplete. It lives in the model because the extractor produces it and the linter reports it.
 */
public record ProcessingError(SourceLocation location, String message) implements Comparable<ProcessingError> {

    @Override
    public int compareTo(ProcessingError other) {
        int byLocation = location.compareTo(other.location);
        return byLocation != 0 ? byLocation : message.compareTo(other.message);
    }
}
