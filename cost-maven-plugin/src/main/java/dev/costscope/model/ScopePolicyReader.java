package dev.costscope.model;

import dev.costscope.annotations.CostComponent;
import dev.costscope.annotations.Scope;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a scope policy from text, one line a setting, {@code #} starting a comment:
 * <pre>
 * name = ACME training-cost policy
 * ALL_TRAINING_RUNS = FINAL_RUN_COMPUTE, EXPERIMENTS, DATA
 * </pre>
 * Each scope line says every component a claim of that scope must account for; a scope not named
 * keeps the built-in requirement. Scope and component names are those of the annotations, in any case.
 */
public final class ScopePolicyReader {

    private ScopePolicyReader() {
    }

    /**
     * The policy {@code text} describes, starting from the built-in one.
     *
     * @param text   the policy file's content
     * @param origin where it was read from, for messages and reports
     * @throws InvalidPolicyException naming the line and what is allowed there
     */
    public static ScopePolicy read(String text, String origin) throws InvalidPolicyException {
        String name = null;
        Map<Scope, Set<CostComponent>> requirements = new EnumMap<>(Scope.class);
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = stripComment(lines[i]).strip();
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new InvalidPolicyException(origin, number, "'" + line + "' is not key = value; write"
                        + " name = <policy name> or <SCOPE> = <COMPONENT>, <COMPONENT>, ...");
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            if (key.equalsIgnoreCase("name")) {
                if (value.isEmpty()) {
                    throw new InvalidPolicyException(origin, number, "the policy's name is empty");
                }
                name = value;
                continue;
            }
            Scope scope = scope(key, origin, number);
            if (requirements.containsKey(scope)) {
                throw new InvalidPolicyException(origin, number, scope + " is defined twice");
            }
            requirements.put(scope, components(value, scope, origin, number));
        }
        try {
            return ScopePolicy.defaults().withRequirements(name == null ? origin : name, origin, requirements);
        } catch (IllegalArgumentException e) {
            throw new InvalidPolicyException(origin, 0, e.getMessage());
        }
    }

    /**
     * The requirement one scope states, as {@code COMPONENT, COMPONENT}: used for policy files and
     * for a pom's per-scope overrides alike.
     *
     * @throws IllegalArgumentException naming the unknown component and the allowed ones
     */
    public static Set<CostComponent> components(String list, Scope scope) {
        Set<CostComponent> components = EnumSet.noneOf(CostComponent.class);
        for (String part : list.split(",")) {
            String word = part.strip();
            if (word.isEmpty()) {
                continue;
            }
            try {
                components.add(CostComponent.valueOf(word.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown component '" + word + "' for " + scope + "; use "
                        + Arrays.toString(CostComponent.values()).replaceAll("[\\[\\]]", ""));
            }
        }
        if (components.isEmpty()) {
            throw new IllegalArgumentException(scope + " must require at least one component");
        }
        return components;
    }

    /**
     * The scope a user names, in any case.
     *
     * @throws IllegalArgumentException naming the unknown scope and the allowed ones
     */
    public static Scope scope(String word) {
        for (Scope scope : ScopeLadder.DECLARABLE) {
            if (scope.name().equalsIgnoreCase(word.strip())) {
                return scope;
            }
        }
        throw new IllegalArgumentException("unknown scope '" + word + "'; use "
                + ScopeLadder.DECLARABLE.toString().replaceAll("[\\[\\]]", ""));
    }

    private static Scope scope(String word, String origin, int line) throws InvalidPolicyException {
        try {
            return scope(word);
        } catch (IllegalArgumentException e) {
            throw new InvalidPolicyException(origin, line, e.getMessage() + ", or name");
        }
    }

    private static Set<CostComponent> components(String list, Scope scope, String origin, int line)
            throws InvalidPolicyException {
        try {
            return components(list, scope);
        } catch (IllegalArgumentException e) {
            throw new InvalidPolicyException(origin, line, e.getMessage());
        }
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
