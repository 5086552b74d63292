package dev.costscope.report;

import dev.costscope.analysis.ClaimFacts;
import dev.costscope.analysis.ProjectFacts;
import dev.costscope.model.ScopeLadder;
import dev.costscope.annotations.CostComponent;
import dev.costscope.annotations.Scope;
import dev.costscope.lint.LintResult;
import dev.costscope.model.Claim;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.Exclusion;
import dev.costscope.model.Item;
import dev.costscope.model.ComputeFigures;
import dev.costscope.model.Numbers;
import dev.costscope.model.Quantity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Builds the report of a project from what the extractor read and what the linter found. */
public final class ReportBuilder {

    private final ProjectFacts facts;

    private ReportBuilder(ProjectFacts facts) {
        this.facts = facts;
    }

    /**
     * The report of the model {@code facts} were derived from, with {@code result}'s findings, from
     * {@code context}, naming the scope policy the facts were derived under.
     */
    public static Report build(ProjectFacts facts, LintResult result, ReportContext context) {
        ReportBuilder builder = new ReportBuilder(facts);
        List<ReleaseReport> releases = new ArrayList<>();
        for (DeclaredType type : facts.model().types()) {
            type.release().ifPresent(release -> releases.add(new ReleaseReport(type, release, builder.claims(type))));
        }
        return new Report(releases, result, context.withPolicy(facts.policy()));
    }

    private List<ClaimReport> claims(DeclaredType type) {
        List<ClaimFacts> claims = new ArrayList<>(facts.claimsOf(type));
        claims.sort(Comparator.comparingInt(c -> c.claim().scope().isResolved()
                ? ScopeLadder.order(c.claim().scope().value()) : ScopeLadder.order(Scope.UNSPECIFIED) + 1));
        return claims.stream().map(c -> new ClaimReport(c, components(c.claim()), derived(type, c.claim()))).toList();
    }

    private Derived derived(DeclaredType type, Claim claim) {
        Optional<BigDecimal> hours = ComputeFigures.hours(claim);
        Optional<BigDecimal> amount = claim.amount().hasText()
                ? Quantity.tryParse(claim.amount().value()).map(Quantity::value) : Optional.empty();
        Optional<String> rate = hours.filter(h -> h.signum() > 0).flatMap(h -> amount.map(a -> Numbers.divide(a, h)))
                .map(r -> Numbers.plain(r.round(new MathContext(4))));
        Optional<ComputeFigures.Figure> work = type.release().flatMap(ComputeFigures::trainingWork);
        Optional<BigDecimal> peak = claim.items().stream().filter(i -> i.component().is(CostComponent.FINAL_RUN_COMPUTE))
                .findFirst().flatMap(i -> ComputeFigures.peakWork(i.compute(), facts.catalog())).map(ComputeFigures.Figure::value);
        Optional<String> utilization = work.flatMap(w -> peak.filter(p -> p.signum() > 0)
                .map(p -> Numbers.percent(Numbers.divide(w.value(), p))));
        return new Derived(hours.map(Numbers::human), rate, work.map(w -> Numbers.scientific(w.value())), utilization);
    }

    /** One row per component, in the enum's order. */
    List<ComponentRow> components(Claim claim) {
        List<ComponentRow> rows = new ArrayList<>();
        Scope scope = claim.scope().isResolved() ? claim.scope().value() : Scope.UNSPECIFIED;
        for (CostComponent component : CostComponent.values()) {
            rows.add(row(claim, scope, component));
        }
        return rows;
    }

    private ComponentRow row(Claim claim, Scope scope, CostComponent component) {
        Optional<Item> item = claim.items().stream().filter(i -> i.component().is(component)).findFirst();
        if (item.isPresent()) {
            String amount = item.get().amount().text();
            return new ComponentRow(component, amount.isEmpty() ? ComponentStatus.INCLUDED_NOT_ITEMIZED
                    : ComponentStatus.INCLUDED, amount, "", "", "");
        }
        Optional<Exclusion> excluded = claim.excludes().stream().filter(e -> e.component().is(component)).findFirst();
        if (excluded.isPresent()) {
            Exclusion e = excluded.get();
            return new ComponentRow(component, ComponentStatus.EXCLUDED, "", e.reason().text(), e.low().text(),
                    e.high().text());
        }
        ComponentStatus status = scope == Scope.UNSPECIFIED ? ComponentStatus.UNKNOWN
                : facts.policy().allows(scope, component) ? ComponentStatus.MISSING : ComponentStatus.OUT_OF_SCOPE;
        return new ComponentRow(component, status, "", "", "", "");
    }
}
