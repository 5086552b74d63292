package dev.costscope.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.report.ReportSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
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
        MojoExtension.setVariableValueToObject(mojo, "attach", false);

        mojo.execute();

        Path report = out.resolve("costscope-report.md");
        Path json = out.resolve("costscope-report.json");
        assertThat(log.lines).containsExactly("[INFO] costscope: 1 model release(s) reported in " + report
                + " and costscope-report.json");
        assertThat(ReportSchema.violations(Files.readString(json))).isEmpty();
        assertThat(Files.readString(json)).contains("\"rule\" : \"unscoped-claim\"");
        assertThat(Files.readString(report)).contains("## Headline", "### UNSPECIFIED: 6M USD",
                "`unscoped-claim`: The 6M USD claim has no scope");
        try (var files = Files.list(out)) {
            assertThat(files).as("no temporary file is left behind").containsExactlyInAnyOrder(report, json);
        }
    }
}
