package dev.costscope.maven;

import dev.costscope.annotations.CostComponent;
import dev.costscope.annotations.Scope;
import dev.costscope.model.InvalidPolicyException;
import dev.costscope.model.ScopePolicy;
import dev.costscope.model.ScopePolicyLocator;
import dev.costscope.model.ScopePolicyReader;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The scope policy a build asks for, in the pom's words: the built-in one, or the file, URL or
 * classpath resource of {@code policyLocation}, then the per-scope {@code scopeRequirements} of the
 * pom on top. Errors name the parameter, its property and what is allowed.
 */
final class PolicyConfiguration {

    private PolicyConfiguration() {
    }

    static ScopePolicy resolve(String location, Map<String, String> requirements, Path basedir, ClassLoader loader)
            throws MojoExecutionException {
        ScopePolicy policy = ScopePolicy.defaults();
        if (location != null && !location.isBlank()) {
            try {
                policy = ScopePolicyLocator.load(location, basedir, loader);
            } catch (InvalidPolicyException e) {
                throw new MojoExecutionException("costscope: <policyLocation> (cost.policyLocation) " + e.describe()
                        + (e.line() > 0 ? ". Each line is name = <policy name> or <SCOPE> = <COMPONENT>, <COMPONENT>" : ""));
            }
        }
        if (requirements == null || requirements.isEmpty()) {
            return policy;
        }
        Map<Scope, Set<CostComponent>> changes = new EnumMap<>(Scope.class);
        for (Map.Entry<String, String> entry : new TreeMap<>(requirements).entrySet()) {
            try {
                Scope scope = ScopePolicyReader.scope(entry.getKey());
                changes.put(scope, ScopePolicyReader.components(entry.getValue() == null ? "" : entry.getValue(), scope));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("costscope: <scopeRequirements><" + entry.getKey() + ">: " + e.getMessage()
                        + "; write e.g. <ALL_TRAINING_RUNS>FINAL_RUN_COMPUTE, EXPERIMENTS, DATA</ALL_TRAINING_RUNS>");
            }
        }
        String origin = policy.origin() + ", changed by <scopeRequirements> in the pom for " + changes.keySet().toString()
                .replaceAll("[\\[\\]]", "");
        return policy.withRequirements(policy.name(), origin, changes);
    }
}
