package dev.costscope.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costscope.report.ReportSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scope policy from the pom and from a policy file: the rules and the report judge by the same one. */
@MojoTest
class PolicyMojoTest {

    private static final String POLICY_POM = "src/test/resources/unit/policy/pom.xml";
    private static final String PLAIN_POM = "src/test/resources/unit/check/pom.xml";

    /** Complete under the built-in policy; without DATA under a policy that counts data in every training run. */
    private static final String RUNS = """
            package com.acme;

            import dev.costscope.annotations.*;

            @ModelRelease(name = "Runs")
            @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "5M", basis = Basis.RENTAL_EQUIVALENT, source = "card",
                items = {@Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "2M",
                             compute = @Compute(accelerator = "H100", hours = "1M", ratePerHour = "2")),
                         @Item(component = CostComponent.EXPERIMENTS, amount = "3M",
                             compute = @Compute(accelerator = "H100", hours = "1.5M", ratePerHour = "2"))})
            public final class Runs {}
            """;

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    private <M extends AbstractCostMojo> M prepare(M mojo) throws IOException, IllegalAccessException {
        Path file = project.resolve("src/main/java/com/acme/Runs.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, RUNS, StandardCharsets.UTF_8);
        return MojoSetup.inProject(mojo, project, log);
    }

    @Test
    @InjectMojo(goal = "check", pom = PLAIN_POM)
    void theBuiltInPolicyFindsNothingMissing(CheckMojo mojo) throws Exception {
        prepare(mojo).execute();
        assertThat(log.lines).noneMatch(line -> line.contains("[missing-component]") || line.contains("scope policy"));
    }

    @Test
    @InjectMojo(goal = "check", pom = POLICY_POM)
    void scopeRequirementsInThePomReachTheRules(CheckMojo mojo) throws Exception {
        assertThatThrownBy(prepare(mojo)::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.lines).first().isEqualTo("[INFO] costscope: scope policy costscope default (built in, changed by"
                + " <scopeRequirements> in the pom for ALL_TRAINING_RUNS)");
        assertThat(log.lines).anyMatch(line -> line.startsWith("[ERROR] src/main/java/com/acme/Runs.java:[6,23]"
                + " [missing-component] ALL_TRAINING_RUNS claim does not account for DATA"));
    }

    @Test
    @InjectMojo(goal = "report", pom = PLAIN_POM)
    void aPolicyFileJudgesTheClaimsAndTheReportNamesIt(ReportMojo mojo) throws Exception {
        Files.writeString(project.resolve("cost-policy.properties"), """
                name = ACME training-cost policy
                ALL_TRAINING_RUNS = FINAL_RUN_COMPUTE, EXPERIMENTS, DATA
                """);
        prepare(mojo);
        Path out = project.resolve("target/costscope");
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", out.toFile());
        MojoExtension.setVariableValueToObject(mojo, "attach", "false");
        MojoExtension.setVariableValueToObject(mojo, "policyLocation", "cost-policy.properties");
        mojo.execute();

        String json = Files.readString(out.resolve("costscope-report.json"));
        assertThat(ReportSchema.violations(json)).isEmpty();
        assertThat(json).contains("\"policy\" : {\n    \"name\" : \"ACME training-cost policy\",\n"
                + "    \"origin\" : \"cost-policy.properties\"\n  }", "\"rule\" : \"missing-component\"");
        assertThat(Files.readString(out.resolve("costscope-report.md")))
                .contains("Scope policy: ACME training-cost policy (cost-policy.properties).");
        assertThat(Files.readString(out.resolve("costscope-report.html")))
                .contains("<p>Scope policy: ACME training-cost policy (cost-policy.properties).</p>");
    }

    @Test
    @InjectMojo(goal = "check", pom = PLAIN_POM)
    void aMissingOrBrokenPolicyIsWordedInThePomsTerms(CheckMojo mojo) throws Exception {
        prepare(mojo);
        MojoExtension.setVariableValueToObject(mojo, "policyLocation", "acme/missing.properties");
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("costscope: <policyLocation> (cost.policyLocation) acme/missing.properties: no such file"
                        + " (looked in " + project + "), URL or resource on the plugin's classpath (add the policy's jar"
                        + " as a <dependency> of the plugin)");
        Files.writeString(project.resolve("bad.properties"), "name = Bad\nFINAL_RUN = COMPUTE\n");
        MojoExtension.setVariableValueToObject(mojo, "policyLocation", "bad.properties");
        assertThatThrownBy(mojo::execute)
                .hasMessageStartingWith("costscope: <policyLocation> (cost.policyLocation) bad.properties:2: unknown"
                        + " component 'COMPUTE' for FINAL_RUN; use FINAL_RUN_COMPUTE,")
                .hasMessageEndingWith(". Each line is name = <policy name> or <SCOPE> = <COMPONENT>, <COMPONENT>");
        MojoExtension.setVariableValueToObject(mojo, "policyLocation", null);
        MojoExtension.setVariableValueToObject(mojo, "scopeRequirements", Map.of("EVERY_RUN", "DATA"));
        assertThatThrownBy(mojo::execute)
                .hasMessageStartingWith("costscope: <scopeRequirements><EVERY_RUN>: unknown scope 'EVERY_RUN'; use"
                        + " FINAL_RUN, ALL_TRAINING_RUNS,");
    }
}
