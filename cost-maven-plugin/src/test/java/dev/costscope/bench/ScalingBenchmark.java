package dev.costscope.bench;

import dev.costscope.extract.ScanRequest;
import dev.costscope.extract.SourceScanner;
import dev.costscope.analysis.ProjectFacts;
import dev.costscope.lint.Linter;
import dev.costscope.lint.Rule;
import dev.costscope.report.Report;
import dev.costscope.report.ReportBuilder;
import dev.costscope.report.ReportContext;
import dev.costscope.report.ReportSet;
import dev.costscope.report.ReportWriter;
import dev.costscope.report.ReportWriters;
import dev.costscope.model.Quantity;
import dev.costscope.model.SourceModel;
import dev.costscope.rules.RuleSettings;
import dev.costscope.rules.Rules;
import dev.costscope.rules.UnscopedTextClaim;
import dev.costscope.text.TextClaimDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import com.sun.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Shows that costscope's scanners grow linearly with their input: each case builds its input at
 * sizes 1x, 2x, 4x ... 64x, runs it, and prints the CPU time of the process (best of three runs; the
 * scanner parses on a thread of its own) and the ratio to the size before. Linear means every doubling costs at most 2.2x. Not a test (timings
 * belong to a benchmark, not to the build): run {@code bench/scaling-benchmark.sh}.
 *
 * <p>Add a case to {@link #CASES}: a name, the base size, how to build the input of a size, and what
 * to run on it. Arguments: {@code [case-name-filter]}.
 */
public final class ScalingBenchmark {

    /**
     * A scanner fed inputs of growing size, run once first on an input of size {@code warmUp} so that
     * the JIT compiler's work is not timed.
     */
    record Case(String name, int base, int warmUp, IntFunction<Object> input, Runner run) {

        /** A case warmed up on its base size. */
        Case(String name, int base, IntFunction<Object> input, Runner run) {
            this(name, base, base, input, run);
        }
    }

    /** Runs the scanner under test on one input. */
    interface Runner {
        void run(Object input) throws Exception;
    }

    private static final TextClaimDetector DETECTOR = new TextClaimDetector();
    private static final Path WORK = Path.of("target/scaling-benchmark").toAbsolutePath();

    /** The cases; the base sizes are chosen so that 64x is the size the issue names. */
    static final List<Case> CASES = List.of(
            new Case("text: paragraph of short sentences (64x = 128k sentences)", 2_000,
                    n -> repeat("The model cost $6M. ", n), in -> DETECTOR.unscoped((String) in)),
            new Case("text: line of comma groups (64x = 32k groups)", 512,
                    n -> "Training cost $1" + repeat(",000", n) + " in total.", in -> DETECTOR.unscoped((String) in)),
            new Case("text: digits in prose (64x = 1.28M digits)", 20_000,
                    n -> "The training run cost $" + repeat("7", n) + " overall.", in -> DETECTOR.unscoped((String) in)),
            new Case("text: sentence of figures and cues (64x = 64k figures)", 1_000,
                    n -> repeat("train $5 raised $6 per hour $7 for each GPU, ", n) + ".", in -> DETECTOR.unscoped((String) in)),
            new Case("markdown: dense README through the rule (64x = 5 MB)", 80_000,
                    ScalingBenchmark::readme, ScalingBenchmark::checkReadme),
            new Case("quantity: digits (64x = 1.28M digits)", 20_000,
                    n -> repeat("7", n), in -> Quantity.tryParse((String) in)),
            new Case("quantity: underscore groups (64x = 4,096 groups)", 64,
                    n -> repeat("1_", n) + "1", in -> Quantity.tryParse((String) in)),
            new Case("quantity: comma groups and a word (64x = 64k groups)", 1_000,
                    n -> "1" + repeat(",000", n) + " million", in -> Quantity.tryParse((String) in)),
            new Case("rules: claims in one release (64x = 7,680 claims)", 120,
                    Projects::claims, ScalingBenchmark::check),
            new Case("report: claims in one release, every format written and checked (64x = 10,240 claims)", 160,
                    2_560, Projects::claims, ScalingBenchmark::report),
            new Case("folding: a chain of constants (64x = 25,600 constants)", 400,
                    Projects::constantChain, ScalingBenchmark::check),
            new Case("folding: groups of 64 constants, each doubling the last (64x = 512 groups)", 8,
                    Projects::doubling, ScalingBenchmark::check),
            new Case("folding: constants across files (64x = 1,024 files)", 8,
                    Projects::acrossFiles, ScalingBenchmark::check),
            new Case("extraction: nested brackets (64x = 320 levels, bounded at 400)", 5,
                    Projects::nesting, ScalingBenchmark::check),
            new Case("extraction: an operator chain (64x = 1,920 operators, bounded at 2,000)", 30,
                    Projects::chain, ScalingBenchmark::check));

    private ScalingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String filter = args.length > 0 ? args[0] : "";
        OperatingSystemMXBean cpu = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        boolean allLinear = true;
        for (Case c : CASES) {
            if (!c.name().contains(filter)) {
                continue;
            }
            System.out.println(c.name());
            c.run().run(c.input().apply(c.warmUp()));
            long previous = -1;
            for (int scale = 1; scale <= 64; scale *= 2) {
                Object input = c.input().apply(c.base() * scale);
                long best = Long.MAX_VALUE;
                for (int rep = 0; rep < 3; rep++) {
                    long start = cpu.getProcessCpuTime();
                    c.run().run(input);
                    best = Math.min(best, cpu.getProcessCpuTime() - start);
                }
                String ratio = previous <= 0 ? "" : String.format(Locale.ROOT, "  x%.2f", best / (double) previous);
                boolean counts = previous > 2_000_000;
                if (counts && best > previous * 2.2) {
                    allLinear = false;
                    ratio += "  SUPERLINEAR";
                }
                System.out.printf(Locale.ROOT, "  %3dx  %10.1f ms%s%n", scale, best / 1e6, ratio);
                System.out.flush();
                previous = best;
            }
        }
        System.out.println(allLinear ? "every case linear (each doubling <= 2.2x)" : "SUPERLINEAR case(s) above");
    }

    private static String repeat(String s, int n) {
        return s.repeat(n);
    }

    /** A README of about {@code bytes} characters: paragraphs, emphasis, links, math, code, a table. */
    private static Object readme(int bytes) {
        String block = """
                # A model for $6M

                Our **39.3**M GPU hours of training cost $5.6M, see [the card](https://example.org/models/x).
                The learning rate was $3 \\times 10^{-4}$ and the run used `1 epoch` on 8 A100s (approx. 3 days).
                H100s rent for $2 an hour; the company raised $6.6B in funding.

                | Model | Train H100 hours | Cost (USD) |
                |---|---|---|
                | 7B | 3700 | $7,400 |

                ```
                cost = "$6M"
                ```

                """;
        StringBuilder out = new StringBuilder(bytes + block.length());
        while (out.length() < bytes) {
            out.append(block);
        }
        return out.toString();
    }

    private static void checkReadme(Object markdown) {
        try {
            Files.createDirectories(WORK);
            Files.writeString(WORK.resolve("README.md"), (String) markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SourceModel model = new SourceScanner().scan(ScanRequest.of(List.of(), WORK, StandardCharsets.UTF_8)
                .withText(WORK, List.of("README.md"), List.of()));
        new Linter(List.of(new UnscopedTextClaim(RuleSettings.defaults()))).lint(RuleSettings.defaults().analyzer().analyze(model));
    }

    /** Scan, analysis and every rule over the generated project under {@code root}. */
    private static void check(Object root) {
        Path src = ((Path) root).resolve("src/main/java");
        RuleSettings settings = RuleSettings.defaults();
        SourceModel model = new SourceScanner().scan(ScanRequest.of(List.of(src), (Path) root, StandardCharsets.UTF_8));
        new Linter(Rules.all(settings)).lint(settings.analyzer().analyze(model));
    }

    /**
     * What {@code cost:report -Dcost.formats=all} does after the check: the report built, and every
     * format written to its file in the project's {@code target/costscope} and checked against its schema.
     */
    private static void report(Object root) {
        Path project = (Path) root;
        RuleSettings settings = RuleSettings.defaults();
        SourceModel model = new SourceScanner().scan(ScanRequest.of(List.of(project.resolve("src/main/java")), project,
                StandardCharsets.UTF_8));
        ProjectFacts facts = settings.analyzer().analyze(model);
        List<Rule> rules = Rules.all(settings);
        Report report = ReportBuilder.build(facts, new Linter(rules).lint(facts), ReportContext.of("bench", rules));
        List<String> names = ReportWriters.all().stream().map(w -> w.fileName("costscope-report")).toList();
        try (ReportSet set = new ReportSet(project.resolve("target/costscope"), names)) {
            for (ReportWriter writer : ReportWriters.all()) {
                Path written = set.add(writer.fileName("costscope-report"), out -> writer.write(report, out));
                List<String> violations = writer.violations(written);
                if (!violations.isEmpty()) {
                    throw new IllegalStateException(writer.id() + " does not conform: " + violations);
                }
            }
            set.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Generated projects, each a source root under a new temporary folder. */
    static final class Projects {

        private static final java.util.concurrent.atomic.AtomicInteger COUNTER = new java.util.concurrent.atomic.AtomicInteger();
        private static final String HEADER = "package com.acme;\n\nimport dev.costscope.annotations.*;\n\n";

        private Projects() {
        }

        /** One release with {@code n} claims of every scope, amounts falling so that scope-order fires. */
        static Path claims(int n) {
            String[] scopes = {"FINAL_RUN", "ALL_TRAINING_RUNS", "RESEARCH_AND_DEVELOPMENT", "TOTAL_PROGRAM"};
            StringBuilder s = new StringBuilder(HEADER).append("@ModelRelease(name = \"M\")\n");
            for (int i = 0; i < n; i++) {
                s.append("@TrainingCost(scope = Scope.").append(scopes[i % 4]).append(", amount = \"")
                        .append((n - i) * 1000).append("\", basis = Basis.RENTAL_EQUIVALENT)\n");
            }
            return project(List.<String[]>of(new String[] {"com/acme/M.java", s.append("public class M {}\n").toString()}));
        }

        /** A claim whose amount is the end of a chain of {@code n} constants, folded in many short runs. */
        static Path constantChain(int n) {
            StringBuilder s = new StringBuilder(HEADER).append(release("K0")).append("public class M {\n");
            for (int i = 0; i < n; i++) {
                s.append("  static final String K").append(i).append(" = K").append(i + 1).append(";\n");
            }
            s.append("  static final String K").append(n).append(" = \"5M\";\n}\n");
            return project(List.<String[]>of(new String[] {"com/acme/M.java", s.toString()}));
        }

        /** {@code n} groups of 64 constants, each twice the one before, which the bounds cut short. */
        static Path doubling(int n) {
            StringBuilder s = new StringBuilder(HEADER).append(release("G0D63")).append("public class M {\n");
            for (int g = 0; g < n; g++) {
                s.append("  static final String G").append(g).append("D0 = \"1\";\n");
                for (int i = 1; i < 64; i++) {
                    s.append("  static final String G").append(g).append('D').append(i).append(" = G").append(g)
                            .append('D').append(i - 1).append(" + G").append(g).append('D').append(i - 1).append(";\n");
                }
            }
            return project(List.<String[]>of(new String[] {"com/acme/M.java", s.append("}\n").toString()}));
        }

        /** {@code n} releases, each taking its amount from a constant of its own constants file. */
        static Path acrossFiles(int n) {
            List<String[]> files = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                files.add(new String[] {"com/acme/M" + i + ".java", HEADER + release("Costs" + i + ".AMOUNT")
                        .replace("\"M\"", "\"M" + i + "\"") + "public class M" + i + " {}\n"});
                files.add(new String[] {"com/acme/Costs" + i + ".java", "package com.acme;\n\npublic final class Costs"
                        + i + " {\n  public static final String AMOUNT = Costs" + ((i + 1) % n) + ".BASE + \"M\";\n"
                        + "  public static final String BASE = \"" + (i + 1) + "\";\n}\n"});
            }
            return project(files);
        }

        /** A claim whose amount is wrapped in {@code depth} parentheses. */
        static Path nesting(int depth) {
            String amount = "(".repeat(depth) + "\"5M\"" + ")".repeat(depth);
            return project(List.<String[]>of(new String[] {"com/acme/M.java", HEADER + release(amount) + "public class M {}\n"}));
        }

        /** A claim whose amount is {@code n} concatenations. */
        static Path chain(int n) {
            String amount = "\"5\"" + " + \"\"".repeat(n) + " + \"M\"";
            return project(List.<String[]>of(new String[] {"com/acme/M.java", HEADER + release(amount) + "public class M {}\n"}));
        }

        private static String release(String amount) {
            return "@ModelRelease(name = \"M\")\n@TrainingCost(scope = Scope.FINAL_RUN, amount = " + amount
                    + ", basis = Basis.RENTAL_EQUIVALENT, source = \"bench\")\n";
        }

        private static Path project(List<String[]> files) {
            try {
                Path root = Files.createDirectories(WORK.resolve("project-" + COUNTER.incrementAndGet()));
                for (String[] file : files) {
                    Path path = root.resolve("src/main/java").resolve(file[0]);
                    Files.createDirectories(path.getParent());
                    Files.writeString(path, file[1], StandardCharsets.UTF_8);
                }
                return root;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
