package dev.costscope.analysis;

import java.math.BigDecimal;

/**
 * A derived figure: its exact value, its unit and the formula that produced it.
 *
 * @param value   the exact value
 * @param unit    the unit, e.g. {@code FLOP}, {@code accelerator-hours}, {@code kWh}, {@code USD/accelerator-hour},
 *                {@code ratio}
 * @param formula how it was computed, e.g. {@code 6 × 37B active parameters × 14.8T tokens = 3.286e24 FLOP}
 */
public record Figure(BigDecimal value, String unit, String formula) {
}
