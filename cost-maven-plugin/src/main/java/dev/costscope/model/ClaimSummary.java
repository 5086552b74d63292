package dev.costscope.model;

import dev.costscope.annotations.Basis;
import dev.costscope.annotations.CostComponent;
import dev.costscope.annotations.Scope;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One line that says what a claim covers and, always, what it does not include:
 * {@code DeepSeek-V3 2024-12-26: FINAL_RUN 5.576M USD (RENTAL_EQUIVALENT); not included: EXPERIMENTS, ...}.
 */
public final class ClaimSummary {

    private ClaimSummary() {
    }

    /** The line for {@code claim} of the type {@code owner}. */
    public static String of(DeclaredType owner, Claim claim) {
        String model = owner.release().map(ModelRelease::displayName).orElse(owner.qualifiedName());
        List<String> parts = new ArrayList<>();
        parts.add(claim.scope().isResolved() ? claim.scope().value().name() : "(scope unresolved)");
        parts.add(claim.amount().hasText() ? claim.amount().text() : "(no amount)");
        parts.add(claim.currency().text());
        if (claim.basis().isResolved() && !claim.basis().is(Basis.UNSPECIFIED)) {
            parts.add("(" + claim.basis().value() + ")");
        }
        StringBuilder line = new StringBuilder(model).append(": ").append(String.join(" ", parts));
        if (claim.scope().isResolved() && !claim.scope().is(Scope.UNSPECIFIED)) {
            Set<CostComponent> notIncluded = EnumSet.allOf(CostComponent.class);
            notIncluded.removeAll(claim.includedComponents());
            line.append("; not included: ").append(notIncluded.isEmpty() ? "nothing" : names(notIncluded));
        }
        return line.toString();
    }

    private static String names(Set<CostComponent> components) {
        return String.join(", ", components.stream().map(Enum::name).toList());
    }
}
