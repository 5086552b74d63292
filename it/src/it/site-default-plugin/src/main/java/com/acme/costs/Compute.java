package com.acme.costs;

/** Figures of the final run, kept apart from the claim as projects do. */
public final class Compute {
    public static final String H800_RATE = "2";
    public static final String PRE_TRAINING_HOURS = "2.664" + "M";

    private Compute() {
    }
}
