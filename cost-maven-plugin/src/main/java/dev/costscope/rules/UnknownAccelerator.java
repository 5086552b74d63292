package dev.costscope.rules;

import dev.costscope.analysis.ClaimFacts;
import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.Claim;
import dev.costscope.model.Compute;
import dev.costscope.model.DeclaredType;

/** {@code unknown-accelerator}: an accelerator not in the catalog, so its utilization and rate were not checked. */
public final class UnknownAccelerator extends ClaimRule {

    private final RuleSettings settings;

    /** The rule, with the catalog of {@code settings}. */
    public UnknownAccelerator(RuleSettings settings) {
        super("unknown-accelerator", Severity.NOTE, "The accelerator is not in the catalog, so plausibility was not checked.");
        this.settings = settings;
    }

    @Override
    void check(ClaimFacts facts, FindingSink sink) {
        DeclaredType owner = facts.owner();
        Claim claim = facts.claim();
        for (Compute c : claim.compute()) {
            if (c.accelerator().hasText() && settings.catalog().of(c).isEmpty()) {
                sink.report(owner, c.accelerator().location(), "accelerator \"" + c.accelerator().text()
                        + "\" is not in the catalog, so its utilization and rate were not checked: add it under"
                        + " <accelerators> in the plugin's configuration, or use a catalog name such as H100,"
                        + " A100-80GB or TPUv5p.");
            }
        }
    }
}
