package dev.costscope.lint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The severity the build gives each rule, where it differs from the rule's own: a new severity, or
 * {@code OFF}. Applied once, to the lint result, so that the log, the verdict and every report see
 * the same findings at the same severities.
 */
public final class RuleSeverities {

    /** The word that switches a rule off. */
    public static final String OFF = "OFF";

    private static final RuleSeverities NONE = new RuleSeverities(Map.of());

    /** Rule id to its severity; an empty value switches the rule off. */
    private final Map<String, Optional<Severity>> overrides;

    private RuleSeverities(Map<String, Optional<Severity>> overrides) {
        this.overrides = Collections.unmodifiableMap(new TreeMap<>(overrides));
    }

    /** No override: every rule at its own severity. */
    public static RuleSeverities none() {
        return NONE;
    }

    /**
     * Reads overrides written {@code rule-id=SEVERITY} (or {@code rule-id:SEVERITY}), where SEVERITY
     * is {@code ERROR}, {@code WARNING}, {@code NOTE} or {@code OFF}, in any case.
     *
     * @param entries the overrides as written
     * @param ruleIds the ids of the rules that exist
     * @throws IllegalArgumentException naming the entry at fault and what is allowed
     */
    public static RuleSeverities parse(List<String> entries, Collection<String> ruleIds) {
        Map<String, Optional<Severity>> overrides = new TreeMap<>();
        for (String entry : entries) {
            if (entry == null || entry.isBlank()) {
                continue;
            }
            int split = indexOfSeparator(entry);
            if (split < 0) {
                throw new IllegalArgumentException("'" + entry + "' is not rule-id=SEVERITY, e.g. missing-provenance=ERROR"
                        + " or rate-outlier=OFF");
            }
            String rule = entry.substring(0, split).strip();
            String level = entry.substring(split + 1).strip();
            if (!ruleIds.contains(rule)) {
                throw new IllegalArgumentException("'" + entry + "' names no rule; the rules are "
                        + String.join(", ", new TreeSet<>(ruleIds)));
            }
            Optional<Severity> severity = level.toUpperCase(Locale.ROOT).equals(OFF) ? Optional.empty()
                    : Optional.of(parseSeverity(entry, level));
            if (overrides.containsKey(rule) && !overrides.get(rule).equals(severity)) {
                throw new IllegalArgumentException("'" + rule + "' is given two severities");
            }
            overrides.put(rule, severity);
        }
        return overrides.isEmpty() ? NONE : new RuleSeverities(overrides);
    }

    private static int indexOfSeparator(String entry) {
        int equals = entry.indexOf('=');
        return equals >= 0 ? equals : entry.indexOf(':');
    }

    private static Severity parseSeverity(String entry, String level) {
        try {
            return Severity.parse(level);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + entry + "' has an unknown severity '" + level
                    + "'; use ERROR, WARNING, NOTE or OFF");
        }
    }

    /** The severity {@code rule}'s findings are reported at by default; empty when the rule is off. */
    public Optional<Severity> severityOf(Rule rule) {
        return overrides.getOrDefault(rule.id(), Optional.of(rule.severity()));
    }

    /** Whether no rule is overridden. */
    public boolean isEmpty() {
        return overrides.isEmpty();
    }

    /**
     * {@code result} with the findings of rules switched off removed (suppressed ones too) and every
     * other finding of an overridden rule at its new severity, in the same order.
     */
    public LintResult apply(LintResult result) {
        if (overrides.isEmpty()) {
            return result;
        }
        return result.withFindings(rewrite(result.findings()), rewrite(result.suppressed()));
    }

    private List<Finding> rewrite(List<Finding> findings) {
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            Optional<Severity> override = overrides.get(finding.ruleId());
            if (override == null) {
                kept.add(finding);
            } else {
                override.ifPresent(severity -> kept.add(finding.withSeverity(severity)));
            }
        }
        Collections.sort(kept);
        return kept;
    }

    /** The overrides as written in a pom, e.g. {@code missing-provenance=ERROR, rate-outlier=OFF}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        overrides.forEach((rule, severity) -> parts.add(rule + "=" + severity.map(Enum::name).orElse(OFF)));
        return String.join(", ", parts);
    }
}
