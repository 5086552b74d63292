package dev.costscope.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import dev.costscope.extract.ScanRequest;
import dev.costscope.extract.SourceScanner;
import dev.costscope.lint.Baseline;
import dev.costscope.lint.Linter;
import dev.costscope.model.SourceModel;
import dev.costscope.report.BaselineFile;
import dev.costscope.rules.RuleSettings;
import dev.costscope.rules.Rules;
import dev.costscope.analysis.ProjectFacts;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code baseline} goal, and {@code check} against the baseline it writes. */
@MojoTest
class BaselineMojoTest {

    private static final String POM = "src/test/resources/unit/check/pom.xml";

    private static final String TWO_CLAIMS = """
            package com.acme;

            import dev.costscope.annotations.*;

            @ModelRelease(name = "Legacy")
            @TrainingCost(amount = "6M", basis = Basis.THIRD_PARTY_ESTIMATE, source = "press")
            @TrainingCost(scope = Scope.FINAL_RUN, amount = "2M", basis = Basis.RENTAL_EQUIVALENT,
                items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "2M",
                    compute = @Compute(accelerator = "H100", hours = "1M", ratePerHour = "2")))
            public final class Legacy {}
            """;

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    private Path baseline() {
        return project.resolve("costscope-baseline.json");
    }

    private <M extends AbstractCostMojo> M prepare(M mojo) throws IllegalAccessException {
        MojoSetup.inProject(mojo, project, log);
        MojoExtension.setVariableValueToObject(mojo, "baselineFile", baseline().toFile());
        return mojo;
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Writes the baseline of the project's current findings the way the baseline goal does. */
    private void recordBaseline() throws IOException {
        SourceModel model = new SourceScanner().scan(ScanRequest.of(List.of(project.resolve("src/main/java")), project,
                StandardCharsets.UTF_8));
        ProjectFacts facts = RuleSettings.defaults().analyzer().analyze(model);
        Files.writeString(baseline(), BaselineFile.write(Baseline.of(new Linter(Rules.all()).lint(facts))));
    }

    @Test
    @InjectMojo(goal = "baseline", pom = POM)
    void theBaselineGoalRecordsEveryFindingWithoutLines(BaselineMojo baselineMojo) throws Exception {
        write("src/main/java/com/acme/Legacy.java", TWO_CLAIMS);
        Files.writeString(baseline(), "{\"formatVersion\": \"1.0\", \"findings\": []}");
        prepare(baselineMojo).execute();
        assertThat(log.lines).last().isEqualTo("[INFO] costscope: 2 finding(s) recorded in the baseline " + baseline()
                + "; check fails only on findings not in it");
        String json = Files.readString(baseline());
        assertThat(json).contains("\"rule\" : \"unscoped-claim\"", "\"rule\" : \"missing-provenance\"").doesNotContain("line");
        String recorded = json;
        recordBaseline();
        assertThat(Files.readString(baseline())).isEqualTo(recorded);
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void checkFailsOnlyOnFindingsNotInTheBaseline(CheckMojo check) throws Exception {
        write("src/main/java/com/acme/Legacy.java", TWO_CLAIMS);
        recordBaseline();
        prepare(check).execute();
        assertThat(log.lines).last().asString().startsWith("[INFO] costscope: 0 error(s), 0 warning(s), 0 note(s),"
                + " 0 suppressed, 2 baselined, 0 processing error(s)");

        // Lines added above the old claims, their amount edited, and a new unscoped claim in another file.
        write("src/main/java/com/acme/Legacy.java", TWO_CLAIMS.replace("@ModelRelease", "// moved\n// down\n@ModelRelease")
                .replace("\"6M\"", "\"6.5M\""));
        write("src/main/java/com/acme/Fresh.java", TWO_CLAIMS.replace("Legacy", "Fresh")
                .replace("@TrainingCost(scope = Scope.FINAL_RUN", "@SuppressWarnings(\"cost:missing-provenance\")\n@TrainingCost(scope = Scope.FINAL_RUN"));
        log.lines.clear();
        assertThatThrownBy(check::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("costscope: 1 finding(s) at or above ERROR (unscoped-claim)");
        assertThat(log.lines).filteredOn(line -> line.startsWith("[ERROR]"))
                .singleElement().asString().startsWith("[ERROR] src/main/java/com/acme/Fresh.java:[6,1] [unscoped-claim]");
        assertThat(log.lines).last().asString().contains("1 error(s)", "2 baselined");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void entriesThatNoLongerMatchAreListed(CheckMojo check) throws Exception {
        write("src/main/java/com/acme/Legacy.java", TWO_CLAIMS);
        recordBaseline();
        write("src/main/java/com/acme/Legacy.java", TWO_CLAIMS.replace("Basis.RENTAL_EQUIVALENT,", "Basis.RENTAL_EQUIVALENT, source = \"card\","));
        log.lines.clear();
        prepare(check).execute();
        assertThat(log.lines).contains("[INFO] costscope: 1 baseline entry in " + baseline() + " no longer matches a finding"
                        + " (fixed, or changed); run cost:baseline to drop it:",
                "[INFO] costscope: no longer found: src/main/java/com/acme/Legacy.java [missing-provenance] The claim has no"
                        + " source (add source = \"<report, table or page>\"), so a reader cannot tell where the figure comes from.");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aBrokenBaselineIsAnErrorNamingTheFileAndTheParameter(CheckMojo check) throws Exception {
        write("src/main/java/com/acme/Legacy.java", TWO_CLAIMS);
        Files.writeString(baseline(), "{\"formatVersion\": \"2.0\", \"findings\": []}");
        assertThatThrownBy(prepare(check)::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("costscope: the baseline " + baseline() + " (<baselineFile>, cost.baselineFile)"
                        + " cannot be used: it does not conform to costscope-baseline-1.0.schema.json: ")
                .hasMessageEndingWith(". Write it again with mvn cost:baseline, or fix it.");
    }
}
