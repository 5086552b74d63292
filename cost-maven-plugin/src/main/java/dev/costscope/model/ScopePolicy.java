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
import java.util.function.Predicate;

/**
 * Which components a claim of each scope must account for (DESIGN.md section 1), with the policy's
 * name and where it came from, so that a report can say which policy judged it. A scope allows
 * exactly the components it requires: an item outside them means the claim is mislabeled. Built in,
 * or read by {@link ScopePolicyReader}; changed per scope with {@link #withRequirements}.
 */
public final class ScopePolicy {

    /** The name of the built-in policy. */
    public static final String DEFAULT_NAME = "costscope default";

    /** Where the built-in policy comes from. */
    public static final String BUILT_IN = "built in";

    private static final ScopePolicy DEFAULT = new ScopePolicy(DEFAULT_NAME, BUILT_IN, defaultRequirements());

    private final String name;
    private final String origin;
    private final Map<Scope, Set<CostComponent>> required;

    private ScopePolicy(String name, String origin, Map<Scope, Set<CostComponent>> required) {
        this.name = name;
        this.origin = origin;
        this.required = required;
    }

    /** The default policy. */
    public static ScopePolicy defaults() {
        return DEFAULT;
    }

    /** The policy's name, e.g. {@code costscope default} or a company's name for its own. */
    public String name() {
        return name;
    }

    /** Where the policy came from: {@code built in}, a file, a URL or a classpath resource, then any pom overrides. */
    public String origin() {
        return origin;
    }

    /** Whether this is the built-in policy, unchanged. */
    public boolean isDefault() {
        return this == DEFAULT;
    }

    /**
     * This policy with the scopes of {@code changes} requiring exactly the components given there
     * (the other scopes unchanged), named {@code newName} and said to come from {@code newOrigin}.
     *
     * @throws IllegalArgumentException when a scope would require no component, or {@code UNSPECIFIED} is given
     */
    public ScopePolicy withRequirements(String newName, String newOrigin, Map<Scope, Set<CostComponent>> changes) {
        Map<Scope, Set<CostComponent>> map = new EnumMap<>(Scope.class);
        map.putAll(required);
        for (Map.Entry<Scope, Set<CostComponent>> change : changes.entrySet()) {
            if (change.getKey() == Scope.UNSPECIFIED) {
                throw new IllegalArgumentException("UNSPECIFIED is not a scope a policy can define; use one of "
                        + ScopeLadder.DECLARABLE);
            }
            if (change.getValue().isEmpty()) {
                throw new IllegalArgumentException(change.getKey() + " must require at least one component");
            }
            map.put(change.getKey(), Collections.unmodifiableSet(EnumSet.copyOf(change.getValue())));
        }
        return new ScopePolicy(newName, newOrigin, Collections.unmodifiableMap(map));
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

    /** {@code name (origin)}, as logs and reports name the policy. */
    @Override
    public String toString() {
        return name + " (" + origin + ")";
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
        return widestBelow(scope, candidate -> covered.containsAll(required(candidate)));
    }

    /**
     * The widest scope narrower than {@code scope} on the ladder that {@code covered} fits: it meets the
     * scope's requirements and every component in it belongs there. A figure that includes salaries
     * fits no scope below {@code RESEARCH_AND_DEVELOPMENT}, whatever else it covers.
     */
    public Optional<Scope> widestFittingBelow(Scope scope, Set<CostComponent> covered) {
        return widestBelow(scope, candidate -> covered.containsAll(required(candidate))
                && required(candidate).containsAll(covered));
    }

    private Optional<Scope> widestBelow(Scope scope, Predicate<Scope> test) {
        List<Scope> ladder = ScopeLadder.LADDER;
        for (int i = ladder.indexOf(scope) - 1; i >= 0; i--) {
            if (test.test(ladder.get(i))) {
                return Optional.of(ladder.get(i));
            }
        }
        return Optional.empty();
    }
}
