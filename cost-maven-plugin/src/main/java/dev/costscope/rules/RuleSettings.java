package dev.costscope.rules;

import dev.costscope.analysis.Analyzer;
import dev.costscope.model.AcceleratorCatalog;
import dev.costscope.model.ScopePolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the rules may be told by the build.
 *
 * @param tolerance      relative difference allowed between a stated amount and the one computed
 *                       (rate-mismatch, items-exceed-total), e.g. {@code 0.05} for 5%
 * @param minUtilization the lower end of the plausible utilization band (implausible-utilization)
 * @param maxUtilization the upper end of that band; above 1 (100%) a claim is impossible whatever the band
 * @param catalog        the accelerators known (implausible-utilization, rate-outlier, unknown-accelerator)
 * @param policy         which components each scope requires: the one policy every rule and the report use
 * @param scopePhrases   phrases that scope a figure in prose, added to the defaults (unscoped-text-claim)
 * @param claimMarkers   markers that tie prose to a declared claim, added to the defaults (unscoped-text-claim)
 */
public record RuleSettings(BigDecimal tolerance, BigDecimal minUtilization, BigDecimal maxUtilization,
                           AcceleratorCatalog catalog, ScopePolicy policy, List<String> scopePhrases,
                           List<String> claimMarkers) {

    /** 5% tolerance, a 5%-75% utilization band, the built-in catalog, the default policy, phrases and markers. */
    public static RuleSettings defaults() {
        return new RuleSettings(new BigDecimal("0.05"), new BigDecimal("0.05"), new BigDecimal("0.75"),
                AcceleratorCatalog.builtIn(), ScopePolicy.defaults(), List.of(), List.of());
    }

    public RuleSettings {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(policy, "policy");
        scopePhrases = List.copyOf(scopePhrases);
        claimMarkers = List.copyOf(claimMarkers);
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("the tolerance must not be negative, not " + tolerance);
        }
        if (minUtilization.signum() < 0 || minUtilization.compareTo(maxUtilization) > 0) {
            throw new IllegalArgumentException("the utilization band must satisfy 0 <= min <= max, not ["
                    + minUtilization + ", " + maxUtilization + "]");
        }
    }

    /** These settings with {@code policy} instead of this one's. */
    public RuleSettings withPolicy(ScopePolicy policy) {
        return new RuleSettings(tolerance, minUtilization, maxUtilization, catalog, policy, scopePhrases, claimMarkers);
    }

    /** The analyzer that derives the facts these rules judge: this policy, this catalog. */
    public Analyzer analyzer() {
        return new Analyzer(policy, catalog);
    }
}
