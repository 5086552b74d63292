package dev.costscope.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One training cost claimed for the model release on the same type: how much, what it covers
 * ({@link #scope()}), which components it includes ({@link #items()}) and which it leaves out
 * ({@link #excludes()}). Repeatable, one per scope.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(TrainingCosts.class)
public @interface TrainingCost {

    /**
     * What the amount covers. The default, {@link Scope#UNSPECIFIED}, is rejected by rule
     * {@code unscoped-claim}; the scope decides which components rule {@code missing-component}
     * requires and which rule {@code out-of-scope-component} forbids. Rule {@code duplicate-scope}
     * allows one claim per scope and model.
     */
    Scope scope() default Scope.UNSPECIFIED;

    /** The claimed total, a quantity in {@link #currency()} such as {@code "5.576M"}. Required. */
    String amount();

    /** ISO 4217 currency code of every amount and rate in this claim; default {@code "USD"}. */
    String currency() default "USD";

    /** Lower bound when the amount is an estimate; a quantity, empty when none. */
    String low() default "";

    /** Upper bound when the amount is an estimate; a quantity, empty when none. */
    String high() default "";

    /** How the amount was arrived at; {@link Basis#UNSPECIFIED} draws {@code missing-provenance}. */
    Basis basis() default Basis.UNSPECIFIED;

    /**
     * The components the amount includes, one {@link Item} each; an item with an empty amount is
     * included but not itemized.
     */
    Item[] items() default {};

    /** Components the amount leaves out, each with a reason and, where known, an outside estimate. */
    Excluded[] excludes() default {};

    /** ISO date or year the prices refer to, e.g. {@code "2024"} or {@code "2024-12-26"}. */
    String asOf() default "";

    /** Citation for the figure; empty draws {@code missing-provenance}. */
    String source() default "";

    /** Free text; any cost it states must name its scope. */
    String note() default "";
}
