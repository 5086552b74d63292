package dev.costscope.extract;

/** Thrown while evaluating an expression that is not a constant the extractor can compute. */
final class Unresolvable extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param reason why, phrased to complete "could not be evaluated: ..." */
    Unresolvable(String reason) {
        super(reason, null, false, false);
    }
}
