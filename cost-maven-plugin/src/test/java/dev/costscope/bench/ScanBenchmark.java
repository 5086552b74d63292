package dev.costscope.bench;

import dev.costscope.rules.RuleSettings;
import dev.costscope.extract.ScanRequest;
import dev.costscope.extract.SourceScanner;
import dev.costscope.lint.LintResult;
import dev.costscope.lint.Linter;
import dev.costscope.rules.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures what {@code cost:check} spends on a large project: generates {@code files} ordinary Java
 * sources (about 120 lines each, no costscope annotation, one in a hundred with a price constant) plus
 * a handful of annotated releases whose values refer to constants in other files, and a README and
 * model card, then times scan + lint with every rule, text included, cold (first run in this JVM) and
 * warm (median of the following runs). Not a test: run it with {@code bench/scan-benchmark.sh}.
 *
 * <p>Arguments: {@code [files=5000] [runs=7] [directory=target/bench-project]}.
 */
public final class ScanBenchmark {

    private ScanBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path root = Path.of(args.length > 2 ? args[2] : "target/bench-project").toAbsolutePath();
        Path src = root.resolve("src/main/java");
        long bytes = generate(src, files);
        ScanRequest request = ScanRequest.of(List.of(src), root, StandardCharsets.UTF_8)
                .withText(root, List.of(), List.of());
        Linter linter = new Linter(Rules.all());

        List<Long> times = new ArrayList<>();
        LintResult result = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = linter.lint(RuleSettings.defaults().analyzer().analyze(new SourceScanner().scan(request)));
            times.add((System.nanoTime() - start) / 1_000_000);
        }
        List<Long> warm = new ArrayList<>(times.subList(1, times.size()));
        warm.sort(null);
        Runtime rt = Runtime.getRuntime();
        System.out.printf("project: %d files, %.1f MB of Java, %d claims in %d releases%n",
                result.filesScanned(), bytes / 1e6, result.claims(), result.releases());
        System.out.printf("files parsed: %d (the rest were rejected from their bytes)%n", result.filesParsed());
        System.out.printf("findings: %d, processing errors: %d%n", result.findings().size(), result.errors().size());
        result.findings().stream().limit(5).forEach(f -> System.out.println("  " + f));
        System.out.printf("scan + lint, cold: %d ms; warm median of %d: %d ms; all runs: %s%n",
                times.get(0), warm.size(), warm.isEmpty() ? times.get(0) : warm.get(warm.size() / 2), times);
        System.out.printf("heap used after the runs: %.0f MB%n", (rt.totalMemory() - rt.freeMemory()) / 1e6);
    }

    /** Writes the project (again) and returns its size in bytes. */
    private static long generate(Path src, int files) throws IOException {
        long bytes = 0;
        for (int i = 0; i < files; i++) {
            String pkg = "com.example.module" + (i % 50);
            Path file = src.resolve(pkg.replace('.', '/')).resolve("Service" + i + ".java");
            Files.createDirectories(file.getParent());
            String text = ordinaryClass(pkg, "Service" + i, i % 100 == 0);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            bytes += text.length();
        }
        Files.writeString(src.getParent().getParent().getParent().resolve("README.md"),
                "# Models\n\nThe final training run of Model-0 took 1M H100-hours, $2M at $2 per hour.\n".repeat(200),
                StandardCharsets.UTF_8);
        Path costs = src.resolve("com/example/model/Costs.java");
        Files.createDirectories(costs.getParent());
        Files.writeString(costs, """
                package com.example.model;
                public final class Costs {
                    public static final String RATE = "2";
                    public static final String SOURCE = "Technical report, Table 1";
                }
                """, StandardCharsets.UTF_8);
        for (int m = 0; m < 5; m++) {
            Path release = src.resolve("com/example/model/Release" + m + ".java");
            Files.writeString(release, """
                    package com.example.model;

                    import dev.costscope.annotations.*;

                    @ModelRelease(name = "Model-%d", totalParameters = "70B", trainingTokens = "15T")
                    @TrainingCost(scope = Scope.FINAL_RUN, amount = "6M", basis = Basis.RENTAL_EQUIVALENT, source = Costs.SOURCE,
                        items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "6M",
                            compute = @Compute(accelerator = "H100", count = 1024, hours = "3M", ratePerHour = Costs.RATE)))
                    public final class Release%d {}
                    """.formatted(m, m), StandardCharsets.UTF_8);
        }
        return bytes;
    }

    /** An ordinary class; one in a hundred also holds a price constant, which the text rule must read and pass. */
    private static String ordinaryClass(String pkg, String name, boolean withPrice) {
        StringBuilder sb = new StringBuilder();
        sb.append("package ").append(pkg).append(";\n\n")
                .append("import java.util.ArrayList;\nimport java.util.List;\nimport java.util.Map;\n\n")
                .append("/** An ordinary service class with no cost claim. */\n")
                .append("public class ").append(name).append(" {\n")
                .append("    private static final String PRICE_NOTE = \"see the price list\";\n")
                .append(withPrice ? "    static final String API_PRICE = \"$0.27 per million tokens\";\n" : "")
                .append("    private final Map<String, Integer> counts = new java.util.HashMap<>();\n\n");
        for (int m = 0; m < 12; m++) {
            sb.append("    /** Method ").append(m).append(". */\n")
                    .append("    public List<String> method").append(m).append("(List<String> input, int limit) {\n")
                    .append("        List<String> out = new ArrayList<>();\n")
                    .append("        for (String s : input) {\n")
                    .append("            if (out.size() >= limit) {\n                break;\n            }\n")
                    .append("            counts.merge(s, 1, Integer::sum);\n")
                    .append("            out.add(s.trim() + \"-").append(m).append("\");\n")
                    .append("        }\n        return out;\n    }\n\n");
        }
        return sb.append("}\n").toString();
    }
}
