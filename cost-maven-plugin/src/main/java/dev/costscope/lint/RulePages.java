package dev.costscope.lint;

/** Where each rule's page lives: what it catches, with a bad and a good example. */
public final class RulePages {

    /** The project's home. */
    public static final String HOME = "https://github.com/costscope/costscope";

    private RulePages() {
    }

    /** The address of the page of the rule {@code ruleId}. */
    public static String of(String ruleId) {
        return HOME + "/blob/main/docs/rules/" + ruleId + ".md";
    }
}
