package dev.costscope.report;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads {@code project.build.outputTimestamp} the way Maven's archivers do: unset or a single
 * character means no date; digits are seconds since the epoch; anything else is an ISO-8601 date
 * and time with an offset, such as {@code 2025-01-20T10:15:30Z}.
 */
public final class OutputTimestamp {

    private OutputTimestamp() {
    }

    /**
     * The instant, or empty when the build asks for none.
     *
     * @throws IllegalArgumentException saying what is expected
     */
    public static Optional<Instant> parse(String text) {
        if (text == null || text.strip().length() < 2) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            if (value.chars().allMatch(Character::isDigit)) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)));
            }
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is neither seconds since the epoch nor an ISO-8601 date"
                    + " and time with an offset, such as 2025-01-20T10:15:30Z", e);
        }
    }
}
