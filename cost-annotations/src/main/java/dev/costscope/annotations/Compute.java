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
}
