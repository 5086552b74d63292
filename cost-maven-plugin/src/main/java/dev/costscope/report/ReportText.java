package dev.costscope.report;

import dev.costscope.lint.LintResult;
import dev.costscope.lint.Omission;
import dev.costscope.model.ScopeLadder;
import dev.costscope.analysis.ComponentRow;
import dev.costscope.analysis.DerivedFigures;
import dev.costscope.analysis.Figure;
import dev.costscope.annotations.Scope;
import dev.costscope.model.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import dev.costscope.model.Claim;
import dev.costscope.model.ModelRelease;
import dev.costscope.model.ScopePolicy;
import dev.costscope.model.Value;
import dev.costscope.analysis.ComputeFacts;
import dev.costscope.model.Compute;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;

/** The words the human-readable writers share, so that Markdown and HTML say the same things. */
final class ReportText {

    /** The rows of the scope table, narrowest first. */
    static final List<Scope> SCOPE_ROWS = ScopeLadder.DECLARABLE;

    private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(24);

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

    /**
     * What the summary line adds when the cap per file left findings out of the listing:
     * {@code ; 312 of them not listed (at most 200 per file)}, or nothing.
     */
    static String notListed(LintResult result) {
        long omitted = result.omittedCount();
        return omitted == 0 ? "" : "; " + omitted + " of them not listed (at most " + Omission.CAP + " per file)";
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
            case INCLUDED -> new Status("included", ": " + row.amount().text(), false);
            case INCLUDED_NOT_ITEMIZED -> new Status("included, not itemized", "", false);
            case EXCLUDED -> new Status("not included", ": " + row.reason() + estimate(row), true);
            case MISSING -> new Status("not accounted for", ", though " + scope + " requires it", true);
            case OUT_OF_SCOPE -> new Status("not included", " (outside " + scope + ")", true);
            case UNKNOWN -> new Status("unknown", ": the claim does not say what it covers", true);
        };
    }

    private static String estimate(ComponentRow row) {
        String low = row.low().text();
        String high = row.high().text();
        if (low.isEmpty() && high.isEmpty()) {
            return "";
        }
        return " (outside estimate " + (low.isEmpty() ? "?" : low) + "-" + (high.isEmpty() ? "?" : high) + ")";
    }

    /**
     * The derived figures in words, for the human-readable reports; the implied rate only under a final-run
     * figure, since under a wider one it would read as a price per accelerator-hour that it is not.
     */
    static List<String> derived(ClaimReport report) {
        DerivedFigures derived = report.derived();
        String currency = report.claim().currency().text();
        List<String> phrases = new ArrayList<>();
        derived.acceleratorHours().ifPresent(h -> phrases.add(hours(h) + " accelerator-hours"));
        derived.impliedRate().filter(r -> report.claim().scope().is(Scope.FINAL_RUN)).ifPresent(r -> phrases.add("implied rate " + rate(r) + " " + currency + " per accelerator-hour"));
        derived.trainingWork().ifPresent(f -> phrases.add("6·N·D = " + flop(f) + " FLOP"));
        derived.utilization().forEach(u -> phrases.add("implied utilization " + percent(u.ratio()) + " of peak dense BF16"));
        derived.energy().ifPresent(e -> phrases.add("stated energy " + energy(e)));
        derived.locationBasedEmissions().ifPresent(e -> phrases.add(emissions(e) + " CO2eq location-based"));
        derived.marketBasedEmissions().ifPresent(e -> phrases.add(emissions(e) + " CO2eq market-based"));
        derived.wallClock().ifPresent(w -> phrases.add("wall-clock " + duration(w)));
        return phrases;
    }

    /** {@code 2.788M}. */
    static String hours(Figure hours) {
        return Numbers.human(hours.value());
    }

    /** A price per hour to four significant digits: {@code 2}, {@code 8.417}. */
    static String rate(Figure rate) {
        return Numbers.plain(rate.value().round(new MathContext(4)));
    }

    /** {@code 3.286e24}. */
    static String flop(Figure work) {
        return Numbers.scientific(work.value());
    }

    /** {@code 33.1%}. */
    static String percent(Figure ratio) {
        return Numbers.percent(ratio.value());
    }

    /** Energy in the largest unit that keeps it at 1 or more: {@code 21.59 GWh}. */
    static String energy(Figure kWh) {
        BigDecimal value = kWh.value();
        String[] units = {"kWh", "MWh", "GWh", "TWh"};
        int unit = 0;
        while (unit < units.length - 1 && value.compareTo(BigDecimal.valueOf(1000)) >= 0) {
            value = value.movePointLeft(3);
            unit++;
        }
        return Numbers.plain(value.round(new MathContext(4))) + " " + units[unit];
    }

    /** Hours as days from one day up, to four significant digits: {@code 54 days}, {@code 12 hours}. */
    static String duration(Figure hours) {
        BigDecimal value = hours.value();
        boolean days = value.compareTo(HOURS_PER_DAY) >= 0;
        BigDecimal shown = days ? Numbers.divide(value, HOURS_PER_DAY) : value;
        return Numbers.plain(shown.round(new MathContext(4))) + (days ? " days" : " hours");
    }

    /** The accelerators of {@code compute}, each once: {@code 2048 × H800}, {@code H100-80GB}; empty when none is named. */
    static Optional<String> hardware(List<ComputeFacts> compute) {
        Set<String> parts = new LinkedHashSet<>();
        for (ComputeFacts c : compute) {
            Compute declared = c.compute();
            if (declared.accelerator().hasText()) {
                boolean counted = declared.count().isResolved() && declared.count().value() > 0;
                parts.add(counted ? declared.count().value() + " × " + declared.accelerator().text() : declared.accelerator().text());
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
    }

    /** {@code 8,930 t}. */
    static String emissions(Figure tonnes) {
        return Numbers.human(tonnes.value()) + " t";
    }

    static Optional<String> text(Value<String> value) {
        return value.hasText() ? Optional.of(value.text()) : Optional.empty();
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
