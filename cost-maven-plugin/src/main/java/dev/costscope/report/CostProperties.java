package dev.costscope.report;

import dev.costscope.analysis.ClaimFacts;
import dev.costscope.analysis.ComponentRow;
import dev.costscope.analysis.ComponentStatus;
import dev.costscope.analysis.DerivedFigures;
import dev.costscope.analysis.Figure;
import dev.costscope.analysis.QuantityFact;
import dev.costscope.annotations.Scope;
import dev.costscope.model.Claim;
import dev.costscope.model.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A release's cost claims as namespaced name/value pairs, the same in every standard that carries
 * properties (CycloneDX {@code properties}, SPDX {@code CdxPropertiesExtension}). Every name starts
 * with {@code costscope:claim:<key>:}, {@code <key>} the part of the claim's stable id after the
 * release ({@code final-run}); numbers are plain decimals without suffix or separator
 * ({@code 5576000}), so that a tool reads them without parsing {@code 5.576M}. The names are
 * documented in {@code docs/exports.md}.
 */
final class CostProperties {

    /** The namespace every name starts with. */
    static final String PREFIX = "costscope:";

    private CostProperties() {
    }

    /**
     * One property.
     *
     * @param name   e.g. {@code costscope:claim:final-run:amount}
     * @param value  e.g. {@code 5576000}
     * @param number whether the value is a plain decimal number (formats with typed values write it as one)
     */
    record Property(String name, String value, boolean number) {

        /** A property whose value is text. */
        static Property text(String name, String value) {
            return new Property(name, value, false);
        }

        /** A property whose value is a number, written plain: {@code 5576000}. */
        static Property number(String name, BigDecimal value) {
            return new Property(name, Numbers.plain(value), true);
        }
    }

    /** The properties of every claim of {@code release}, claim after claim, each in a fixed order. */
    static List<Property> of(ReleaseReport release) {
        List<Property> properties = new ArrayList<>();
        for (ClaimReport report : release.claims()) {
            claim(properties, report);
        }
        return properties;
    }

    /** The properties of one claim, in the fixed order. */
    static List<Property> of(ClaimReport claim) {
        List<Property> properties = new ArrayList<>();
        claim(properties, claim);
        return properties;
    }

    /** The claim's scope as the properties name it: {@code FINAL_RUN}, or {@code UNRESOLVED}. */
    static String scope(Claim claim) {
        return claim.scope().isResolved() ? claim.scope().value().name() : "UNRESOLVED";
    }

    /** The part of a claim's id that names it within its release: {@code final-run}. */
    static String key(ClaimReport report) {
        String id = report.id();
        int slash = id.lastIndexOf('/');
        return slash < 0 ? id : id.substring(slash + 1);
    }

    private static void claim(List<Property> out, ClaimReport report) {
        Claim claim = report.claim();
        ClaimFacts facts = report.facts();
        String at = PREFIX + "claim:" + key(report) + ":";
        out.add(Property.text(at + "id", report.id()));
        out.add(Property.text(at + "scope", scope(claim)));
        number(out, at + "amount", facts.amount());
        if (claim.currency().hasText()) {
            out.add(Property.text(at + "currency", claim.currency().text()));
        }
        number(out, at + "low", facts.low());
        number(out, at + "high", facts.high());
        if (claim.basis().isResolved()) {
            out.add(Property.text(at + "basis", claim.basis().value().name()));
        }
        ReportText.text(claim.asOf()).ifPresent(a -> out.add(Property.text(at + "asOf", a)));
        ReportText.text(claim.source()).ifPresent(s -> out.add(Property.text(at + "source", s)));
        components(out, at + "included", report, ComponentStatus.INCLUDED, ComponentStatus.INCLUDED_NOT_ITEMIZED);
        components(out, at + "excluded", report, ComponentStatus.EXCLUDED, ComponentStatus.OUT_OF_SCOPE);
        components(out, at + "missing", report, ComponentStatus.MISSING);
        for (ComponentRow row : report.components()) {
            if (row.status() == ComponentStatus.INCLUDED) {
                number(out, at + "component:" + row.component().name() + ":amount", row.amount());
            }
        }
        DerivedFigures derived = report.derived();
        figure(out, at + "acceleratorHours", derived.acceleratorHours());
        if (claim.scope().is(Scope.FINAL_RUN)) {
            figure(out, at + "impliedRatePerAcceleratorHour", derived.impliedRate());
        }
        figure(out, at + "energyKWh", derived.energy());
        figure(out, at + "locationBasedEmissionsTCO2eq", derived.locationBasedEmissions());
        figure(out, at + "marketBasedEmissionsTCO2eq", derived.marketBasedEmissions());
        figure(out, at + "wallClockHours", derived.wallClock());
    }

    private static void components(List<Property> out, String name, ClaimReport report, ComponentStatus... statuses) {
        List<String> names = new ArrayList<>();
        for (ComponentRow row : report.components()) {
            for (ComponentStatus status : statuses) {
                if (row.status() == status) {
                    names.add(row.component().name());
                }
            }
        }
        if (!names.isEmpty()) {
            out.add(Property.text(name, String.join(",", names)));
        }
    }

    /** A stated quantity as a plain number, when it parsed. */
    private static void number(List<Property> out, String name, QuantityFact quantity) {
        quantity.value().ifPresent(v -> out.add(Property.number(name, v)));
    }

    /** A derived figure as a plain number, exact, when derived. */
    private static void figure(List<Property> out, String name, Optional<Figure> figure) {
        figure.ifPresent(f -> out.add(Property.number(name, f.value())));
    }
}
