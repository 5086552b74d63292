package dev.costscope.model;

import static dev.costscope.annotations.CostComponent.DATA;
import static dev.costscope.annotations.CostComponent.EXPERIMENTS;
import static dev.costscope.annotations.CostComponent.FINAL_RUN_COMPUTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costscope.annotations.Scope;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policy files: what they change, what they keep, and clear errors with the line at fault. */
class ScopePolicyReaderTest {

    private static final String ACME = """
            # ACME counts data inside every training figure.
            name = ACME training-cost policy
            all_training_runs = FINAL_RUN_COMPUTE, EXPERIMENTS, data   # any case
            """;

    @TempDir
    Path dir;

    @Test
    void aPolicyChangesTheScopesItNamesAndKeepsTheOthers() throws Exception {
        ScopePolicy policy = ScopePolicyReader.read(ACME, "acme.properties");
        assertThat(policy.name()).isEqualTo("ACME training-cost policy");
        assertThat(policy.origin()).isEqualTo("acme.properties");
        assertThat(policy.isDefault()).isFalse();
        assertThat(policy.required(Scope.ALL_TRAINING_RUNS)).containsExactly(FINAL_RUN_COMPUTE, EXPERIMENTS, DATA);
        assertThat(policy.allows(Scope.ALL_TRAINING_RUNS, DATA)).isTrue();
        assertThat(policy.required(Scope.FINAL_RUN)).isEqualTo(ScopePolicy.defaults().required(Scope.FINAL_RUN));
        assertThat(policy).hasToString("ACME training-cost policy (acme.properties)");
        assertThat(ScopePolicy.defaults()).hasToString("costscope default (built in)");
    }

    @Test
    void errorsNameTheLineAndWhatIsAllowed() {
        assertThatThrownBy(() -> ScopePolicyReader.read("name = x\nEVERYTHING = DATA\n", "p"))
                .isInstanceOfSatisfying(InvalidPolicyException.class, e -> assertThat(e.describe()).isEqualTo(
                        "p:2: unknown scope 'EVERYTHING'; use FINAL_RUN, ALL_TRAINING_RUNS, RESEARCH_AND_DEVELOPMENT,"
                                + " TOTAL_PROGRAM, AMORTIZED, or name"));
        assertThatThrownBy(() -> ScopePolicyReader.read("FINAL_RUN = FINAL_RUN_COMPUTE, GPUS\n", "p"))
                .hasMessage("unknown component 'GPUS' for FINAL_RUN; use FINAL_RUN_COMPUTE, EXPERIMENTS, PERSONNEL,"
                        + " DATA, HARDWARE_ACQUISITION, FACILITIES, ENERGY, HARDWARE_DEPRECIATION");
        assertThatThrownBy(() -> ScopePolicyReader.read("\n\nFINAL_RUN\n", "p"))
                .isInstanceOfSatisfying(InvalidPolicyException.class, e -> assertThat(e.line()).isEqualTo(3));
        assertThatThrownBy(() -> ScopePolicyReader.read("FINAL_RUN = ,\n", "p"))
                .hasMessage("FINAL_RUN must require at least one component");
        assertThatThrownBy(() -> ScopePolicyReader.read("FINAL_RUN = DATA\nfinal_run = DATA\n", "p"))
                .hasMessage("FINAL_RUN is defined twice");
        assertThatThrownBy(() -> ScopePolicyReader.read("UNSPECIFIED = DATA\n", "p"))
                .hasMessageStartingWith("unknown scope 'UNSPECIFIED'");
    }

    @Test
    void aPolicyIsFoundAsAFileRelativeToTheProject() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/policy.properties"), ACME);
        ScopePolicy policy = ScopePolicyLocator.load("config/policy.properties", dir, getClass().getClassLoader());
        assertThat(policy.origin()).isEqualTo("config/policy.properties");
        assertThat(ScopePolicyLocator.load(dir.resolve("config/policy.properties").toUri().toString(), dir.resolve("x"),
                getClass().getClassLoader()).origin()).startsWith("file:");
    }

    @Test
    void aPolicyIsFoundInACompanyJarOnTheClasspathAndNamesTheJar() throws Exception {
        Path jar = dir.resolve("acme-cost-policy-1.0.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            zip.putNextEntry(new JarEntry("acme/cost-policy.properties"));
            zip.write(ACME.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ScopePolicy policy = ScopePolicyLocator.load("acme/cost-policy.properties", dir, loader);
            assertThat(policy.origin()).isEqualTo("classpath:acme/cost-policy.properties in acme-cost-policy-1.0.jar");
            assertThat(ScopePolicyLocator.load("classpath:/acme/cost-policy.properties", dir, loader).required(Scope.ALL_TRAINING_RUNS))
                    .contains(DATA);
        }
    }

    @Test
    void aMissingOrBrokenPolicySaysWhereItLooked() throws IOException {
        ClassLoader loader = getClass().getClassLoader();
        assertThatThrownBy(() -> ScopePolicyLocator.load("acme/none.properties", dir, loader))
                .hasMessage("no such file (looked in " + dir + "), URL or resource on the plugin's classpath (add the"
                        + " policy's jar as a <dependency> of the plugin)");
        assertThatThrownBy(() -> ScopePolicyLocator.load(" ", dir, loader)).hasMessageStartingWith("the location is empty");
        Files.write(dir.resolve("latin1.properties"), new byte[] {'n', 'a', 'm', 'e', '=', (byte) 0xE9});
        assertThatThrownBy(() -> ScopePolicyLocator.load("latin1.properties", dir, loader)).hasMessage("it is not UTF-8 text");
    }
}
