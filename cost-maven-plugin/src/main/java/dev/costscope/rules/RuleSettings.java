package dev.costscope.rules;

import dev.costscope.model.AcceleratorCatalog;
import java.math.BigDecimal;

/**
 * What the arithmetic rules may be told by the build.
 *
 * @param tolerance      relative difference allowed between a stated amount and the one computed
 *                       (rate-mismatch, items-exceed-total), e.g. {@code 0.05} for 5%
 * @param minUtilization the lower end of the plausible utilization band (implausible-utilization)
 * @param maxUtilization the upper end of that band; above 1 (100%) a claim is impossible whatever the band
 * @param catalog        the accelerators known (implausible-utilization, rate-outlier, unknown-accelerator)
 */
public record RuleSettings(BigDecimal tolerance, BigDecimal minUtilization, BigDecimal maxUtilization,
                           AcceleratorCatalog catalog) {

    /** 5% tolerance, a 5%-75% utilization band, the built-in catalog. */
    public static RuleSettings defaults() {
        return new RuleSettings(new BigDecimal("0.05"), new BigDecimal("0.05"), new BigDecimal("0.75"),
                AcceleratorCatalog.builtIn());
    }

    public RuleSettings {
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("the tolerance must not be negative, not " + tolerance);
        }
        if (minUtilization.signum() < 0 || minUtilization.compareTo(maxUtilization) > 0) {
            throw new IllegalArgumentException("the utilization band must satisfy 0 <= min <= max, not ["
                    + minUtilization + ", " + maxUtilization + "]");
        }
    }
}
