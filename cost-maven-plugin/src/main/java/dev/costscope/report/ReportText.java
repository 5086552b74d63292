package dev.costscope.report;

import dev.costscope.model.ScopeLadder;
import dev.costscope.annotations.Scope;
import dev.costscope.model.Claim;
import dev.costscope.model.ModelRelease;
import dev.costscope.model.ScopePolicy;
import dev.costscope.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The words the human-readable writers share, so that Markdown and HTML say the same things. */
final class ReportText {

    /** The rows of the scope table, narrowest first. */
    static final List<Scope> SCOPE_ROWS = ScopeLadder.DECLARABLE;

    private ReportText() {
    }

    /**
     * The sentence naming the scope policy the claims were judged by, when it is not the built-in one
     * (which reports leave unsaid): {@code Scope policy: ACME (classpath:acme/policy.properties).}
     */
    static Optional<String> policy(Report report) {
        ScopePolicy policy = report.context().policy();
        return policy.isDefault() ? Optional.empty()
                : Optional.of("Scope policy: " + policy.name() + " (" + policy.origin() + ").");
    }

    /** {@code released 2024-12-26 · 671B parameters (37B active) · 14.8T training tokens}. */
    static List<String> releaseFacts(ModelRelease release) {
        List<String> facts = new ArrayList<>();
        text(release.releaseDate()).ifPresent(d -> facts.add("released " + d));
        text(release.totalParameters()).ifPresent(p -> facts.add(p + " parameters"
                + text(release.activeParameters()).map(a -> " (" + a + " active)").orElse("")));
        text(release.trainingTokens()).ifPresent(t -> facts.add(t + " training tokens"));
        return facts;
    }

    /** Basis, range, date of prices and source of a claim. */
    static List<String> claimFacts(Claim claim) {
        List<String> facts = new ArrayList<>();
        if (claim.basis().isResolved()) {
            facts.add("basis: " + Descriptions.name(claim.basis().value()));
        }
        text(claim.low()).ifPresent(low -> facts.add("range " + low + "-" + text(claim.high()).orElse("?")));
        text(claim.asOf()).ifPresent(a -> facts.add("prices as of " + a));
        text(claim.source()).ifPresent(s -> facts.add("source: " + s));
        return facts;
    }

    /** The amounts a release discloses for {@code scope}, or empty. */
    static List<String> disclosed(ReleaseReport report, Scope scope) {
        return report.claims().stream().map(ClaimReport::claim).filter(c -> c.scope().is(scope))
                .map(ReportText::amount).toList();
    }

    /** The derived figures of a claim in words; the implied rate only under a final-run figure. */
    static List<String> derived(ClaimReport report) {
        Claim claim = report.claim();
        return report.derived().phrases(claim.currency().text(), claim.scope().is(Scope.FINAL_RUN));
    }

    /** The claim's scope as a heading word. */
    static String scope(Claim claim) {
        return claim.scope().isResolved() ? claim.scope().value().name() : "(scope unresolved)";
    }

    /** {@code 5.576M USD}. */
    static String amount(Claim claim) {
        return (claim.amount().hasText() ? claim.amount().text() : "(no amount)") + " " + claim.currency().text();
    }

    /**
     * What a claim says of one component: a lead ({@code included}, {@code not included}, ...) and
     * the detail after it; {@code leftOut} tells a writer to stress the lead.
     */
    record Status(String lead, String detail, boolean leftOut) {
        String text() {
            return lead + detail;
        }
    }

    static Status status(ComponentRow row, String scope) {
        return switch (row.status()) {
            case INCLUDED -> new Status("included", ": " + row.amount(), false);
            case INCLUDED_NOT_ITEMIZED -> new Status("included, not itemized", "", false);
            case EXCLUDED -> new Status("not included", ": " + row.reason() + estimate(row), true);
            case MISSING -> new Status("not accounted for", ", though " + scope + " requires it", true);
            case OUT_OF_SCOPE -> new Status("not included", " (outside " + scope + ")", true);
            case UNKNOWN -> new Status("unknown", ": the claim does not say what it covers", true);
        };
    }

    private static String estimate(ComponentRow row) {
        if (row.low().isEmpty() && row.high().isEmpty()) {
            return "";
        }
        return " (outside estimate " + (row.low().isEmpty() ? "?" : row.low()) + "-"
                + (row.high().isEmpty() ? "?" : row.high()) + ")";
    }

    static Optional<String> text(Value<String> value) {
        return value.hasText() ? Optional.of(value.text()) : Optional.empty();
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
