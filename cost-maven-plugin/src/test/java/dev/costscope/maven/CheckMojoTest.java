package dev.costscope.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costscope.report.ReportSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code check} goal as Maven configures it from a pom, against real sources in a temporary project. */
@MojoTest
class CheckMojoTest {

    private static final String POM = "src/test/resources/unit/check/pom.xml";

    private static final String UNSCOPED = """
            package com.acme;

            import dev.costscope.annotations.*;

            @ModelRelease(name = "Headline")
            @TrainingCost(amount = "6M", basis = Basis.THIRD_PARTY_ESTIMATE, source = "press coverage")
            public final class Headline {}
            """;

    private static final String CLEAN = """
            package com.acme;

            import dev.costscope.annotations.*;

            @ModelRelease(name = "Clean")
            @TrainingCost(scope = Scope.FINAL_RUN, amount = "2M", basis = Basis.RENTAL_EQUIVALENT, source = "report",
                items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "2M",
                    compute = @Compute(accelerator = "H100", hours = "1M", ratePerHour = "2")))
            public final class Clean {}
            """;

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    private CheckMojo prepare(CheckMojo mojo) throws IllegalAccessException {
        return MojoSetup.inProject(mojo, project, log);
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aCleanProjectPassesAndPrintsTheSummary(CheckMojo mojo) throws Exception {
        write("src/main/java/com/acme/Clean.java", CLEAN);
        prepare(mojo).execute();
        assertThat(log.lines).containsExactly("[INFO] Clean: FINAL_RUN 2M USD (RENTAL_EQUIVALENT); not included:"
                + " EXPERIMENTS, PERSONNEL, DATA, HARDWARE_ACQUISITION, FACILITIES, ENERGY, HARDWARE_DEPRECIATION",
                "[INFO] costscope: 0 error(s), 0 warning(s), 0 note(s), 0 suppressed,"
                + " 0 processing error(s) in 1 claim(s) of 1 model release(s); 1 file(s) scanned, 1 parsed");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void anUnscopedClaimFailsTheBuildWithFileLineAndRule(CheckMojo mojo) throws Exception {
        write("src/main/java/com/acme/Headline.java", UNSCOPED);
        assertThatThrownBy(prepare(mojo)::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("costscope: 1 finding(s) at or above ERROR");
        assertThat(log.lines).containsExactly("[INFO] Headline: UNSPECIFIED 6M USD (THIRD_PARTY_ESTIMATE)",
                "[ERROR] src/main/java/com/acme/Headline.java:[6,1] [unscoped-claim] The 6M USD claim has no scope: say"
                        + " what it covers; declare scope = Scope.FINAL_RUN if it is the final run's compute only, or the"
                        + " wider scope it covers.",
                "[INFO] Rule unscoped-claim, what it means and how to fix it:"
                        + " https://github.com/costscope/costscope/blob/main/docs/rules/unscoped-claim.md",
                "[INFO] costscope: 1 error(s), 0 warning(s), 0 note(s), 0 suppressed, 0 processing error(s) in 1 claim(s)"
                        + " of 1 model release(s); 1 file(s) scanned, 1 parsed");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipChecksNothing(CheckMojo mojo) throws Exception {
        write("src/main/java/com/acme/Headline.java", UNSCOPED);
        prepare(mojo).execute();
        assertThat(log.lines).containsExactly("[INFO] costscope: skipped (cost.skip)");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOnSeverity", value = "warning")
    void failOnSeverityWarningFailsOnAWarning(CheckMojo mojo) throws Exception {
        write("src/main/java/com/acme/Clean.java", CLEAN.replace(", source = \"report\"", ""));
        assertThatThrownBy(prepare(mojo)::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("costscope: 1 finding(s) at or above WARNING (missing-provenance)");
        assertThat(log.lines).anyMatch(line -> line.startsWith("[WARNING] src/main/java/com/acme/Clean.java:[6,1] [missing-provenance]"));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void warningsAloneDoNotFailByDefault(CheckMojo mojo) throws Exception {
        write("src/main/java/com/acme/Clean.java", CLEAN.replace(", source = \"report\"", ""));
        prepare(mojo).execute();
        assertThat(log.lines).filteredOn(line -> line.startsWith("[WARNING]")).hasSize(1);
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOnSeverity", value = "fatal")
    void anUnknownSeverityNamesTheParameter(CheckMojo mojo) throws Exception {
        assertThatThrownBy(prepare(mojo)::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("costscope: <failOnSeverity> (cost.failOnSeverity): unknown severity 'fatal';"
                        + " use ERROR, WARNING or NOTE");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aSyntaxErrorFailsWithAProcessingErrorAndOtherFilesAreStillChecked(CheckMojo mojo) throws Exception {
        write("src/main/java/com/acme/Broken.java", "package com.acme;\nimport dev.costscope.annotations.*;\nclass Broken {\n");
        write("src/main/java/com/acme/Headline.java", UNSCOPED);
        assertThatThrownBy(prepare(mojo)::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("costscope: 1 finding(s) at or above ERROR (unscoped-claim), each on a line above with what"
                        + " to change; 1 source file(s) could not be read or parsed"
                        + " (set cost.failOnProcessingError=false to report them without failing)");
        assertThat(log.lines).anyMatch(line -> line.startsWith("[ERROR] src/main/java/com/acme/Broken.java:[3,")
                && line.contains(" processing error: Java syntax error"));
        assertThat(log.lines).anyMatch(line -> line.contains("[unscoped-claim]"));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOnProcessingError", value = "false")
    void processingErrorsCanBeReportedWithoutFailing(CheckMojo mojo) throws Exception {
        write("src/main/java/com/acme/Broken.java", "package com.acme;\nimport dev.costscope.annotations.*;\nclass Broken {\n");
        prepare(mojo).execute();
        assertThat(log.lines).first().asString().startsWith("[ERROR] src/main/java/com/acme/Broken.java:[3,14]"
                + " processing error: Java syntax error: Parse error. Found <EOF>");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void suppressedFindingsAreCountedNotPrinted(CheckMojo mojo) throws Exception {
        write("src/main/java/com/acme/Headline.java",
                UNSCOPED.replace("public final class", "@SuppressWarnings(\"cost:unscoped-claim\")\npublic final class"));
        prepare(mojo).execute();
        assertThat(log.lines).last().asString().contains("0 error(s)", "1 suppressed");
        assertThat(log.lines).noneMatch(line -> line.contains("[unscoped-claim]"));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void testSourcesAreCheckedOnlyWhenAsked(CheckMojo mojo) throws Exception {
        write("src/test/java/com/acme/Headline.java", UNSCOPED);
        prepare(mojo).execute();
        MojoExtension.setVariableValueToObject(mojo, "includeTests", "true");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.lines).anyMatch(line -> line.startsWith("[ERROR] src/test/java/com/acme/Headline.java:[6,1]"));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "excludes", value = "**/Headline.java")
    void excludedFilesAreNotChecked(CheckMojo mojo) throws Exception {
        write("src/main/java/com/acme/Headline.java", UNSCOPED);
        prepare(mojo).execute();
        assertThat(log.lines).singleElement().asString().contains("0 file(s) scanned");
    }

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/accelerators/pom.xml")
    void acceleratorsAndToleranceFromThePomReachTheRules(CheckMojo mojo) throws Exception {
        write("src/main/java/com/acme/G.java", """
                package com.acme;

                import dev.costscope.annotations.*;

                @ModelRelease(name = "G", totalParameters = "70B", trainingTokens = "15T")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "2.04M", basis = Basis.RENTAL_EQUIVALENT, source = "card",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE,
                        compute = @Compute(accelerator = "HL-325L", hours = "100K", ratePerHour = "20")))
                public final class G {}
                """);
        assertThatThrownBy(prepare(mojo)::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.lines).noneMatch(line -> line.contains("[unknown-accelerator]"));
        assertThat(log.lines).anyMatch(line -> line.startsWith("[ERROR] src/main/java/com/acme/G.java:[8,61]"
                + " [implausible-utilization] implied utilization 953.7%: 6 × 70B parameters × 15T tokens = 6.3e24 FLOP"
                + " in 100K HL-325L-hours × 3600 s × 1835 TFLOP/s (peak dense BF16)"));
        assertThat(log.lines).anyMatch(line -> line.contains("[rate-outlier] ratePerHour 20 USD for HL-325L is outside"
                + " its market band of 1-6 USD"));
        assertThat(log.lines).anyMatch(line -> line.contains("[rate-mismatch] TrainingCost.amount 2.04M USD is not"
                + " 100K HL-325L-hours × 20 = 2M: it is 2.0% more (tolerance 1.0%)"));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "tolerance", value = "a lot")
    void aMalformedToleranceNamesTheParameter(CheckMojo mojo) throws Exception {
        assertThatThrownBy(prepare(mojo)::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("costscope: <tolerance> (cost.tolerance): 'a lot' is not a ratio; use one from 0% to 100%, such as 5%"
                        + " or 0.05");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "minUtilization", value = "80%")
    void anInvertedUtilizationBandIsRejected(CheckMojo mojo) throws Exception {
        assertThatThrownBy(prepare(mojo)::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("the utilization band must satisfy 0 <= min <= max, not [0.80, 0.75]");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "sarif", value = "true")
    void theSameRunCanWriteSarifForCodeScanning(CheckMojo mojo) throws Exception {
        write("src/main/java/com/acme/Headline.java", UNSCOPED);
        Path out = project.resolve("target/costscope");
        MojoExtension.setVariableValueToObject(prepare(mojo), "outputDirectory", out.toFile());
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        Path sarif = out.resolve("costscope-check.sarif");
        assertThat(log.lines).contains("[INFO] costscope: findings written to " + sarif);
        String text = Files.readString(sarif);
        assertThat(ReportSchema.sarifViolations(text)).isEmpty();
        assertThat(text).contains("\"ruleId\" : \"unscoped-claim\"", "\"uri\" : \"src/main/java/com/acme/Headline.java\"",
                "\"startLine\" : 6");
        assertThat(out.resolve("costscope-report.sarif")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOnViolation", value = "false")
    void reportOnlyModePassesAndPrintsEveryFinding(CheckMojo mojo) throws Exception {
        write("src/main/java/com/acme/Headline.java", UNSCOPED);
        prepare(mojo).execute();
        assertThat(log.lines).anyMatch(line -> line.startsWith("[ERROR] src/main/java/com/acme/Headline.java:[6,1] [unscoped-claim]"));
        assertThat(log.lines).last().isEqualTo("[WARNING] costscope: 1 finding(s) at or above ERROR (unscoped-claim)"
                + " reported without failing the build (failOnViolation is false)");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "maxAllowedViolations", value = "1")
    void maxAllowedViolationsToleratesThatManyAndFailsOnMore(CheckMojo mojo) throws Exception {
        write("src/main/java/com/acme/Headline.java", UNSCOPED);
        prepare(mojo).execute();
        assertThat(log.lines).last().isEqualTo("[WARNING] costscope: 1 finding(s) at or above ERROR (unscoped-claim),"
                + " within maxAllowedViolations (1)");
        write("src/main/java/com/acme/Second.java", UNSCOPED.replace("Headline", "Second"));
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("costscope: 2 finding(s) at or above ERROR (unscoped-claim), each on a line above with what"
                        + " to change (maxAllowedViolations is 1)");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "maxAllowedViolations", value = "-1")
    void aNegativeMaxAllowedViolationsNamesTheParameter(CheckMojo mojo) throws Exception {
        assertThatThrownBy(prepare(mojo)::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("costscope: <maxAllowedViolations> (cost.maxAllowedViolations) is -1; use 0 or more");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "severities", value = "unscoped-claim=OFF,missing-provenance=error")
    void severitiesSwitchARuleOffAndRaiseAnother(CheckMojo mojo) throws Exception {
        write("src/main/java/com/acme/Headline.java", UNSCOPED);
        prepare(mojo).execute();
        assertThat(log.lines).noneMatch(line -> line.contains("[unscoped-claim]"));
        assertThat(log.lines).last().asString().startsWith("[INFO] costscope: 0 error(s), 0 warning(s)");
        write("src/main/java/com/acme/Clean.java", CLEAN.replace(", source = \"report\"", ""));
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("costscope: 1 finding(s) at or above ERROR (missing-provenance)");
        assertThat(log.lines).anyMatch(line -> line.startsWith("[ERROR] src/main/java/com/acme/Clean.java:[6,1] [missing-provenance]"));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "severities", value = "no-such-rule=OFF")
    void anUnknownRuleInSeveritiesNamesTheParameterAndTheRules(CheckMojo mojo) throws Exception {
        assertThatThrownBy(prepare(mojo)::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("costscope: <severities> (cost.severities): 'no-such-rule=OFF' names no rule;"
                        + " the rules are duplicate-scope, implausible-energy, implausible-utilization,");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void theSummaryNamesTheModuleWhenModulesRunInParallel(CheckMojo mojo) throws Exception {
        write("src/main/java/com/acme/Clean.java", CLEAN);
        prepare(mojo);
        org.mockito.Mockito.when(mojo.session.isParallel()).thenReturn(true);
        mojo.project.setArtifactId("clean-module");
        mojo.execute();
        assertThat(log.lines).last().asString().startsWith("[INFO] costscope: 0 error(s)")
                .endsWith("; 1 file(s) scanned, 1 parsed; module clean-module");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void valuesFromTheProjectCannotForgeLogLinesOrDriveTheTerminal(CheckMojo mojo) throws Exception {
        write("src/main/java/com/acme/Forged.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M\\u001B[31mRED\\u0000\\u202E")
                @TrainingCost(amount = "6M", currency = "US\\n[INFO] BUILD SUCCESS\\r", source = "press")
                public final class Forged {}
                """);
        prepare(mojo);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

        assertThat(log.lines).isNotEmpty().allSatisfy(line -> assertThat(line)
                .doesNotContain("\n", "\r", "\u001B", "\u0000", "\u202E"));
        assertThat(log.lines).anySatisfy(line -> assertThat(line).contains("US\\n[INFO] BUILD SUCCESS\\r"));
        assertThat(log.lines).anySatisfy(line -> assertThat(line).contains("M\\u001B[31mRED\\u0000\\u202E"));
    }
}
