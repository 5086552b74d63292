package dev.costscope.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costscope.report.ReportSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code report} goal as Maven configures it: the Markdown report, written whole, and where it went. */
@MojoTest
class ReportMojoTest {

    @TempDir
    Path project;

    @Test
    @InjectMojo(goal = "report", pom = "src/test/resources/unit/check/pom.xml")
    void writesTheReportEvenWhenTheClaimsHaveFindingsAndSaysWhere(ReportMojo mojo) throws Exception {
        Path source = project.resolve("src/main/java/com/acme/Headline.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "Headline")
                @TrainingCost(amount = "6M", basis = Basis.THIRD_PARTY_ESTIMATE, source = "press")
                public final class Headline {}
                """, StandardCharsets.UTF_8);
        RecordingLog log = new RecordingLog();
        MojoSetup.inProject(mojo, project, log);
        Path out = project.resolve("target/costscope");
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", out.toFile());
        MojoExtension.setVariableValueToObject(mojo, "attach", "false");

        mojo.execute();

        Path report = out.resolve("costscope-report.md");
        Path json = out.resolve("costscope-report.json");
        Path html = out.resolve("costscope-report.html");
        assertThat(log.lines).containsExactly("[INFO] costscope: 1 model release(s) reported in " + out
                + ": costscope-report.json, costscope-report.md, costscope-report.html, costscope-report.sarif");
        assertThat(ReportSchema.sarifViolations(Files.readString(out.resolve("costscope-report.sarif")))).isEmpty();
        assertThat(Files.readString(html)).contains("<h2>Headline</h2>");
        assertThat(ReportSchema.violations(Files.readString(json))).isEmpty();
        assertThat(Files.readString(json)).contains("\"rule\" : \"unscoped-claim\"");
        assertThat(Files.readString(report)).contains("## Headline", "### UNSPECIFIED: 6M USD",
                "`unscoped-claim`: The 6M USD claim has no scope");
        try (var files = Files.list(out)) {
            assertThat(files).as("no temporary file is left behind").containsExactlyInAnyOrder(report, json, html, out.resolve("costscope-report.sarif"));
        }
    }

    @Test
    @InjectMojo(goal = "report", pom = "src/test/resources/unit/check/pom.xml")
    void anUnknownFormatNamesTheParameterAndTheChoices(ReportMojo mojo) throws Exception {
        MojoSetup.inProject(mojo, project, new RecordingLog());
        MojoExtension.setVariableValueToObject(mojo, "formats", List.of("json", "pdf"));
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("costscope: <formats> (cost.formats) has 'pdf'; use any of json, markdown, html, sarif, cyclonedx, spdx, huggingface, all");
    }

    @Test
    @InjectMojo(goal = "report", pom = "src/test/resources/unit/check/pom.xml")
    void aLoneSurrogateInAValueStillGivesEveryReport(ReportMojo mojo) throws Exception {
        Path source = project.resolve("src/main/java/com/acme/M.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M\\uD800")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "6M", basis = Basis.RENTAL_EQUIVALENT, source = "\\uDC00")
                public final class M {}
                """, StandardCharsets.UTF_8);
        MojoSetup.inProject(mojo, project, new RecordingLog());
        Path out = project.resolve("target/costscope");
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", out.toFile());
        MojoExtension.setVariableValueToObject(mojo, "attach", "false");

        mojo.execute();

        String json = Files.readString(out.resolve("costscope-report.json"), StandardCharsets.UTF_8);
        assertThat(ReportSchema.violations(json)).isEmpty();
        assertThat(json).contains("M\uFFFD");
        assertThat(Files.readString(out.resolve("costscope-report.html"), StandardCharsets.UTF_8)).contains("M\uFFFD");
        assertThat(ReportSchema.sarifViolations(Files.readString(out.resolve("costscope-report.sarif")))).isEmpty();
    }

    @Test
    @InjectMojo(goal = "report", pom = "src/test/resources/unit/check/pom.xml")
    void allWritesEveryFormatEachValid(ReportMojo mojo) throws Exception {
        Path source = project.resolve("src/main/java/com/acme/V3.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "V3")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "5.576M", basis = Basis.RENTAL_EQUIVALENT, source = "paper",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "5.576M",
                        compute = @Compute(accelerator = "H800", hours = "2.788M", ratePerHour = "2")))
                public final class V3 {}
                """, StandardCharsets.UTF_8);
        RecordingLog log = new RecordingLog();
        MojoSetup.inProject(mojo, project, log);
        Path out = project.resolve("target/costscope");
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", out.toFile());
        MojoExtension.setVariableValueToObject(mojo, "attach", "false");
        MojoExtension.setVariableValueToObject(mojo, "formats", List.of("all"));

        mojo.execute();

        assertThat(log.lines).containsExactly("[INFO] costscope: 1 model release(s) reported in " + out
                + ": costscope-report.json, costscope-report.md, costscope-report.html, costscope-report.sarif,"
                + " costscope-report.cdx.json, costscope-report.spdx.json, costscope-report.hf.yaml");
        assertThat(Files.readString(out.resolve("costscope-report.cdx.json")))
                .contains("\"name\" : \"costscope:claim:final-run:amount\",\n          \"value\" : \"5576000\"");
        assertThat(Files.readString(out.resolve("costscope-report.spdx.json"))).contains("\"type\" : \"ai_AIPackage\"");
        assertThat(Files.readString(out.resolve("costscope-report.hf.yaml"))).contains("amount: 5576000");
    }

    @Test
    @InjectMojo(goal = "report", pom = "src/test/resources/unit/check/pom.xml")
    void aPomModuleWithNothingToReportWritesAndAttachesNothing(ReportMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        MojoSetup.inProject(mojo, project, log);
        mojo.project.setPackaging("pom");
        mojo.project.setArtifactId("parent");
        Path out = project.resolve("target/costscope");
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", out.toFile());

        mojo.execute();

        assertThat(log.lines).containsExactly("[INFO] costscope: no report for parent: a module of packaging pom that"
                + " declares no model release and states no cost");
        assertThat(out).doesNotExist();
        assertThat(mojo.project.getAttachedArtifacts()).isEmpty();
    }

    @Test
    @InjectMojo(goal = "report", pom = "src/test/resources/unit/check/pom.xml")
    void aPomModuleWhoseReadmeStatesACostIsReported(ReportMojo mojo) throws Exception {
        Files.writeString(project.resolve("README.md"), "Our model was trained for $6M.\n", StandardCharsets.UTF_8);
        RecordingLog log = new RecordingLog();
        MojoSetup.inProject(mojo, project, log);
        mojo.project.setPackaging("pom");
        Path out = project.resolve("target/costscope");
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", out.toFile());
        MojoExtension.setVariableValueToObject(mojo, "attach", "false");

        mojo.execute();

        assertThat(Files.readString(out.resolve("costscope-report.json"))).contains("unscoped-text-claim");
    }
}
