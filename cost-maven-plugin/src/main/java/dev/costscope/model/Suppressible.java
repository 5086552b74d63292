package dev.costscope.model;

/** Something findings are reported against, which may silence rules with {@code @SuppressWarnings("cost:<rule>")}. */
public interface Suppressible {

    /** Whether findings of {@code ruleId} against this are suppressed. */
    boolean suppresses(String ruleId);
}
