package dev.costscope.analysis;

/** What a claim says of one cost component. */
public enum ComponentStatus {
    /** An {@code @Item} with an amount. */
    INCLUDED,
    /** An {@code @Item} without an amount: included, not itemized. */
    INCLUDED_NOT_ITEMIZED,
    /** An {@code @Excluded}, with its reason and any outside estimate. */
    EXCLUDED,
    /** Neither included nor excluded, though the claim's scope requires it (rule {@code missing-component}). */
    MISSING,
    /** Outside the claim's scope, so not included: said out loud so that no reader assumes it is. */
    OUT_OF_SCOPE,
    /** Not said: the claim states no scope, so nobody can tell (rule {@code unscoped-claim}). */
    UNKNOWN
}
