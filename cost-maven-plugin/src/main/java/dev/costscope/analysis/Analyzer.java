package dev.costscope.analysis;

import dev.costscope.model.AcceleratorCatalog;
import dev.costscope.model.Claim;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.ScopePolicy;
import dev.costscope.model.SourceModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a source model into facts, once, under one scope policy and one accelerator catalog.
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

    /** The facts of every claim of {@code model}. */
    public ProjectFacts analyze(SourceModel model) {
        ClaimIds ids = new ClaimIds();
        List<ClaimFacts> claims = new ArrayList<>();
        for (DeclaredType type : model.types()) {
            for (Claim claim : type.claims()) {
                claims.add(new ClaimFacts(ids.next(type, claim), type, claim));
            }
        }
        return new ProjectFacts(model, claims, policy, catalog);
    }
}
