package dev.costscope.report;

import dev.costscope.annotations.CostComponent;
import dev.costscope.annotations.Scope;
import dev.costscope.lint.LintResult;
import dev.costscope.model.Claim;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.Exclusion;
import dev.costscope.model.Item;
import dev.costscope.model.ScopePolicy;
import dev.costscope.model.SourceModel;
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
        return claims.stream().map(claim -> new ClaimReport(claim, components(claim))).toList();
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
