package dev.costscope.analysis;

import dev.costscope.model.SourceLocation;

/**
 * The share of its accelerators' peak that a run's work implies: the stated FLOP of the entries
 * that state them, else 6·N·D for a final run, over the peak work of the same entries.
 *
 * @param work     the work, with its formula
 * @param capacity the peak work the entries could do in their hours
 * @param ratio    work / capacity (1 = 100%)
 * @param at       where a finding about it stands: the hours of the first entry
 */
public record Utilization(Figure work, Figure capacity, Figure ratio, SourceLocation at) {
}
