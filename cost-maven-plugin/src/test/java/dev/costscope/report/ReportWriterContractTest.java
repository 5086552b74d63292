package dev.costscope.report;

import static dev.costscope.report.ReportFixture.DEEPSEEK;
import static dev.costscope.report.ReportFixture.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every report writer passes: the same projects, each against a golden file per
 * format of {@link ReportWriters}, byte-identical on a second run, and conforming to the format's schema.
 */
class ReportWriterContractTest {

    private static final Map<String, Map<String, String>> PROJECTS = Map.of(
            "empty", Map.of(),
            "one-claim", Map.of("com/acme/V3.java", """
                    package com.acme;

                    import dev.costscope.annotations.*;

                    @ModelRelease(name = "DeepSeek-V3", activeParameters = "37B", totalParameters = "671B",
                        trainingTokens = "14.8T")
                    @TrainingCost(scope = Scope.FINAL_RUN, amount = "5.576M", basis = Basis.RENTAL_EQUIVALENT,
                        source = "Technical Report <Table 1> & \\"appendix\\"",
                        items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "5.576M",
                            compute = @Compute(accelerator = "H800", hours = "2.788M", ratePerHour = "2",
                                energy = "2.5 GWh", locationBasedEmissions = "1,100 tCO2eq", marketBasedEmissions = "0",
                                wallClock = "57 days")),
                        excludes = @Excluded(component = CostComponent.EXPERIMENTS, reason = "not counted",
                            low = "10M", high = "30M"))
                    public final class V3 {}
                    """),
            "many-models", Map.of("com/acme/DeepSeekV3.java", DEEPSEEK, "com/acme/Small.java", """
                    package com.acme;

                    import dev.costscope.annotations.*;

                    @ModelRelease(name = "Small", totalParameters = "1B", trainingTokens = "100B")
                    @TrainingCost(scope = Scope.AMORTIZED, amount = "20K", basis = Basis.AMORTIZED_CAPEX, source = "ledger",
                        items = {@Item(component = CostComponent.HARDWARE_DEPRECIATION, amount = "15K"),
                                 @Item(component = CostComponent.ENERGY, amount = "5K")})
                    public final class Small {}
                    """),
            "findings", Map.of("com/acme/Headline.java", """
                    package com.acme;

                    import dev.costscope.annotations.*;

                    /** The model that was trained for $6M. */
                    @ModelRelease(name = "Headline")
                    @TrainingCost(amount = "6M")
                    @SuppressWarnings("cost:missing-provenance")
                    public final class Headline {}
                    """),
            "processing-error", Map.of("com/acme/Broken.java",
                    "package com.acme;\nimport dev.costscope.annotations.*;\n@ModelRelease(name = \"B\")\nclass Broken {\n"));

    @TempDir
    Path first;

    @TempDir
    Path second;

    static Stream<Arguments> cases() {
        return PROJECTS.keySet().stream().sorted()
                .flatMap(project -> ReportWriters.all().stream().map(writer -> Arguments.of(project, writer.id())));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("cases")
    void writesTheGoldenFileByteForByteEveryTime(String project, String format) throws IOException {
        ReportWriter writer = ReportWriters.byId(format).orElseThrow();
        String written = writer.write(ReportFixture.report(first, PROJECTS.get(project)));
        assertGolden(writer.fileName(project), written);
        assertThat(writer.write(ReportFixture.report(second, PROJECTS.get(project)))).isEqualTo(written);
        assertThat(writer.violations(written)).isEmpty();
    }
}
