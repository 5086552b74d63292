package dev.costscope.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costscope.lint.Baseline;
import dev.costscope.report.BaselineFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check of a tree whose scan was reused, under the same settings, repeats the last check's lines and
 * verdict without judging again. To tell a repeated check from one judged anew, a line of the kept
 * check is altered: a repeat prints the altered line, a new judgement the true one.
 */
@MojoTest
class CheckReplayTest {

    private static final String POM = "src/test/resources/unit/check/pom.xml";
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_600_000_000_000L);
    private static final String TRUE_LINE = "The 6M USD claim has no scope";
    private static final String ALTERED_LINE = "The 7M USD claim has no scope";

    private static final String UNSCOPED = """
            package com.acme;

            import dev.costscope.annotations.*;

            @ModelRelease(name = "Headline")
            @TrainingCost(amount = "6M", basis = Basis.THIRD_PARTY_ESTIMATE, source = "press coverage")
            public final class Headline {}
            """;

    @TempDir
    Path project;

    @BeforeEach
    void sources() throws IOException {
        Path file = project.resolve("src/main/java/com/acme/Headline.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, UNSCOPED, StandardCharsets.UTF_8);
        age();
    }

    /** Sets every file and folder to a time long ago, so that what the scan saw may be remembered. */
    private void age() throws IOException {
        try (Stream<Path> all = Files.walk(project)) {
            for (Path path : all.filter(p -> !p.startsWith(project.resolve("target"))).toList()) {
                Files.setLastModifiedTime(path, LONG_AGO);
            }
        }
    }

    /** Runs the check once with a fresh log: its lines and, when it failed the build, the failure's message. */
    private List<String> run(CheckMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        MojoSetup.inProject(mojo, project, log);
        mojo.project.getBuild().setDirectory(project.resolve("target").toString());
        MojoExtension.setVariableValueToObject(mojo, "cache", "true");
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("costscope: 1 finding(s) at or above ERROR (unscoped-claim)");
        return log.lines;
    }

    private Path kept() {
        return project.resolve("target/costscope-cache").resolve(CheckReplay.FILE);
    }

    /** Runs the check until its outcome is kept, then alters the kept line. */
    private void keepAndAlter(CheckMojo mojo) throws Exception {
        run(mojo);
        run(mojo);
        alterKeptCheck();
    }

    private void alterKeptCheck() throws IOException {
        String kept = Files.readString(kept());
        assertThat(kept).contains(TRUE_LINE);
        Files.writeString(kept(), kept.replace(TRUE_LINE, ALTERED_LINE));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void theSameTreeAndSettingsRepeatTheLastCheck(CheckMojo mojo) throws Exception {
        List<String> first = run(mojo);
        assertThat(first).last().asString().endsWith("1 file(s) scanned, 1 parsed");
        List<String> second = run(mojo);
        assertThat(second).last().asString().endsWith("1 file(s) scanned, 0 parsed");
        assertThat(second.subList(0, second.size() - 1)).isEqualTo(first.subList(0, first.size() - 1));

        List<String> third = run(mojo);
        assertThat(third).as("repeated as the second printed it").isEqualTo(second);
        alterKeptCheck();
        assertThat(run(mojo)).as("repeated, not judged").anyMatch(line -> line.contains(ALTERED_LINE));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void anotherSettingJudgesAgain(CheckMojo mojo) throws Exception {
        keepAndAlter(mojo);
        MojoExtension.setVariableValueToObject(mojo, "severities", List.of("rate-outlier=WARNING"));
        assertThat(run(mojo)).anyMatch(line -> line.contains(TRUE_LINE)).noneMatch(line -> line.contains(ALTERED_LINE));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aBaselineThatAppearsJudgesAgain(CheckMojo mojo) throws Exception {
        keepAndAlter(mojo);
        Path baseline = project.resolve("costscope-baseline.json");
        MojoExtension.setVariableValueToObject(mojo, "baselineFile", baseline.toFile());
        Files.writeString(baseline, BaselineFile.write(new Baseline(List.of())));
        assertThat(run(mojo)).noneMatch(line -> line.contains(ALTERED_LINE)).anyMatch(line -> line.contains(TRUE_LINE));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aChangedSourceJudgesAgain(CheckMojo mojo) throws Exception {
        keepAndAlter(mojo);
        Path file = project.resolve("src/main/java/com/acme/Headline.java");
        Files.writeString(file, UNSCOPED.replace("press coverage", "press reports"), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.fromMillis(LONG_AGO.toMillis() + 1000));
        assertThat(run(mojo)).noneMatch(line -> line.contains(ALTERED_LINE)).anyMatch(line -> line.contains(TRUE_LINE));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aDamagedKeptCheckIsJudgedAgainAndWrittenAnew(CheckMojo mojo) throws Exception {
        run(mojo);
        List<String> judged = run(mojo);
        Files.writeString(kept(), Files.readString(kept()).replace("\n.\n", "\n"));
        assertThat(run(mojo)).isEqualTo(judged);
        alterKeptCheck();
        assertThat(run(mojo)).as("written anew, and repeated").anyMatch(line -> line.contains(ALTERED_LINE));
    }
}
