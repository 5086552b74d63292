package dev.costscope.examples.headline;

import dev.costscope.annotations.Basis;
import dev.costscope.annotations.ModelRelease;
import dev.costscope.annotations.TrainingCost;

/** "A frontier model for $6M": the DeepSeek-V3 figure as it spread, without its scope. */
@ModelRelease(name = "DeepSeek-V3")
@TrainingCost(amount = "6M", basis = Basis.THIRD_PARTY_ESTIMATE, source = "press coverage, January 2025")
public final class Headline {

    private Headline() {
    }
}
