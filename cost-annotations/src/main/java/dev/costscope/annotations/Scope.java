package dev.costscope.annotations;

/**
 * What a stated training cost covers. Each scope includes everything of the one before it on the
 * ladder {@code FINAL_RUN < ALL_TRAINING_RUNS < RESEARCH_AND_DEVELOPMENT < TOTAL_PROGRAM};
 * {@code AMORTIZED} stands apart.
 */
public enum Scope {
    /** No scope declared; rule {@code unscoped-claim} rejects it. */
    UNSPECIFIED,
    /** Accelerator-hours of the final training run only. */
    FINAL_RUN,
    /** The final run plus prior experiments, ablations and failed runs. */
    ALL_TRAINING_RUNS,
    /** All training runs plus the team and data costs. */
    RESEARCH_AND_DEVELOPMENT,
    /** Research and development plus hardware acquisition, facilities, energy and operations. */
    TOTAL_PROGRAM,
    /** Hardware depreciation plus energy for the runs covered. */
    AMORTIZED
}
