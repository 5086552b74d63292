package dev.costscope.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.doxia.sink.Sink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code site-report} goal: a page of this run's sources, never a report left by another run; and skip. */
@MojoTest
class SiteReportMojoTest {

    @TempDir
    Path project;

    @BeforeEach
    void aRelease() throws Exception {
        Path source = project.resolve("src/main/java/com/acme/Acme.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "Acme-1")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "6M", basis = Basis.REPORTED, source = "accounts",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "6M",
                        compute = @Compute(accelerator = "H100", hours = "3M", ratePerHour = "2")))
                public final class Acme {}
                """, StandardCharsets.UTF_8);
        Path stale = project.resolve("target/costscope/costscope-report.html");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "<html><head><style>p{}</style></head><body><h2>Stale-0</h2></body></html>");
    }

    @Test
    @InjectMojo(goal = "site-report", pom = "src/test/resources/unit/check/pom.xml")
    void thePageIsThisRunsReportNotTheFileAnEarlierRunLeft(SiteReportMojo mojo) throws Exception {
        MojoSetup.inProject(mojo, project, new RecordingLog());
        MojoExtension.setVariableValueToObject(mojo, "outputDirectory", project.resolve("target/costscope").toFile());
        List<String> events = new ArrayList<>();

        assertThat(mojo.canGenerateReport()).isTrue();
        mojo.generate(recording(events), Locale.ROOT);

        String raw = events.stream().filter(e -> e.startsWith("rawText ")).findFirst().orElseThrow();
        assertThat(raw).contains("<h2>Acme-1</h2>", "<style>").doesNotContain("Stale-0", "<body>", "<html");
        assertThat(events).containsSubsequence("head", "title", "text Training costs", "title_", "head_", "body");
        assertThat(events.get(events.size() - 1)).isEqualTo("close");
    }

    @Test
    @InjectMojo(goal = "site-report", pom = "src/test/resources/unit/check/pom.xml")
    void skipLeavesThePageOutAndSaysSo(SiteReportMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        MojoSetup.inProject(mojo, project, log);
        MojoExtension.setVariableValueToObject(mojo, "skip", "true");

        assertThat(mojo.canGenerateReport()).isFalse();
        assertThat(log.lines).containsExactly("[INFO] costscope: skipped (cost.skip)");
    }

    @Test
    @InjectMojo(goal = "site-report", pom = "src/test/resources/unit/check/pom.xml")
    void runOnItsOwnItWritesTheSelfContainedPageIntoTheSiteDirectory(SiteReportMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        MojoSetup.inProject(mojo, project, log);
        Path site = project.resolve("target/site");
        mojo.setReportOutputDirectory(site.toFile());

        mojo.execute();

        Path page = site.resolve("costscope.html");
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains("<h2>Acme-1</h2>");
        assertThat(log.lines).containsExactly("[INFO] costscope: site page written to " + page);
    }

    @Test
    void theReportingApiOnTheClassPathTakesDoxia2Pages() {
        assertThat(SiteReportMojo.SiteApi.takesDoxia2Pages()).isTrue();
    }

    /** A sink that records each event by name, with the text of {@code text} and {@code rawText}. */
    private static Sink recording(List<String> events) {
        return (Sink) Proxy.newProxyInstance(Sink.class.getClassLoader(), new Class<?>[] {Sink.class},
                (proxy, method, args) -> {
                    boolean withText = args != null && args.length > 0 && args[0] instanceof String;
                    events.add(withText ? method.getName() + " " + args[0] : method.getName());
                    return null;
                });
    }
}
