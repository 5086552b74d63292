package dev.costscope.report;

import dev.costscope.annotations.Scope;
import dev.costscope.model.Claim;
import dev.costscope.model.ComputeFigures;
import dev.costscope.model.Numbers;
import dev.costscope.model.Quantity;
import dev.costscope.model.Value;
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
     * @param name  e.g. {@code costscope:claim:final-run:amount}
     * @param value e.g. {@code 5576000}
     */
    record Property(String name, String value) {
    }

    /** The properties of every claim of {@code release}, claim after claim, each in a fixed order. */
    static List<Property> of(ReleaseReport release) {
        List<Property> properties = new ArrayList<>();
        for (ClaimReport report : release.claims()) {
            claim(properties, report);
        }
        return properties;
    }

    /** The part of a claim's id that names it within its release: {@code final-run}. */
    static String key(ClaimReport report) {
        String id = report.id();
        int slash = id.lastIndexOf('/');
        return slash < 0 ? id : id.substring(slash + 1);
    }

    private static void claim(List<Property> out, ClaimReport report) {
        Claim claim = report.claim();
        String at = PREFIX + "claim:" + key(report) + ":";
        out.add(new Property(at + "id", report.id()));
        out.add(new Property(at + "scope", claim.scope().isResolved() ? claim.scope().value().name() : "UNRESOLVED"));
        number(claim.amount()).ifPresent(n -> out.add(new Property(at + "amount", n)));
        if (claim.currency().hasText()) {
            out.add(new Property(at + "currency", claim.currency().text()));
        }
        number(claim.low()).ifPresent(n -> out.add(new Property(at + "low", n)));
        number(claim.high()).ifPresent(n -> out.add(new Property(at + "high", n)));
        if (claim.basis().isResolved()) {
            out.add(new Property(at + "basis", claim.basis().value().name()));
        }
        ReportText.text(claim.asOf()).ifPresent(a -> out.add(new Property(at + "asOf", a)));
        ReportText.text(claim.source()).ifPresent(s -> out.add(new Property(at + "source", s)));
        components(out, at + "included", report, ComponentStatus.INCLUDED, ComponentStatus.INCLUDED_NOT_ITEMIZED);
        components(out, at + "excluded", report, ComponentStatus.EXCLUDED, ComponentStatus.OUT_OF_SCOPE);
        components(out, at + "missing", report, ComponentStatus.MISSING);
        for (ComponentRow row : report.components()) {
            if (row.status() == ComponentStatus.INCLUDED) {
                number(row.amount()).ifPresent(n -> out.add(new Property(at + "component:" + row.component().name()
                        + ":amount", n)));
            }
        }
        hours(report).ifPresent(h -> out.add(new Property(at + "acceleratorHours", h)));
        if (claim.scope().is(Scope.FINAL_RUN)) {
            rate(report).ifPresent(r -> out.add(new Property(at + "impliedRatePerAcceleratorHour", r)));
        }
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
            out.add(new Property(name, String.join(",", names)));
        }
    }

    /** The claim's accelerator-hours as a plain number, exact. */
    private static Optional<String> hours(ClaimReport report) {
        return ComputeFigures.hours(report.claim()).map(CostProperties::plain);
    }

    /** The amount over the hours, per accelerator-hour, to 16 significant digits. */
    private static Optional<String> rate(ClaimReport report) {
        Optional<BigDecimal> amount = Quantity.tryParse(report.claim().amount().text()).map(Quantity::value);
        return ComputeFigures.hours(report.claim()).filter(h -> h.signum() > 0)
                .flatMap(h -> amount.map(a -> plain(Numbers.divide(a, h))));
    }

    static Optional<String> number(Value<String> value) {
        return value.hasText() ? number(value.text()) : Optional.empty();
    }

    static Optional<String> number(String text) {
        return Quantity.tryParse(text).map(Quantity::value).map(CostProperties::plain);
    }

    static String plain(BigDecimal value) {
        return Numbers.plain(value);
    }
}
