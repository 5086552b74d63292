package dev.costscope.analysis;

import dev.costscope.model.Exclusion;

/**
 * One {@code @Excluded} with its outside estimate parsed.
 *
 * @param exclusion as declared
 * @param low       the low end of the outside estimate
 * @param high      the high end
 */
public record ExclusionFacts(Exclusion exclusion, QuantityFact low, QuantityFact high) {
}
