package dev.costscope.examples.headline;

import dev.costscope.annotations.Basis;
import dev.costscope.annotations.ModelRelease;
import dev.costscope.annotations.TrainingCost;

/** The DeepSeek-V3 figure as the headlines carried it: the final training run's cost, rounded to $6M, its scope lost. */
@ModelRelease(name = "DeepSeek-V3")
@TrainingCost(amount = "6M", basis = Basis.THIRD_PARTY_ESTIMATE, source = "press coverage, January 2025")
public final class Headline {

    private Headline() {
    }
}
