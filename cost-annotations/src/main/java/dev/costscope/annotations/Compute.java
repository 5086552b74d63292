package dev.costscope.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Accelerator time behind an {@link Item}: what ran, how many, for how long, at what price. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Compute {

    /** Accelerator model, e.g. {@code "H100"}, {@code "A100-80GB"}, {@code "TPUv5p"}. */
    String accelerator() default "";

    /** Number of accelerators; 0 = not stated. Must not be negative ({@code invalid-quantity}). */
    int count() default 0;

    /**
     * Accelerator-hours in total (not wall-clock hours), a quantity such as {@code "2.788M"}; rule
     * {@code missing-compute} requires it for final-run and experiment items.
     */
    String hours() default "";

    /** Price per accelerator-hour in the claim's currency, a quantity such as {@code "2"}. */
    String ratePerHour() default "";

    /** Total floating-point operations of the work, a quantity such as {@code "3.3e24"}. */
    String flops() default "";

    /**
     * Electricity this compute used, a quantity with its unit {@code kWh}, {@code MWh} or {@code GWh},
     * such as {@code "21.6 GWh"} or {@code "450MWh"}; empty = not stated. Rule
     * {@code implausible-energy} checks it against the accelerators' power and hours.
     *
     * @since 0.1.0
     */
    String energy() default "";

    /**
     * Greenhouse-gas emissions of this compute, location-based (the average carbon intensity of the
     * grids it drew from), in tonnes of CO2 equivalent: a quantity such as {@code "8,930"} or
     * {@code "8930 tCO2eq"}; empty = not stated, {@code "0"} states zero.
     *
     * @since 0.1.0
     */
    String locationBasedEmissions() default "";

    /**
     * Greenhouse-gas emissions of this compute, market-based (after the electricity contracts and
     * certificates its operator bought), in tonnes of CO2 equivalent: a quantity such as {@code "0"}
     * or {@code "120 tCO2eq"}; empty = not stated.
     *
     * @since 0.1.0
     */
    String marketBasedEmissions() default "";

    /**
     * How long the run took from its start to its end (not accelerator-hours), a quantity with its
     * unit {@code hours} or {@code days}, such as {@code "54 days"} or {@code "1,300 hours"}; empty =
     * not stated.
     *
     * @since 0.1.0
     */
    String wallClock() default "";
}
