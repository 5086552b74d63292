package dev.costscope.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.costscope.annotations.Basis;
import dev.costscope.annotations.CostComponent;
import dev.costscope.annotations.Scope;
import dev.costscope.model.Claim;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.SourceLocation;
import dev.costscope.model.SourceModel;
import dev.costscope.model.UnresolvedValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceScannerTest {

    @TempDir
    Path project;

    private Path write(String path, String text) throws IOException {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String path, byte[] bytes) throws IOException {
        Path file = project.resolve("src/main/java").resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private SourceModel scan() {
        return scan(List.of(), List.of());
    }

    private SourceModel scan(List<String> includes, List<String> excludes) {
        return new SourceScanner().scan(new ScanRequest(List.of(project.resolve("src/main/java")), project,
                StandardCharsets.UTF_8, includes, excludes));
    }

    private static Claim onlyClaim(SourceModel model) {
        assertThat(model.errors()).isEmpty();
        assertThat(model.types()).hasSize(1);
        assertThat(model.types().get(0).claims()).hasSize(1);
        return model.types().get(0).claims().get(0);
    }

    @Test
    void readsLiteralValuesWithTheirPlaces() throws IOException {
        write("com/acme/V3.java", """
                package com.acme;

                import dev.costscope.annotations.*;

                @ModelRelease(name = "DeepSeek-V3", totalParameters = "671B", activeParameters = "37B", trainingTokens = "14.8T")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "5.576M", basis = Basis.RENTAL_EQUIVALENT,
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "5.576M",
                        compute = @Compute(accelerator = "H800", count = 2048, hours = "2.788M", ratePerHour = "2")),
                    excludes = {@Excluded(component = CostComponent.EXPERIMENTS, reason = "not included")},
                    source = "Technical Report, Table 1")
                public final class V3 {}
                """);
        SourceModel model = scan();
        DeclaredType type = model.types().get(0);
        assertThat(type.qualifiedName()).isEqualTo("com.acme.V3");
        assertThat(type.location()).isEqualTo(new SourceLocation("src/main/java/com/acme/V3.java", 11, 20));
        assertThat(type.release()).get().satisfies(r -> {
            assertThat(r.name().value()).isEqualTo("DeepSeek-V3");
            assertThat(r.activeParameters().value()).isEqualTo("37B");
            assertThat(r.location().line()).isEqualTo(5);
        });
        Claim claim = onlyClaim(model);
        assertThat(claim.location()).isEqualTo(new SourceLocation("src/main/java/com/acme/V3.java", 6, 1));
        assertThat(claim.scope().value()).isEqualTo(Scope.FINAL_RUN);
        assertThat(claim.scope().location()).isEqualTo(new SourceLocation("src/main/java/com/acme/V3.java", 6, 23));
        assertThat(claim.currency().value()).as("annotation default").isEqualTo("USD");
        assertThat(claim.currency().location()).isEqualTo(claim.location());
        assertThat(claim.basis().value()).isEqualTo(Basis.RENTAL_EQUIVALENT);
        assertThat(claim.items()).singleElement().satisfies(item -> {
            assertThat(item.component().value()).isEqualTo(CostComponent.FINAL_RUN_COMPUTE);
            assertThat(item.location().line()).isEqualTo(7);
            assertThat(item.compute()).singleElement().satisfies(c -> {
                assertThat(c.count().value()).isEqualTo(2048);
                assertThat(c.hours().value()).isEqualTo("2.788M");
                assertThat(c.hours().location().line()).isEqualTo(8);
            });
        });
        assertThat(claim.excludes()).singleElement()
                .satisfies(e -> assertThat(e.reason().value()).isEqualTo("not included"));
        assertThat(model.filesParsed()).isEqualTo(1);
    }

    @Test
    void resolvesConstantsInTheSameFileAcrossFilesAndThroughStaticImports() throws IOException {
        write("com/acme/costs/Rates.java", """
                package com.acme.costs;
                public final class Rates {
                    public static final String H800 = "2";
                    public static final String UNIT = "M";
                    public static final class Hours {
                        public static final String PRE_TRAINING = "2.664" + Rates.UNIT;
                    }
                }
                """);
        write("com/acme/costs/Shared.java", """
                package com.acme.costs;
                public interface Shared {
                    String SOURCE = "Technical Report";
                    int GPUS = 256 * 8 + 0x10 - 1_6;
                }
                """);
        write("com/acme/V3.java", """
                package com.acme;

                import static com.acme.costs.Rates.H800;
                import static com.acme.costs.Shared.*;
                import com.acme.costs.Rates;
                import dev.costscope.annotations.*;

                @ModelRelease(name = NAME + "-V3")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = Rates.Hours.PRE_TRAINING, source = SOURCE + ", Table 1",
                    note = \"""
                        Pre-training only.
                        \""",
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE,
                        compute = @Compute(count = GPUS, hours = com.acme.costs.Rates.Hours.PRE_TRAINING, ratePerHour = H800)))
                public final class V3 implements Local {
                    private static final String NAME = "DeepSeek";
                }

                interface Local {
                    String UNUSED = "x";
                }
                """);
        write("com/acme/Unrelated.java", "package com.acme; class Unrelated { static final String X = \"1\"; }");

        SourceModel model = scan();

        Claim claim = onlyClaim(model);
        assertThat(model.types().get(0).release().orElseThrow().name().value()).isEqualTo("DeepSeek-V3");
        assertThat(claim.amount().value()).isEqualTo("2.664M");
        assertThat(claim.source().value()).isEqualTo("Technical Report, Table 1");
        assertThat(claim.note().value()).isEqualTo("Pre-training only.\n");
        var compute = claim.items().get(0).compute().get(0);
        assertThat(compute.count().value()).isEqualTo(2048);
        assertThat(compute.hours().value()).isEqualTo("2.664M");
        assertThat(compute.ratePerHour().value()).isEqualTo("2");
        assertThat(model.types().get(0).unresolved()).isEmpty();
        assertThat(model.filesScanned()).isEqualTo(4);
        assertThat(model.filesParsed()).as("V3 plus the two constants files; Unrelated is never parsed").isEqualTo(3);
    }

    @Test
    void inheritedConstantsAndSamePackageTypesResolve() throws IOException {
        write("com/acme/Base.java", """
                package com.acme;
                abstract class Base { protected static final String HOURS = "119K"; }
                """);
        write("com/acme/Numbers.java", """
                package com.acme;
                final class Numbers { static final long TOKENS = 14_800L; static final double RATE = 2.0; }
                """);
        write("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M", trainingTokens = Numbers.TOKENS + "B")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "" + Numbers.RATE,
                    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, compute = @Compute(hours = HOURS)))
                class M extends Base {}
                """);
        SourceModel model = scan();
        Claim claim = onlyClaim(model);
        assertThat(model.types().get(0).release().orElseThrow().trainingTokens().value()).isEqualTo("14800B");
        assertThat(claim.amount().value()).isEqualTo("2.0");
        assertThat(claim.items().get(0).compute().get(0).hours().value()).isEqualTo("119K");
    }

    @Test
    void valuesThatAreNotConstantsAreUnresolvedWithAReasonAndPlace() throws IOException {
        write("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN,
                    amount = Costs.TOTAL,
                    source = MISSING,
                    note = String.valueOf(3))
                class M {
                    static String MUTABLE = "x";
                }
                """);
        write("com/acme/Costs.java", "package com.acme; class Costs { static String TOTAL = \"1M\"; }");
        SourceModel model = scan();
        Claim claim = onlyClaim(model);
        assertThat(claim.amount().isResolved()).isFalse();
        assertThat(claim.source().isResolved()).isFalse();
        assertThat(claim.note().isResolved()).isFalse();
        List<UnresolvedValue> unresolved = model.types().get(0).unresolved();
        assertThat(unresolved).extracting(UnresolvedValue::attribute)
                .containsExactly("TrainingCost.amount", "TrainingCost.source", "TrainingCost.note");
        assertThat(unresolved.get(0).reason()).isEqualTo("com.acme.Costs.TOTAL is not static final");
        assertThat(unresolved.get(0).location()).isEqualTo(new SourceLocation("src/main/java/com/acme/M.java", 5, 14));
        assertThat(unresolved.get(1).reason()).contains("MISSING is not a static final constant");
        assertThat(unresolved.get(2).reason()).contains("not a constant expression (a method call)");
    }

    @Test
    void aConstantsFileThatDoesNotParseIsBlamedAtItsOwnPlace() throws IOException {
        write("com/acme/Costs.java", "package com.acme;\nclass Costs {\n  static final String TOTAL = ;\n}\n");
        write("com/acme/M.java", """
                package com.acme;
                import static com.acme.Costs.TOTAL;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = Costs.TOTAL, note = TOTAL)
                class M {}
                """);
        SourceModel model = scan();
        assertThat(model.errors()).as("the fault is the constants file's, at its own place").singleElement()
                .satisfies(e -> {
                    assertThat(e.location()).isEqualTo(new SourceLocation("src/main/java/com/acme/Costs.java", 3, 31));
                    assertThat(e.message()).startsWith("Java syntax error: Parse error. Found \";\"")
                            .endsWith("a claim refers to a constant in this file");
                });
        assertThat(model.types().get(0).unresolved()).extracting(UnresolvedValue::reason).containsOnly(
                "src/main/java/com/acme/Costs.java:[3,31] Java syntax error: Parse error. Found \";\","
                        + " so the constants in it are unknown");
    }

    @Test
    void circularConstantsAreUnresolvedNotAStackOverflow() throws IOException {
        write("com/acme/M.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = A)
                class M {
                    static final String A = B + "x";
                    static final String B = A + "y";
                }
                """);
        UnresolvedValue u = scan().types().get(0).unresolved().get(0);
        assertThat(u.reason()).contains("defined in terms of itself");
    }

    @Test
    void anExpressionTooDeepToEvaluateIsAProcessingErrorAndOtherFilesAreStillRead() throws IOException {
        String deep = "\"1\"" + " + \"0\"".repeat(20_000);
        write("com/acme/Deep.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = %s)
                class Deep {}
                """.formatted(deep));
        write("com/acme/Fine.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "Fine")
                class Fine {}
                """);
        SourceModel model = scan();
        assertThat(model.types()).extracting(DeclaredType::qualifiedName).containsExactly("com.acme.Fine");
        assertThat(model.errors()).singleElement().satisfies(e -> {
            assertThat(e.location()).isEqualTo(new SourceLocation("src/main/java/com/acme/Deep.java", 3,
                    "@ModelRelease(name = \"1\"".length() + 6 * NestingScreen.MAX_CHAIN + 2));
            assertThat(e.message()).contains("more than 2000 operators in one expression").doesNotContain("report");
        });
    }

    @Test
    void parsesModernJava() throws IOException {
        write("com/acme/Modern.java", """
                package com.acme;
                import dev.costscope.annotations.*;

                sealed interface Shape permits Circle, Square {}
                record Circle(double r) implements Shape {}
                record Square(double side) implements Shape {}

                @ModelRelease(name = "Modern", summary = \"""
                    Multi-line \\
                    summary.\""")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "1M")
                record Modern(String id) {
                    static double area(Shape s) {
                        return switch (s) {
                            case Circle c when c.r() > 0 -> Math.PI * c.r() * c.r();
                            case Circle c -> 0;
                            case Square(double side) -> side * side;
                        };
                    }
                    static String describe(Object o) {
                        if (o instanceof String str && !str.isEmpty()) { var text = \"""
                            text block
                            \"""; return text + str; }
                        return "";
                    }
                }
                """);
        SourceModel model = scan();
        assertThat(model.errors()).isEmpty();
        assertThat(model.types()).singleElement().satisfies(t -> {
            assertThat(t.qualifiedName()).isEqualTo("com.acme.Modern");
            assertThat(t.release().orElseThrow().summary().value()).isEqualTo("Multi-line summary.");
        });
    }

    @Test
    void aSyntaxErrorIsAProcessingErrorWithItsPlaceAndOtherFilesAreStillRead() throws IOException {
        write("com/acme/Broken.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "Broken")
                class Broken {
                    void m( { }
                }
                """);
        write("com/acme/Fine.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "Fine")
                class Fine {}
                """);
        SourceModel model = scan();
        assertThat(model.errors()).singleElement().satisfies(e -> {
            assertThat(e.location().file()).isEqualTo("src/main/java/com/acme/Broken.java");
            assertThat(e.location().line()).isEqualTo(5);
            assertThat(e.message()).startsWith("Java syntax error: ").doesNotContain("expected one of");
        });
        assertThat(model.types()).extracting(DeclaredType::qualifiedName).containsExactly("com.acme.Fine");
    }

    @Test
    void bytesThatAreNotUtf8AreAProcessingErrorWithLineAndColumn() throws IOException {
        byte[] latin1 = """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "Caf\u00e9")
                class Cafe {}
                """.getBytes(StandardCharsets.ISO_8859_1);
        write("com/acme/Cafe.java", latin1);
        SourceModel model = scan();
        assertThat(model.errors()).singleElement().satisfies(e -> {
            assertThat(e.location()).isEqualTo(new SourceLocation("src/main/java/com/acme/Cafe.java", 3, 26));
            assertThat(e.message()).contains("not valid UTF-8", "0xE9", "cost.encoding");
        });
    }

    @Test
    void anUnreadableFileIsAProcessingError() throws IOException {
        Path unreadable = Paths.get("/proc/self/mem");
        assumeTrue(Files.isRegularFile(unreadable), "needs Linux /proc to make a file that cannot be read, even by root");
        Path link = project.resolve("src/main/java/com/acme/Gone.java");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, unreadable);
        SourceModel model = scan();
        Files.delete(link);
        assertThat(model.errors()).singleElement().satisfies(e -> {
            assertThat(e.location().file()).isEqualTo("src/main/java/com/acme/Gone.java");
            assertThat(e.message()).isEqualTo("the file cannot be read: Input/output error");
        });
    }

    @Test
    void fullyQualifiedAnnotationsCountAndForeignOnesWithTheSameNameDoNot() throws IOException {
        write("com/acme/Qualified.java", """
                package com.acme;
                @dev.costscope.annotations.ModelRelease(name = "Q")
                @dev.costscope.annotations.TrainingCost(scope = dev.costscope.annotations.Scope.FINAL_RUN, amount = "1")
                class Qualified {}
                """);
        write("com/other/Foreign.java", """
                package com.other;
                import com.other.api.TrainingCost;
                import dev.costscope.annotations.*;
                @TrainingCost(amount = "1")
                class Foreign {}
                """);
        SourceModel model = scan();
        assertThat(model.types()).singleElement().satisfies(t -> {
            assertThat(t.qualifiedName()).isEqualTo("com.acme.Qualified");
            assertThat(t.claims().get(0).scope().value()).isEqualTo(Scope.FINAL_RUN);
        });
    }

    @Test
    void repeatedClaimsInAContainerNestedTypesAndSuppressions() throws IOException {
        write("com/acme/Outer.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                class Outer {
                    static final String SUPPRESS = "cost:missing-provenance";
                    @ModelRelease(name = "Inner")
                    @SuppressWarnings({"unchecked", "cost:unscoped-claim", SUPPRESS})
                    @TrainingCosts({
                        @TrainingCost(scope = Scope.FINAL_RUN, amount = "1M"),
                        @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "3M")
                    })
                    static class Inner {}
                }
                """);
        SourceModel model = scan();
        assertThat(model.types()).singleElement().satisfies(t -> {
            assertThat(t.qualifiedName()).isEqualTo("com.acme.Outer.Inner");
            assertThat(t.claims()).extracting(c -> c.scope().value())
                    .containsExactly(Scope.FINAL_RUN, Scope.ALL_TRAINING_RUNS);
            assertThat(t.suppressions()).containsExactlyInAnyOrder("unscoped-claim", "missing-provenance");
        });
    }

    @Test
    void includesAndExcludesSelectFilesRelativeToTheRoot() throws IOException {
        String source = """
                package com.acme%s;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                class M {}
                """;
        write("com/acme/M.java", source.formatted(""));
        write("com/acme/gen/M.java", source.formatted(".gen"));
        write("M.java", source.formatted("").replace("package com.acme;", ""));
        assertThat(scan().types()).hasSize(3);
        assertThat(scan(List.of(), List.of("**/gen/**")).types()).extracting(DeclaredType::qualifiedName)
                .containsExactly("M", "com.acme.M");
        assertThat(scan(List.of("com/**/*.java"), List.of()).types()).hasSize(2);
    }

    @Test
    void enumConstantsThatDoNotExistAreUnresolved() throws IOException {
        write("com/acme/M.java", """
                package com.acme;
                import static dev.costscope.annotations.Scope.FINAL_RUN;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = FINAL_RUN, amount = "1", basis = Basis.GUESSED,
                    items = @Item(amount = "1"))
                class M {}
                """);
        SourceModel model = scan();
        Claim claim = onlyClaim(model);
        assertThat(claim.scope().value()).isEqualTo(Scope.FINAL_RUN);
        assertThat(claim.basis().isResolved()).isFalse();
        assertThat(claim.items().get(0).component().isResolved()).isFalse();
        assertThat(model.types().get(0).unresolved()).extracting(UnresolvedValue::reason)
                .containsExactlyInAnyOrder("Basis has no constant GUESSED", "the required attribute component is missing");
    }
}
