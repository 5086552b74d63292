package dev.costscope.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One component that a {@link TrainingCost} includes, with its share of the amount where known. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Item {

    /**
     * Which component this is. It must lie inside the claim's scope (rule
     * {@code out-of-scope-component}); the scope's required components must each have an item
     * (rule {@code missing-component}).
     */
    CostComponent component();

    /** This component's share of the claim, a quantity in the claim's currency; empty = included, not itemized. */
    String amount() default "";

    /** Lower bound of the share when it is an estimate; a quantity, empty when none. */
    String low() default "";

    /** Upper bound of the share when it is an estimate; a quantity, empty when none. */
    String high() default "";

    /**
     * The compute behind this component. {@code FINAL_RUN_COMPUTE} and {@code EXPERIMENTS} items must
     * state accelerator-hours here (rule {@code missing-compute}).
     */
    Compute[] compute() default {};

    /** Free text. */
    String note() default "";
}
