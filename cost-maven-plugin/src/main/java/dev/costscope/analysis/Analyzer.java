package dev.costscope.analysis;

import dev.costscope.annotations.CostComponent;
import dev.costscope.annotations.Scope;
import dev.costscope.model.Accelerator;
import dev.costscope.model.AcceleratorCatalog;
import dev.costscope.model.Claim;
import dev.costscope.model.Compute;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.Exclusion;
import dev.costscope.model.Item;
import dev.costscope.model.ModelRelease;
import dev.costscope.model.ScopePolicy;
import dev.costscope.model.SourceModel;
import dev.costscope.model.Value;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a source model into facts, once, under one scope policy and one accelerator catalog: every
 * quantity parsed, every claim's component table, every derived figure with its formula.
 * Stateless and safe to share between threads.
 */
public final class Analyzer {

    private final ScopePolicy policy;
    private final AcceleratorCatalog catalog;

    /** An analyzer judging components by {@code policy} and accelerators by {@code catalog}. */
    public Analyzer(ScopePolicy policy, AcceleratorCatalog catalog) {
        this.policy = policy;
        this.catalog = catalog;
    }

    /** The facts of every release and claim of {@code model}. */
    public ProjectFacts analyze(SourceModel model) {
        ClaimIds ids = new ClaimIds();
        List<ClaimFacts> claims = new ArrayList<>();
        Map<DeclaredType, ReleaseFacts> releases = new IdentityHashMap<>();
        for (DeclaredType type : model.types()) {
            Optional<ReleaseFacts> release = type.release().map(Analyzer::release);
            release.ifPresent(r -> releases.put(type, r));
            for (Claim claim : type.claims()) {
                claims.add(claim(ids.next(type, claim), type, claim, release.flatMap(ReleaseFacts::trainingWork)));
            }
        }
        return new ProjectFacts(model, releases, claims, policy, catalog);
    }

    private static ReleaseFacts release(ModelRelease release) {
        QuantityFact total = number(release.totalParameters());
        QuantityFact active = number(release.activeParameters());
        QuantityFact tokens = number(release.trainingTokens());
        return new ReleaseFacts(release, total, active, tokens, Derivations.trainingWork(active.isStated() ? active : total,
                active.isStated(), tokens));
    }

    private ClaimFacts claim(String id, DeclaredType owner, Claim claim, Optional<Figure> trainingWork) {
        String currency = claim.currency().text().toUpperCase(Locale.ROOT);
        List<ItemFacts> items = new ArrayList<>();
        for (Item item : claim.items()) {
            items.add(item(item, currency, trainingWork));
        }
        List<ExclusionFacts> exclusions = new ArrayList<>();
        for (Exclusion exclusion : claim.excludes()) {
            exclusions.add(new ExclusionFacts(exclusion, money(exclusion.low(), currency), money(exclusion.high(), currency)));
        }
        QuantityFact amount = money(claim.amount(), currency);
        List<ComputeFacts> compute = items.stream().flatMap(i -> i.compute().stream()).toList();
        Optional<Figure> hours = Derivations.acceleratorHours(compute);
        DerivedFigures derived = new DerivedFigures(hours, Derivations.impliedRate(amount, hours, currency), trainingWork,
                items.stream().flatMap(i -> i.utilization().stream()).toList(), Derivations.statedEnergy(compute),
                Derivations.acceleratorEnergy(compute),
                Derivations.sum(compute, ComputeFacts::locationBasedEmissions, "tCO2eq", "location-based emissions"),
                Derivations.sum(compute, ComputeFacts::marketBasedEmissions, "tCO2eq", "market-based emissions"),
                Derivations.sum(compute, ComputeFacts::wallClock, "hours", "stated wall-clock"));
        return new ClaimFacts(id, owner, claim, currency, amount, money(claim.low(), currency), money(claim.high(), currency),
                items, exclusions, components(claim, items, exclusions), derived);
    }

    private ItemFacts item(Item item, String currency, Optional<Figure> trainingWork) {
        List<ComputeFacts> compute = new ArrayList<>();
        for (Compute c : item.compute()) {
            compute.add(compute(c, currency));
        }
        boolean finalRun = item.component().is(CostComponent.FINAL_RUN_COMPUTE);
        return new ItemFacts(item, money(item.amount(), currency), money(item.low(), currency), money(item.high(), currency),
                compute, Derivations.priced(compute), Derivations.utilization(compute, finalRun ? trainingWork : Optional.empty()));
    }

    private ComputeFacts compute(Compute c, String currency) {
        Optional<Accelerator> accelerator = catalog.of(c);
        QuantityFact hours = number(c.hours());
        return new ComputeFacts(c, accelerator, hours, money(c.ratePerHour(), currency), number(c.flops()),
                QuantityReader.read(c.energy(), QuantityKind.ENERGY, currency),
                QuantityReader.read(c.locationBasedEmissions(), QuantityKind.EMISSIONS, currency),
                QuantityReader.read(c.marketBasedEmissions(), QuantityKind.EMISSIONS, currency),
                QuantityReader.read(c.wallClock(), QuantityKind.DURATION, currency),
                Derivations.peakWork(c, hours, accelerator), Derivations.acceleratorEnergy(c, hours, accelerator));
    }

    /** One row per component, in the enum's order, under the policy. */
    private List<ComponentRow> components(Claim claim, List<ItemFacts> items, List<ExclusionFacts> exclusions) {
        Scope scope = claim.scope().isResolved() ? claim.scope().value() : Scope.UNSPECIFIED;
        List<ComponentRow> rows = new ArrayList<>();
        for (CostComponent component : CostComponent.values()) {
            rows.add(row(scope, component, items, exclusions, claim));
        }
        return rows;
    }

    private ComponentRow row(Scope scope, CostComponent component, List<ItemFacts> items, List<ExclusionFacts> exclusions,
                             Claim claim) {
        QuantityFact none = new QuantityFact(QuantityFact.State.NOT_STATED, "", null, "", "", claim.location());
        for (ItemFacts item : items) {
            if (item.item().component().is(component)) {
                return new ComponentRow(component, item.amount().isStated() ? ComponentStatus.INCLUDED
                        : ComponentStatus.INCLUDED_NOT_ITEMIZED, item.amount(), "", item.low(), item.high());
            }
        }
        for (ExclusionFacts e : exclusions) {
            if (e.exclusion().component().is(component)) {
                return new ComponentRow(component, ComponentStatus.EXCLUDED, none, e.exclusion().reason().text(), e.low(),
                        e.high());
            }
        }
        ComponentStatus status = scope == Scope.UNSPECIFIED ? ComponentStatus.UNKNOWN
                : policy.allows(scope, component) ? ComponentStatus.MISSING : ComponentStatus.OUT_OF_SCOPE;
        return new ComponentRow(component, status, none, "", none, none);
    }

    private static QuantityFact number(Value<String> value) {
        return QuantityReader.read(value, QuantityKind.NUMBER, "");
    }

    private static QuantityFact money(Value<String> value, String currency) {
        return QuantityReader.read(value, QuantityKind.MONEY, currency);
    }
}
