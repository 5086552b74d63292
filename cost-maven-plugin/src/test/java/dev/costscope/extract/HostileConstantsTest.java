package dev.costscope.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.model.ProcessingError;
import dev.costscope.model.SourceLocation;
import dev.costscope.model.SourceModel;
import dev.costscope.model.UnresolvedValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Constants built to break the folder: each must end as a located unresolved value or processing
 * error of the file at fault, never as an exception, and the other claims must still be read.
 */
class HostileConstantsTest {

    private static final String HEADER = "package com.acme;\n\nimport dev.costscope.annotations.*;\n\n";

    @TempDir
    Path project;

    private void write(String path, String text) throws IOException {
        Path file = project.resolve("src/main/java").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private SourceModel scan() {
        return new SourceScanner().scan(ScanRequest.of(List.of(project.resolve("src/main/java")), project,
                StandardCharsets.UTF_8));
    }

    private static String release(String amount) {
        return "@ModelRelease(name = \"M\")\n@TrainingCost(scope = Scope.FINAL_RUN, amount = " + amount
                + ", basis = Basis.RENTAL_EQUIVALENT)\npublic class M {\n";
    }

    private static UnresolvedValue onlyUnresolved(SourceModel model) {
        assertThat(model.errors()).isEmpty();
        assertThat(model.types()).hasSize(1);
        assertThat(model.types().get(0).unresolved()).hasSize(1);
        return model.types().get(0).unresolved().get(0);
    }

    @Test
    void doublingStringConstantsStopAtABoundWithAPlace() throws IOException {
        StringBuilder source = new StringBuilder(HEADER).append(release("D63"));
        source.append("    static final String D0 = \"1\";\n");
        for (int i = 1; i < 64; i++) {
            source.append("    static final String D").append(i).append(" = D").append(i - 1).append(" + D")
                    .append(i - 1).append(";\n");
        }
        write("com/acme/M.java", source.append("}\n").toString());

        UnresolvedValue value = onlyUnresolved(scan());
        assertThat(value.location()).isEqualTo(new SourceLocation("src/main/java/com/acme/M.java", 6, 49));
        assertThat(value.reason()).contains("longer than").contains("characters");
    }

    @Test
    void aLongChainOfConstantsStopsAtADepthBound() throws IOException {
        StringBuilder source = new StringBuilder(HEADER).append(release("C0"));
        for (int i = 0; i < 4999; i++) {
            source.append("    static final String C").append(i).append(" = C").append(i + 1).append(";\n");
        }
        source.append("    static final String C4999 = \"1\";\n");
        write("com/acme/M.java", source.append("}\n").toString());

        UnresolvedValue value = onlyUnresolved(scan());
        assertThat(value.location().line()).isEqualTo(6);
        assertThat(value.reason()).contains("deeper than");
    }

    @Test
    void deeplyNestedParenthesesAreALocatedErrorNotACrash() throws IOException {
        String nested = "(".repeat(2000) + "\"1\"" + ")".repeat(2000);
        write("com/acme/M.java", HEADER + release(nested) + "}\n");
        write("com/acme/Other.java", HEADER + release("\"2\"").replace("class M", "class Other") + "}\n");

        SourceModel model = scan();
        assertThat(model.types()).extracting(t -> t.qualifiedName()).contains("com.acme.Other");
        boolean located = model.errors().stream().anyMatch(e -> e.location().file().endsWith("M.java")
                && e.location().line() == 6 && !e.message().contains("Please report"));
        boolean unresolved = model.types().stream().anyMatch(t -> t.qualifiedName().equals("com.acme.M")
                && t.unresolved().stream().anyMatch(u -> u.location().line() == 6));
        assertThat(located || unresolved).as("errors %s, types %s", model.errors(), model.types()).isTrue();
    }

    @Test
    void aLongOperatorChainIsFoldedOnlyToTheDepthBound() throws IOException {
        String chain = "\"1\"" + " + \"1\"".repeat(NestingScreen.MAX_CHAIN);
        write("com/acme/M.java", HEADER + release("A") + "    static final String A = " + chain + ";\n}\n");

        UnresolvedValue value = onlyUnresolved(scan());
        assertThat(value.location().line()).isEqualTo(6);
        assertThat(value.reason()).contains("deeper than " + ConstantEvaluator.MAX_DEPTH);
        assertThat(value.expression()).isEqualTo("A");
    }

    @Test
    void anOperatorChainPastTheParserBoundIsALocatedError() throws IOException {
        String chain = "\"1\"" + " + \"1\"".repeat(20_000);
        write("com/acme/M.java", HEADER + release("A") + "    static final String A = " + chain + ";\n}\n");

        SourceModel model = scan();
        assertThat(model.errors()).singleElement().satisfies(e -> {
            assertThat(e.location().line()).isEqualTo(8);
            assertThat(e.message()).contains("operators in one expression").doesNotContain("report");
        });
    }

    @Test
    void anIntTooLargeForCountIsUnresolvedAndTheClaimIsKept() throws IOException {
        write("com/acme/M.java", HEADER + "@ModelRelease(name = \"M\")\n"
                + "@TrainingCost(scope = Scope.FINAL_RUN, amount = \"5M\", basis = Basis.RENTAL_EQUIVALENT,\n"
                + "    items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = \"5M\",\n"
                + "        compute = @Compute(accelerator = \"H100\", count = 2147483648, hours = \"1M\", ratePerHour = \"2\")))\n"
                + "public class M {}\n");

        SourceModel model = scan();
        assertThat(model.errors()).isEmpty();
        assertThat(model.types().get(0).claims()).hasSize(1);
        UnresolvedValue value = onlyUnresolved(model);
        assertThat(value.attribute()).isEqualTo("Compute.count");
        int column = "        compute = @Compute(accelerator = \"H100\", count = ".length() + 1;
        assertThat(value.location()).isEqualTo(new SourceLocation("src/main/java/com/acme/M.java", 8, column));
        assertThat(value.reason()).contains("2147483648").contains("int");
    }

    @Test
    void aBrokenConstantsFileIsBlamedOnItself() throws IOException {
        write("com/acme/Costs.java", "package com.acme;\n\npublic final class Costs {\n"
                + "    public static final String AMOUNT = \"5M\";\n    int broken = ;\n}\n");
        write("com/acme/M.java", HEADER + release("Costs.AMOUNT") + "}\n");

        SourceModel model = scan();
        assertThat(model.errors()).extracting(ProcessingError::location)
                .containsExactly(new SourceLocation("src/main/java/com/acme/Costs.java", 5, 18));
        UnresolvedValue value = onlyUnresolvedIgnoringErrors(model);
        assertThat(value.reason()).contains("Costs.java");
    }

    @Test
    void aLexicalErrorIsReportedWhereItIs() throws IOException {
        write("com/acme/M.java", HEADER + release("\"1\"") + "    char c = '\\q';\n    String s = \"\\u00\";\n}\n");

        SourceModel model = scan();
        assertThat(model.errors()).hasSize(1);
        SourceLocation at = model.errors().get(0).location();
        assertThat(at).isEqualTo(new SourceLocation("src/main/java/com/acme/M.java", 8, 16));
        assertThat(model.errors().get(0).message()).startsWith("Java syntax error: Lexical error at line 8, column 16.");
    }

    @Test
    void aNameThatCannotBeAPathIsAnUnknownTypeNotACrash() throws IOException {
        write("com/acme/M.java", "package com.acme;\n\nimport static com.acme\0.costs.Costs.TOTAL;\nimport dev.costscope.annotations.*;\n"
                + release("TOTAL") + "}\n");

        UnresolvedValue value = onlyUnresolved(scan());
        assertThat(value.reason()).contains("not among the project's sources");
    }

    private static UnresolvedValue onlyUnresolvedIgnoringErrors(SourceModel model) {
        assertThat(model.types()).hasSize(1);
        assertThat(model.types().get(0).unresolved()).hasSize(1);
        return model.types().get(0).unresolved().get(0);
    }
}
