package dev.costscope.report;

import dev.costscope.lint.Rule;
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
 */
public record ReportContext(String generatorVersion, Optional<ProjectCoordinates> project, List<Rule> rules,
                            Optional<Instant> generatedAt) {

    /** The generator's name, as reports write it. */
    public static final String GENERATOR = "costscope";

    public ReportContext {
        Objects.requireNonNull(generatorVersion, "generatorVersion");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(generatedAt, "generatedAt");
        rules = List.copyOf(rules);
    }

    /** A context of {@code rules} run by costscope {@code generatorVersion}, of no known project, undated. */
    public static ReportContext of(String generatorVersion, List<Rule> rules) {
        return new ReportContext(generatorVersion, Optional.empty(), rules, Optional.empty());
    }

    /** This context for {@code project}. */
    public ReportContext forProject(ProjectCoordinates project) {
        return new ReportContext(generatorVersion, Optional.of(project), rules, generatedAt);
    }

    /** This context dated {@code at}, if given. */
    public ReportContext dated(Optional<Instant> at) {
        return new ReportContext(generatorVersion, project, rules, at);
    }
}
