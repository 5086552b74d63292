package dev.costscope.model;

/**
 * An annotation value the extractor could not evaluate.
 *
 * @param attribute  the attribute, e.g. {@code TrainingCost.amount}
 * @param expression the expression as written
 * @param reason     why it could not be evaluated, phrased for the user
 */
public record UnresolvedValue(String attribute, String expression, String reason, SourceLocation location) {
}
