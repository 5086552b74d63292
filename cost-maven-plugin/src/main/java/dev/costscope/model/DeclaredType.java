package dev.costscope.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A type that carries costscope annotations: its release (if any), its claims, the rules suppressed
 * on it with {@code @SuppressWarnings("cost:<rule>")}, and the values that could not be evaluated.
 */
public record DeclaredType(
        String qualifiedName,
        SourceLocation location,
        Optional<ModelRelease> release,
        List<Claim> claims,
        Set<String> suppressions,
        List<UnresolvedValue> unresolved) implements Suppressible {

    public DeclaredType {
        claims = List.copyOf(claims);
        suppressions = Set.copyOf(suppressions);
        unresolved = List.copyOf(unresolved);
    }

    /** Whether {@code @SuppressWarnings} on this type names {@code cost:<ruleId>} or {@code cost:all}. */
    @Override
    public boolean suppresses(String ruleId) {
        return suppressions.contains(ruleId) || suppressions.contains("all");
    }
}
