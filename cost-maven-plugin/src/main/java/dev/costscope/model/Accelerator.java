package dev.costscope.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One accelerator of the catalog: what it can compute and what an hour of it costs to rent.
 *
 * @param name           the catalog name, e.g. {@code H100}
 * @param aliases        other names it goes by, e.g. {@code H100-SXM}, {@code H100-80GB}
 * @param peakBf16       peak dense BF16 throughput, FLOP/s (FP16 where the chip has no BF16)
 * @param peakFp8        peak dense FP8 throughput, FLOP/s, where the chip has FP8
 * @param tdpWatts       thermal design power in watts, where published
 * @param rentalLowUsd   the low end of the market price of one accelerator-hour, USD
 * @param rentalHighUsd  the high end of that price, USD
 * @param source         where the figures come from
 */
public record Accelerator(String name, List<String> aliases, BigDecimal peakBf16, Optional<BigDecimal> peakFp8,
                          Optional<Integer> tdpWatts, BigDecimal rentalLowUsd, BigDecimal rentalHighUsd,
                          String source) {

    public Accelerator {
        aliases = List.copyOf(aliases);
    }
}
