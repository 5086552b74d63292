package dev.costscope.model;

/**
 * A {@code @Compute}: accelerator, count, accelerator-hours, price per hour and total FLOP, and the
 * physical quantities of the run: energy, emissions (location- and market-based) and wall-clock time.
 */
public record Compute(
        Value<String> accelerator,
        Value<Integer> count,
        Value<String> hours,
        Value<String> ratePerHour,
        Value<String> flops,
        Value<String> energy,
        Value<String> locationBasedEmissions,
        Value<String> marketBasedEmissions,
        Value<String> wallClock,
        SourceLocation location) {
}
