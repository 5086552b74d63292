package dev.costscope.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A component that a {@link TrainingCost} leaves out, said out loud so that a reader sees what the
 * figure does not include.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Excluded {

    /** The component left out. */
    CostComponent component();

    /** Why it is left out. Required. */
    String reason();

    /** Lower bound of an outside estimate of what was left out, in the claim's currency; empty when none. */
    String low() default "";

    /** Upper bound of an outside estimate of what was left out, in the claim's currency; empty when none. */
    String high() default "";
}
