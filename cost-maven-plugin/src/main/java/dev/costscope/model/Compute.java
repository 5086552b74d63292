package dev.costscope.model;

/** A {@code @Compute}: accelerator, count, accelerator-hours, price per hour and total FLOP. */
public record Compute(
        Value<String> accelerator,
        Value<Integer> count,
        Value<String> hours,
        Value<String> ratePerHour,
        Value<String> flops,
        SourceLocation location) {
}
