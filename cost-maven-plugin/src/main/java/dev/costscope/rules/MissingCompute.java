package dev.costscope.rules;

import dev.costscope.analysis.ClaimFacts;
import dev.costscope.annotations.CostComponent;
import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.Claim;
import dev.costscope.model.Compute;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.Item;
import java.util.Set;

/**
 * {@code missing-compute}: a final-run or experiments item that states no accelerator-hours, so
 * the figure cannot be checked against the compute it claims to price.
 */
public final class MissingCompute extends ClaimRule {

    private static final Set<CostComponent> COMPUTE_COMPONENTS =
            Set.of(CostComponent.FINAL_RUN_COMPUTE, CostComponent.EXPERIMENTS);

    /** The rule with its metadata. */
    public MissingCompute() {
        super("missing-compute", Severity.ERROR,
                "A FINAL_RUN_COMPUTE or EXPERIMENTS item states no accelerator-hours.");
    }

    @Override
    void check(ClaimFacts facts, FindingSink sink) {
        DeclaredType owner = facts.owner();
        Claim claim = facts.claim();
        for (Item item : claim.items()) {
            if (!item.component().isResolved() || !COMPUTE_COMPONENTS.contains(item.component().value())) {
                continue;
            }
            boolean statesHours = item.compute().stream().map(Compute::hours)
                    .anyMatch(hours -> hours.hasText() || !hours.isResolved());
            if (!statesHours) {
                sink.report(owner, item.location(), item.component().value() + " item states no accelerator-hours:"
                        + " add compute = @Compute(accelerator = \"H100\", count = <accelerators>,"
                        + " hours = \"<accelerator-hours>\", ratePerHour = \"<price per hour>\").");
            }
        }
    }
}
