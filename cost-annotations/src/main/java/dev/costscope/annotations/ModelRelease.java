package dev.costscope.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the annotated type describes one model release. Every {@link TrainingCost} must sit
 * on a type that carries this annotation (rule {@code orphan-claim}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ModelRelease {

    /** The model's name, e.g. {@code "DeepSeek-V3"}. Required. */
    String name();

    /** The release's version or checkpoint name; free text. Empty when not stated. */
    String version() default "";

    /** The release date as an ISO date ({@code 2024-12-26}). Checked by {@code invalid-quantity}. */
    String releaseDate() default "";

    /** Total parameter count, a quantity such as {@code "671B"}. Checked by {@code invalid-quantity}. */
    String totalParameters() default "";

    /**
     * Parameters active per token, for mixture-of-experts models ({@code "37B"}); empty means the same
     * as {@link #totalParameters()}. Checked by {@code invalid-quantity}.
     */
    String activeParameters() default "";

    /** Training tokens, a quantity such as {@code "14.8T"}. Checked by {@code invalid-quantity}. */
    String trainingTokens() default "";

    /** Free text describing the release; any cost it states must name its scope. */
    String summary() default "";
}
