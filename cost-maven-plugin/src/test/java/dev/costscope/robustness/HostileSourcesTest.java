package dev.costscope.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.analysis.ProjectFacts;
import dev.costscope.extract.ScanRequest;
import dev.costscope.extract.SourceScanner;
import dev.costscope.lint.LintResult;
import dev.costscope.lint.Linter;
import dev.costscope.model.ProcessingError;
import dev.costscope.model.SourceModel;
import dev.costscope.report.Report;
import dev.costscope.report.ReportBuilder;
import dev.costscope.report.ReportContext;
import dev.costscope.report.ReportWriter;
import dev.costscope.report.ReportWriters;
import dev.costscope.rules.RuleSettings;
import dev.costscope.rules.Rules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A property test over hostile input: mutates the project's own example sources and invoker
 * scenario sources ({@link Mutation}) and runs the whole check over them, the extractor, every rule
 * and every report format. Whatever the damage, no throwable escapes, every file that cannot be read
 * is a processing error with a line and column and no "please report", the files left intact are
 * still read, and every report passes its schema.
 *
 * <p>Each case is drawn from its own seed ({@code seed + index}), so a failing case is reproduced by
 * its index alone. A build runs {@value #DEFAULT_CASES} cases with the fixed seed {@value #DEFAULT_SEED};
 * for more, or another seed:
 * {@code mvn -o -pl cost-annotations,cost-maven-plugin test -Dtest=HostileSourcesTest -Dcostscope.fuzz.cases=10000 -Dcostscope.fuzz.seed=7}.
 */
class HostileSourcesTest {

    static final int DEFAULT_CASES = 300;
    static final long DEFAULT_SEED = 20261129L;

    private static final List<Source> CORPUS = corpus();
    private static final RuleSettings SETTINGS = RuleSettings.defaults();
    /** The types each intact corpus file declares, read once per file: what a file declares does not depend on the others. */
    private static final Map<String, Set<String>> TYPES_OF_FILE = new HashMap<>();

    /** One source of the corpus: its path under a source root and its bytes. */
    record Source(String path, byte[] bytes) {
    }

    /** A sample project of a few corpus sources, and the mutation of one of them. */
    record Case(int index, List<Source> files, int target, Mutation mutation, double at, int size, int pick) {

        static Case draw(long seed, int index) {
            Random random = new Random(seed + index);
            List<Source> shuffled = new ArrayList<>(CORPUS);
            Collections.shuffle(shuffled, random);
            List<Source> files = List.copyOf(shuffled.subList(0, 1 + random.nextInt(Math.min(4, shuffled.size()))));
            Mutation[] mutations = Mutation.values();
            return new Case(index, files, random.nextInt(files.size()), mutations[random.nextInt(mutations.length)],
                    random.nextDouble(), random.nextInt(301), random.nextInt(1001));
        }

        @Override
        public String toString() {
            return "case " + index + ": " + mutation + " of " + files.get(target).path() + " at "
                    + String.format(Locale.ROOT, "%.3f", at) + " (size " + size + ", pick " + pick + ") among "
                    + files.stream().map(Source::path).toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> aDamagedSourceIsALocatedErrorAndNothingElseIsLost() {
        int cases = Integer.getInteger("costscope.fuzz.cases", DEFAULT_CASES);
        long seed = Long.getLong("costscope.fuzz.seed", DEFAULT_SEED);
        return IntStream.range(0, cases).mapToObj(i -> Case.draw(seed, i))
                .map(fuzz -> DynamicTest.dynamicTest(fuzz.toString(), () -> check(fuzz)));
    }

    private void check(Case fuzz) throws IOException {
        Map<String, byte[]> intact = new LinkedHashMap<>();
        fuzz.files().forEach(f -> intact.put(f.path(), f.bytes()));
        String target = fuzz.files().get(fuzz.target()).path();
        Map<String, byte[]> mutated = fuzz.mutation().apply(intact, target, fuzz.at(), fuzz.size(), fuzz.pick());

        Set<String> before = typesOutside(intact, target);
        Run after = run(mutated, true);

        for (ProcessingError error : after.model().errors()) {
            assertThat(error.location().line()).as("line of %s", error).isPositive();
            assertThat(error.location().column()).as("column of %s", error).isPositive();
            assertThat(error.message()).as("%s", error).doesNotContainIgnoringCase("please report");
        }
        assertThat(typesOutside(declared(after.model()), target)).as("types of the intact files").containsAll(before);
        for (Map.Entry<String, String> report : after.reports().entrySet()) {
            ReportWriter writer = ReportWriters.byId(report.getKey()).orElseThrow();
            assertThat(writer.violations(report.getValue())).as("%s report", report.getKey()).isEmpty();
        }
    }

    /** The types the intact files of a sample other than {@code target} declare. */
    private static Set<String> typesOutside(Map<String, byte[]> intact, String target) throws IOException {
        Set<String> types = new HashSet<>();
        for (Map.Entry<String, byte[]> file : intact.entrySet()) {
            if (!file.getKey().equals(target)) {
                Set<String> declared = TYPES_OF_FILE.get(file.getKey());
                if (declared == null) {
                    declared = typesOutside(declared(run(Map.of(file.getKey(), file.getValue()), false).model()), "");
                    TYPES_OF_FILE.put(file.getKey(), declared);
                }
                types.addAll(declared);
            }
        }
        return types;
    }

    /** A type's file and name. */
    private record Declared(String file, String name) {
    }

    private static Set<Declared> declared(SourceModel model) {
        return model.types().stream().map(t -> new Declared(t.location().file(), t.qualifiedName()))
                .collect(Collectors.toSet());
    }

    /** What one check of a project gave. */
    private record Run(SourceModel model, Map<String, String> reports) {
    }

    private static Run run(Map<String, byte[]> files, boolean withReports) throws IOException {
        Path root = Files.createTempDirectory("costscope-fuzz");
        try {
            Path src = root.resolve("src/main/java");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = src.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
            SourceModel model = new SourceScanner().scan(ScanRequest.of(List.of(src), root, StandardCharsets.UTF_8));
            Map<String, String> reports = new TreeMap<>();
            if (withReports) {
                ProjectFacts facts = SETTINGS.analyzer().analyze(model);
                LintResult result = new Linter(Rules.all(SETTINGS)).lint(facts);
                Report report = ReportBuilder.build(facts, result, ReportContext.of("fuzz", Rules.all(SETTINGS)));
                for (ReportWriter writer : ReportWriters.all()) {
                    reports.put(writer.id(), writer.write(report));
                }
            }
            return new Run(model, reports);
        } finally {
            deleteQuietly(root);
        }
    }

    /** The names of {@code types} not declared in {@code target} (none is, when it is empty). */
    private static Set<String> typesOutside(Set<Declared> types, String target) {
        return types.stream().filter(t -> target.isEmpty() || !t.file().endsWith("/" + target)).map(Declared::name)
                .collect(Collectors.toSet());
    }

    /** The Java sources of the examples and of the invoker scenarios, each path once. */
    private static List<Source> corpus() {
        Path repository = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
        Map<String, Source> sources = new TreeMap<>();
        for (String tree : List.of("examples", "it/src/it")) {
            try (Stream<Path> walk = Files.walk(repository.resolve(tree))) {
                for (Path file : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    String path = file.toString().replace('\\', '/');
                    int main = path.indexOf("/src/main/java/");
                    int at = main >= 0 ? main : path.indexOf("/src/test/java/");
                    if (at >= 0) {
                        String relative = path.substring(at + "/src/main/java/".length());
                        sources.putIfAbsent(relative, new Source(relative, Files.readAllBytes(file)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(sources).as("the corpus of example and scenario sources").hasSizeGreaterThan(10);
        return new ArrayList<>(sources.values());
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
