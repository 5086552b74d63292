package dev.costscope.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report or baseline that cannot be written says where and why, in the pom's words, and leaves no
 * temporary file and no part of a report behind.
 */
@MojoTest
class WriteErrorsTest {

    private static final String POM = "src/test/resources/unit/check/pom.xml";
    private static final String ADVICE = "; fix that, or set <outputDirectory> (cost.outputDirectory) to a path the"
            + " build can write";

    @TempDir
    Path project;

    @Test
    @InjectMojo(goal = "report", pom = POM)
    void aFileWhereTheReportFolderShouldBe(ReportMojo mojo) throws Exception {
        Path out = project.resolve("target/costscope");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "someone else's file");
        prepare(mojo, out);

        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessage("costscope: the report cannot be written to " + out + ": " + out + " is a file, not a folder"
                        + ADVICE);
        assertThat(Files.readString(out)).isEqualTo("someone else's file");
        assertThat(pathsUnder(project.resolve("target"))).containsExactlyInAnyOrder(project.resolve("target"), out);
    }

    @Test
    @InjectMojo(goal = "report", pom = POM)
    void aFileWhereAFolderAboveTheReportFolderShouldBe(ReportMojo mojo) throws Exception {
        Path target = project.resolve("target");
        Files.writeString(target, "not a folder");
        Path out = target.resolve("costscope");
        prepare(mojo, out);

        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessage("costscope: the report cannot be written to " + out + ": " + target + " is a file, not a"
                        + " folder" + ADVICE);
    }

    @Test
    @InjectMojo(goal = "report", pom = POM)
    void aFolderWhereAReportFileShouldBeLeavesNoTemporaryFile(ReportMojo mojo) throws Exception {
        Path out = project.resolve("target/costscope");
        Path inTheWay = out.resolve("costscope-report.json");
        Files.createDirectories(inTheWay.resolve("kept"));
        prepare(mojo, out);

        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessage("costscope: the report cannot be written to " + out + ": " + inTheWay + " is a folder that is"
                        + " not empty" + ADVICE);
        assertThat(pathsUnder(out)).containsExactlyInAnyOrder(out, inTheWay, inTheWay.resolve("kept"));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void theCheckGoalsSarifFileSaysWhyToo(CheckMojo mojo) throws Exception {
        Path out = project.resolve("target/costscope");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "x");
        prepare(mojo, out);
        MojoExtension.setVariableValueToObject(mojo, "sarif", "true");
        MojoExtension.setVariableValueToObject(mojo, "failOnViolation", "false");

        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessage("costscope: the report cannot be written to " + out.resolve("costscope-check.sarif") + ": "
                        + out + " is a file, not a folder" + ADVICE);
    }

    @Test
    @InjectMojo(goal = "baseline", pom = POM)
    void aFolderWhereTheBaselineShouldBe(BaselineMojo mojo) throws Exception {
        Path baseline = project.resolve("costscope-baseline.json");
        Files.createDirectories(baseline.resolve("kept"));
        prepare(mojo, project.resolve("target/costscope"));
        MojoExtension.setVariableValueToObject(mojo, "baselineFile", baseline.toFile());

        assertThatThrownBy(mojo::execute).isExactlyInstanceOf(MojoExecutionException.class)
                .hasMessage("costscope: the baseline cannot be written to " + baseline + ": " + baseline + " is a folder;"
                        + " fix that, or set <baselineFile> (cost.baselineFile) to a path the build can write");
        try (Stream<Path> files = Files.list(project)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void theFileSystemsOwnReasonIsGivenWithoutTheException() {
        assertThat(WriteFailure.reason(new AccessDeniedException("/p/target/costscope")))
                .isEqualTo("permission denied on /p/target/costscope");
        assertThat(WriteFailure.reason(new FileSystemException("/p/target/costscope/.costscope-report.json.12-3.tmp",
                null, "No space left on device"))).isEqualTo("no space left on device (/p/target/costscope)");
        assertThat(WriteFailure.reason(new IOException("No space left on device"))).isEqualTo("no space left on device");
        assertThat(WriteFailure.reason(new FileSystemException("/p/x", null, "Read-only file system\n[INFO] BUILD SUCCESS")))
                .isEqualTo("read-only file system\\n[INFO] BUILD SUCCESS (/p/x)");
        assertThat(WriteFailure.reason(new IOException())).isEqualTo("IOException");
    }

    private void prepare(AbstractCostMojo mojo, Path out) throws Exception {
        Path source = project.resolve("src/main/java/com/acme/Headline.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "Headline")
                @TrainingCost(amount = "6M", basis = Basis.THIRD_PARTY_ESTIMATE, source = "press")
                public final class Headline {}
                """, StandardCharsets.UTF_8);
        MojoSetup.inProject(mojo, project, new RecordingLog());
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", out.toFile());
        if (mojo instanceof ReportMojo) {
            MojoExtension.setVariableValueToObject(mojo, "attach", "false");
        }
    }

    private static List<Path> pathsUnder(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.toList();
        }
    }
}
