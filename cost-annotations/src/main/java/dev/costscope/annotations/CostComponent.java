package dev.costscope.annotations;

/** One part of which a training cost is the sum. Which components a scope requires is the linter's policy. */
public enum CostComponent {
    /** Accelerator-hours of the final run times the price per hour. */
    FINAL_RUN_COMPUTE,
    /** Prior experiments, ablations and failed runs. */
    EXPERIMENTS,
    /** Researcher salaries and team costs. */
    PERSONNEL,
    /** Data acquisition, preparation and cleaning. */
    DATA,
    /** Buying the accelerators and servers. */
    HARDWARE_ACQUISITION,
    /** Infrastructure, data centres and networking. */
    FACILITIES,
    /** Electricity and operations. */
    ENERGY,
    /** The share of hardware value used up by the runs covered (amortized cost). */
    HARDWARE_DEPRECIATION
}
