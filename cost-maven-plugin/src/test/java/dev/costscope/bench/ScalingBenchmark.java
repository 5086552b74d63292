package dev.costscope.bench;

import dev.costscope.analysis.ProjectFacts;
import dev.costscope.extract.ScanRequest;
import dev.costscope.extract.SourceScanner;
import dev.costscope.lint.LintResult;
import dev.costscope.lint.Linter;
import dev.costscope.model.SourceModel;
import dev.costscope.rules.RuleSettings;
import dev.costscope.rules.Rules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * Shows that the work grows linearly with the input: each case builds its input at sizes 1x, 2x,
 * 4x .. 64x, times the work on it (the best of a few runs, after a warm-up) and checks that doubling
 * the input at most multiplies the time by {@value #MAX_RATIO}. Not a test: run it with
 * {@code bench/scaling-benchmark.sh [case-name-filter]}.
 *
 * <p>Add a case to {@link #CASES}: a name, and a function from the size factor to a runnable piece
 * of work on an input of that size (built before it is timed).
 */
public final class ScalingBenchmark {

    /** The largest allowed time ratio between one size and the size half as big. */
    static final double MAX_RATIO = 2.2;

    private static final int[] FACTORS = {1, 2, 4, 8, 16, 32, 64};
    private static final int RUNS = 5;

    /** One input family: its name, and the work on an input of a given size factor. */
    record Case(String name, IntFunction<Runnable> work) {
    }

    private static final List<Case> CASES = List.of(
            new Case("claims in one release (rules over N claims)", k -> check(Projects.claims(120 * k))),
            new Case("constants folded, chained (N constants)", k -> check(Projects.constantChain(400 * k))),
            new Case("constants folded, each doubling the last", k -> check(Projects.doubling(8 * k))),
            new Case("constants across files (N files)", k -> check(Projects.acrossFiles(8 * k))),
            new Case("nested brackets (N levels, parse + fold)", k -> check(Projects.nesting(5 * k))),
            new Case("operator chain (N operators, parse + fold)", k -> check(Projects.chain(30 * k))));

    private ScalingBenchmark() {
    }

    public static void main(String[] args) {
        String filter = args.length > 0 ? args[0].toLowerCase(Locale.ROOT) : "";
        boolean allLinear = true;
        for (Case c : CASES) {
            if (!c.name().toLowerCase(Locale.ROOT).contains(filter)) {
                continue;
            }
            allLinear &= measure(c);
        }
        System.out.println(allLinear ? "all cases linear (ratio <= " + MAX_RATIO + ")" : "SOME CASES ARE NOT LINEAR");
        System.exit(allLinear ? 0 : 1);
    }

    private static boolean measure(Case c) {
        System.out.println(c.name());
        c.work().apply(FACTORS[0]).run();
        double previous = -1;
        boolean linear = true;
        for (int factor : FACTORS) {
            Runnable work = c.work().apply(factor);
            work.run();
            long best = Long.MAX_VALUE;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                work.run();
                best = Math.min(best, System.nanoTime() - start);
            }
            double ms = best / 1e6;
            String ratio = previous <= 0 ? "" : String.format(Locale.ROOT, "  x%.2f", ms / previous);
            boolean ok = previous <= 0 || ms / previous <= MAX_RATIO || ms < 2;
            linear &= ok;
            System.out.printf(Locale.ROOT, "  %3dx  %9.2f ms%s%s%n", factor, ms, ratio, ok ? "" : "  <-- superlinear");
            previous = ms;
        }
        return linear;
    }

    /** Scan, analysis and every rule over the project under {@code root}; the project is deleted on exit. */
    private static Runnable check(Path root) {
        Path src = root.resolve("src/main/java");
        ScanRequest request = ScanRequest.of(List.of(src), root, StandardCharsets.UTF_8);
        RuleSettings settings = RuleSettings.defaults();
        Linter linter = new Linter(Rules.all(settings));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
        return () -> {
            SourceModel model = new SourceScanner().scan(request);
            ProjectFacts facts = settings.analyzer().analyze(model);
            LintResult result = linter.lint(facts);
            if (result.claims() == 0 && result.errors().isEmpty()) {
                throw new IllegalStateException("the generated project declares nothing: " + root);
            }
        };
    }

    private static void delete(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    /** Generated projects, each a source root under a new temporary folder. */
    static final class Projects {

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
                Path root = Files.createTempDirectory("costscope-scaling");
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
