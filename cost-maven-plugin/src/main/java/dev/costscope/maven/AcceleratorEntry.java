package dev.costscope.maven;

import dev.costscope.model.Accelerator;
import dev.costscope.model.Quantity;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One {@code <accelerator>} of the plugin's {@code <accelerators>}: hardware the built-in catalog
 * lacks, or a row that replaces one of its rows (matched by name or alias). Quantities are written
 * like the annotations' ({@code 989T}, {@code 9.89e14}).
 */
public class AcceleratorEntry {

    /** The name claims use, e.g. {@code Gaudi3}. Required. */
    private String name;

    /** Other names, comma-separated. */
    private String aliases;

    /** Peak dense BF16 throughput in FLOP/s, e.g. {@code 1835T}. Required. */
    private String peakBf16;

    /** Peak dense FP8 throughput in FLOP/s, if any. */
    private String peakFp8;

    /** Thermal design power in watts, if known. */
    private Integer tdpWatts;

    /** The low end of the market price of one accelerator-hour, USD. Required. */
    private String rentalLow;

    /** The high end of that price, USD. Required. */
    private String rentalHigh;

    /** Where the figures come from. */
    private String source;

    /**
     * The catalog row.
     *
     * @throws IllegalArgumentException naming the element that is missing or malformed
     */
    Accelerator toAccelerator() {
        String label = "<accelerator>" + (name == null ? "" : " " + name);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(label + " needs a <name>");
        }
        List<String> aliasList = aliases == null || aliases.isBlank() ? List.of()
                : Arrays.stream(aliases.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList();
        BigDecimal low = required(label, "rentalLow", rentalLow);
        BigDecimal high = required(label, "rentalHigh", rentalHigh);
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException(label + ": <rentalLow> " + rentalLow + " is above <rentalHigh> " + rentalHigh);
        }
        return new Accelerator(name.strip(), aliasList, required(label, "peakBf16", peakBf16),
                Optional.ofNullable(peakFp8).filter(s -> !s.isBlank()).map(s -> quantity(label, "peakFp8", s)),
                Optional.ofNullable(tdpWatts), low, high, source == null ? "the build's configuration" : source.strip());
    }

    private static BigDecimal required(String label, String element, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(label + " needs a <" + element + ">");
        }
        return quantity(label, element, text);
    }

    private static BigDecimal quantity(String label, String element, String text) {
        try {
            return Quantity.parse(text).value();
        } catch (Quantity.QuantityFormatException e) {
            throw new IllegalArgumentException(label + ": <" + element + "> " + e.getMessage(), e);
        }
    }
}
