package dev.costscope.analysis;

import dev.costscope.model.AcceleratorCatalog;
import dev.costscope.model.Claim;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.ScopePolicy;
import dev.costscope.model.SourceModel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts of a whole source model: every claim's facts in the model's order, and the policy and
 * catalog they were derived under, so that rules and report judge by the same ones. Immutable.
 */
public final class ProjectFacts {

    private final SourceModel model;
    private final List<ClaimFacts> claims;
    private final ScopePolicy policy;
    private final AcceleratorCatalog catalog;
    private final Map<Claim, ClaimFacts> byClaim = new IdentityHashMap<>();
    private final Map<DeclaredType, List<ClaimFacts>> byType = new IdentityHashMap<>();

    /** Facts of {@code model}: {@code claims} in the model's order, derived under {@code policy} and {@code catalog}. */
    public ProjectFacts(SourceModel model, List<ClaimFacts> claims, ScopePolicy policy, AcceleratorCatalog catalog) {
        this.model = model;
        this.claims = List.copyOf(claims);
        this.policy = policy;
        this.catalog = catalog;
        for (ClaimFacts facts : this.claims) {
            byClaim.put(facts.claim(), facts);
            byType.computeIfAbsent(facts.owner(), t -> new ArrayList<>()).add(facts);
        }
    }

    /** What the extractor read. */
    public SourceModel model() {
        return model;
    }

    /** The facts of every claim, orphans included, in the model's order. */
    public List<ClaimFacts> claims() {
        return claims;
    }

    /** The scope policy the component tables follow. */
    public ScopePolicy policy() {
        return policy;
    }

    /** The accelerators the derived figures use. */
    public AcceleratorCatalog catalog() {
        return catalog;
    }

    /** The facts of {@code claim}, which must be a claim of this model (looked up by identity). */
    public ClaimFacts of(Claim claim) {
        ClaimFacts facts = byClaim.get(claim);
        if (facts == null) {
            throw new IllegalArgumentException("not a claim of this model: " + claim.location());
        }
        return facts;
    }

    /** The facts of the claims {@code type} declares, in source order. */
    public List<ClaimFacts> claimsOf(DeclaredType type) {
        return List.copyOf(byType.getOrDefault(type, List.of()));
    }
}
