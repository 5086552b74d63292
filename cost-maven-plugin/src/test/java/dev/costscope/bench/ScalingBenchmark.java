package dev.costscope.bench;

import dev.costscope.extract.ScanRequest;
import dev.costscope.extract.SourceScanner;
import dev.costscope.lint.Linter;
import dev.costscope.model.SourceModel;
import dev.costscope.rules.RuleSettings;
import dev.costscope.rules.UnscopedTextClaim;
import dev.costscope.text.TextClaimDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Shows that costscope's scanners grow linearly with their input: each case builds its input at
 * sizes 1x, 2x, 4x ... 64x, runs it, and prints the CPU time of the thread (best of three runs) and
 * the ratio to the size before. Linear means every doubling costs at most 2.2x. Not a test (timings
 * belong to a benchmark, not to the build): run {@code bench/scaling-benchmark.sh}.
 *
 * <p>Add a case to {@link #CASES}: a name, the base size, how to build the input of a size, and what
 * to run on it. Arguments: {@code [case-name-filter]}.
 */
public final class ScalingBenchmark {

    /** A scanner fed inputs of growing size. */
    record Case(String name, int base, IntFunction<Object> input, Runner run) {
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
                    ScalingBenchmark::readme, ScalingBenchmark::checkReadme));

    private ScalingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String filter = args.length > 0 ? args[0] : "";
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean allLinear = true;
        for (Case c : CASES) {
            if (!c.name().contains(filter)) {
                continue;
            }
            System.out.println(c.name());
            c.run().run(c.input().apply(c.base()));
            long previous = -1;
            for (int scale = 1; scale <= 64; scale *= 2) {
                Object input = c.input().apply(c.base() * scale);
                long best = Long.MAX_VALUE;
                for (int rep = 0; rep < 3; rep++) {
                    long start = threads.getCurrentThreadCpuTime();
                    c.run().run(input);
                    best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
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
}
