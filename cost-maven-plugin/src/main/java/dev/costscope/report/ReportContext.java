package dev.costscope.report;

import dev.costscope.lint.Rule;
import dev.costscope.lint.RuleSeverities;
import dev.costscope.model.ScopePolicy;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a report comes from: the generator, the project, the rules that were run and the instant
 * it is dated with, only when the build asks for one ({@code project.build.outputTimestamp}), so that
 * two builds of the same sources give the same bytes.
 *
 * @param generatorVersion the version of costscope that wrote the report
 * @param project          the project's coordinates, when known
 * @param rules            the rules that were run, sorted by id
 * @param generatedAt      the instant the report is dated with, if any
 * @param severities       the severities the build gives the rules where they differ from their own
 * @param policy           the scope policy the claims were judged by, with its name and origin
 */
public record ReportContext(String generatorVersion, Optional<ProjectCoordinates> project, List<Rule> rules,
                            Optional<Instant> generatedAt, RuleSeverities severities, ScopePolicy policy) {

    /** The generator's name, as reports write it. */
    public static final String GENERATOR = "costscope";

    public ReportContext {
        Objects.requireNonNull(generatorVersion, "generatorVersion");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(severities, "severities");
        Objects.requireNonNull(policy, "policy");
        rules = List.copyOf(rules);
    }

    /** A context of {@code rules} run by costscope {@code generatorVersion}, of no known project, undated. */
    public static ReportContext of(String generatorVersion, List<Rule> rules) {
        return new ReportContext(generatorVersion, Optional.empty(), rules, Optional.empty(), RuleSeverities.none(),
                ScopePolicy.defaults());
    }

    /** This context for {@code project}. */
    public ReportContext forProject(ProjectCoordinates project) {
        return new ReportContext(generatorVersion, Optional.of(project), rules, generatedAt, severities, policy);
    }

    /** This context dated {@code at}, if given. */
    public ReportContext dated(Optional<Instant> at) {
        return new ReportContext(generatorVersion, project, rules, at, severities, policy);
    }

    /** This context judged by {@code judgedBy}. */
    public ReportContext withPolicy(ScopePolicy judgedBy) {
        return new ReportContext(generatorVersion, project, rules, generatedAt, severities, judgedBy);
    }

    /** This context with the rules at {@code overrides}' severities. */
    public ReportContext withSeverities(RuleSeverities overrides) {
        return new ReportContext(generatorVersion, project, rules, generatedAt, overrides, policy);
    }
}
