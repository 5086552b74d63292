package dev.costscope.model;

import dev.costscope.annotations.CostComponent;
import dev.costscope.annotations.Scope;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which components a claim of each scope must account for (DESIGN.md section 1). A scope allows
 * exactly the components it requires: an item outside them means the claim is mislabeled.
 */
public final class ScopePolicy {

    private static final ScopePolicy DEFAULT = new ScopePolicy(defaultRequirements());

    private final Map<Scope, Set<CostComponent>> required;

    private ScopePolicy(Map<Scope, Set<CostComponent>> required) {
        this.required = required;
    }

    /** The default policy. */
    public static ScopePolicy defaults() {
        return DEFAULT;
    }

    private static Map<Scope, Set<CostComponent>> defaultRequirements() {
        Map<Scope, Set<CostComponent>> map = new EnumMap<>(Scope.class);
        Set<CostComponent> finalRun = EnumSet.of(CostComponent.FINAL_RUN_COMPUTE);
        Set<CostComponent> allRuns = with(finalRun, CostComponent.EXPERIMENTS);
        Set<CostComponent> research = with(allRuns, CostComponent.PERSONNEL, CostComponent.DATA);
        Set<CostComponent> program = with(research,
                CostComponent.HARDWARE_ACQUISITION, CostComponent.FACILITIES, CostComponent.ENERGY);
        map.put(Scope.FINAL_RUN, finalRun);
        map.put(Scope.ALL_TRAINING_RUNS, allRuns);
        map.put(Scope.RESEARCH_AND_DEVELOPMENT, research);
        map.put(Scope.TOTAL_PROGRAM, program);
        map.put(Scope.AMORTIZED, EnumSet.of(CostComponent.HARDWARE_DEPRECIATION, CostComponent.ENERGY));
        map.replaceAll((scope, set) -> Collections.unmodifiableSet(set));
        return Collections.unmodifiableMap(map);
    }

    private static Set<CostComponent> with(Set<CostComponent> base, CostComponent... more) {
        Set<CostComponent> set = EnumSet.copyOf(base);
        set.addAll(List.of(more));
        return set;
    }

    /** The components a claim of {@code scope} must account for; empty for {@code UNSPECIFIED}. */
    public Set<CostComponent> required(Scope scope) {
        return required.getOrDefault(scope, Set.of());
    }

    /** Whether an item of {@code component} belongs in a claim of {@code scope}. */
    public boolean allows(Scope scope, CostComponent component) {
        return required(scope).contains(component);
    }

    /**
     * The narrowest scope whose components include all of {@code components}, if any: the one that
     * requires the fewest components, the lower on {@link ScopeLadder} when two require as many.
     */
    public Optional<Scope> narrowestAllowing(Set<CostComponent> components) {
        return ScopeLadder.DECLARABLE.stream().filter(scope -> required(scope).containsAll(components))
                .min(Comparator.comparingInt((Scope scope) -> required(scope).size()).thenComparingInt(ScopeLadder::order));
    }

    /** The widest scope narrower than {@code scope} on the ladder whose requirements {@code covered} meets. */
    public Optional<Scope> widestCoveredBelow(Scope scope, Set<CostComponent> covered) {
        List<Scope> ladder = ScopeLadder.LADDER;
        for (int i = ladder.indexOf(scope) - 1; i >= 0; i--) {
            if (covered.containsAll(required(ladder.get(i)))) {
                return Optional.of(ladder.get(i));
            }
        }
        return Optional.empty();
    }
}
