package com.acme;

import dev.costscope.annotations.*;

/** The figure as the headlines carried it. */
@ModelRelease(name = "DeepSeek-V3")
@TrainingCost(amount = "6M", basis = Basis.THIRD_PARTY_ESTIMATE,
    source = "press coverage, January 2025")
public final class Headline {
}
