package dev.costscope.annotations;

/** How an amount was arrived at; rule {@code missing-provenance} warns on {@code UNSPECIFIED}. */
public enum Basis {
    /** Not said; rule {@code missing-provenance} warns. */
    UNSPECIFIED,
    /** From accounts or invoices. */
    REPORTED,
    /** Accelerator-hours times a market rental rate. */
    RENTAL_EQUIVALENT,
    /** Capital expenditure spread over the hardware's useful life. */
    AMORTIZED_CAPEX,
    /** An estimate by someone other than the model's authors. */
    THIRD_PARTY_ESTIMATE
}
