package dev.costscope.report;

import dev.costscope.annotations.CostComponent;
import dev.costscope.annotations.Scope;
import dev.costscope.lint.LintResult;
import dev.costscope.model.Claim;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.Exclusion;
import dev.costscope.model.Item;
import dev.costscope.model.AcceleratorCatalog;
import dev.costscope.model.ComputeFigures;
import dev.costscope.model.Numbers;
import dev.costscope.model.Quantity;
import dev.costscope.model.ScopePolicy;
import dev.costscope.model.SourceModel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Builds the report of a project from what the extractor read and what the linter found. */
public final class ReportBuilder {

    private static final List<Scope> ORDER = List.of(Scope.FINAL_RUN, Scope.ALL_TRAINING_RUNS,
            Scope.RESEARCH_AND_DEVELOPMENT, Scope.TOTAL_PROGRAM, Scope.AMORTIZED, Scope.UNSPECIFIED);

    private final ScopePolicy policy = ScopePolicy.defaults();
    private final AcceleratorCatalog catalog;

    /** A builder using the built-in accelerator catalog for derived figures. */
    public ReportBuilder() {
        this(AcceleratorCatalog.builtIn());
    }

    /** A builder using {@code catalog} for derived figures. */
    public ReportBuilder(AcceleratorCatalog catalog) {
        this.catalog = catalog;
    }

    /** The report of {@code model}, with {@code result}'s findings, undated. */
    public Report build(SourceModel model, LintResult result) {
        return build(model, result, Optional.empty());
    }

    /** The report of {@code model}, with {@code result}'s findings, dated {@code generatedAt} if given. */
    public Report build(SourceModel model, LintResult result, Optional<Instant> generatedAt) {
        List<ReleaseReport> releases = new ArrayList<>();
        for (DeclaredType type : model.types()) {
            type.release().ifPresent(release -> releases.add(new ReleaseReport(type, release, claims(type))));
        }
        return new Report(releases, result, generatedAt);
    }

    private List<ClaimReport> claims(DeclaredType type) {
        List<Claim> claims = new ArrayList<>(type.claims());
        claims.sort(Comparator.comparingInt(c -> c.scope().isResolved() ? ORDER.indexOf(c.scope().value()) : ORDER.size()));
        return claims.stream().map(claim -> new ClaimReport(claim, components(claim), derived(type, claim))).toList();
    }

    private Derived derived(DeclaredType type, Claim claim) {
        Optional<BigDecimal> hours = ComputeFigures.hours(claim);
        Optional<BigDecimal> amount = claim.amount().hasText()
                ? Quantity.tryParse(claim.amount().value()).map(Quantity::value) : Optional.empty();
        Optional<String> rate = hours.filter(h -> h.signum() > 0).flatMap(h -> amount.map(a -> Numbers.divide(a, h)))
                .map(r -> Numbers.plain(r.round(new MathContext(4))));
        Optional<ComputeFigures.Figure> work = type.release().flatMap(ComputeFigures::trainingWork);
        Optional<BigDecimal> peak = claim.items().stream().filter(i -> i.component().is(CostComponent.FINAL_RUN_COMPUTE))
                .findFirst().flatMap(i -> ComputeFigures.peakWork(i.compute(), catalog)).map(ComputeFigures.Figure::value);
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
                : policy.allows(scope, component) ? ComponentStatus.MISSING : ComponentStatus.OUT_OF_SCOPE;
        return new ComponentRow(component, status, "", "", "", "");
    }
}
