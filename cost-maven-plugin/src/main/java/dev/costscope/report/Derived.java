package dev.costscope.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Figures derived from a claim, each as written in the reports, each only when its inputs are stated.
 *
 * @param acceleratorHours the accelerator-hours of all the claim's compute, e.g. {@code 2.788M}
 * @param impliedRate      the amount over those hours, per accelerator-hour in the claim's currency
 * @param trainingFlop     6·N·D of the model, e.g. {@code 3.286e24}
 * @param utilization      that work over the peak work of the final run's accelerators, e.g. {@code 33.1%}
 */
public record Derived(Optional<String> acceleratorHours, Optional<String> impliedRate, Optional<String> trainingFlop,
                      Optional<String> utilization) {

    /**
     * The figures in words, for the human-readable reports; the implied rate only when {@code priced},
     * that is when the amount is the price of the hours alone (a final-run figure), since under a
     * wider figure it would read as a price per accelerator-hour that it is not.
     */
    List<String> phrases(String currency, boolean priced) {
        List<String> phrases = new ArrayList<>();
        acceleratorHours.ifPresent(h -> phrases.add(h + " accelerator-hours"));
        impliedRate.filter(r -> priced).ifPresent(r -> phrases.add("implied rate " + r + " " + currency
                + " per accelerator-hour"));
        trainingFlop.ifPresent(f -> phrases.add("6·N·D = " + f + " FLOP"));
        utilization.ifPresent(u -> phrases.add("implied utilization " + u + " of peak dense BF16"));
        return phrases;
    }
}
