package dev.costscope.analysis;

import dev.costscope.model.Item;
import java.util.List;
import java.util.Optional;

/**
 * One {@code @Item}, its quantities parsed and its figures derived.
 *
 * @param item        as declared
 * @param amount      the itemized amount (not stated = included, not itemized)
 * @param low         the low end of its range
 * @param high        the high end of its range
 * @param compute     its compute entries
 * @param priced      accelerator-hours × rate over all entries, when each states both
 * @param utilization the utilization its compute implies, when derivable
 */
public record ItemFacts(Item item, QuantityFact amount, QuantityFact low, QuantityFact high, List<ComputeFacts> compute,
                        Optional<Figure> priced, Optional<Utilization> utilization) {

    public ItemFacts {
        compute = List.copyOf(compute);
    }
}
