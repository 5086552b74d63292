package dev.costscope.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.model.ProcessingError;
import dev.costscope.model.SourceModel;
import dev.costscope.report.ReportWriter;
import dev.costscope.report.ReportWriters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
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
 * still read, and every report passes its schema ({@link ReportVerdicts}: a report, or an SPDX
 * element, written again is not validated again).
 *
 * <p>Each case is drawn from its own seed ({@code seed + index}), so a failing case is reproduced by
 * its index alone. A build runs {@value #DEFAULT_CASES} cases with the fixed seed {@value #DEFAULT_SEED};
 * for more, or another seed:
 * {@code mvn -o -pl cost-annotations,cost-maven-plugin test -Dtest=HostileSourcesTest -Dcostscope.fuzz.cases=10000 -Dcostscope.fuzz.seed=7}.
 * The cases run on as many threads as there are processors ({@code -Dcostscope.fuzz.threads=1} for one).
 */
class HostileSourcesTest {

    static final int DEFAULT_CASES = 300;
    static final long DEFAULT_SEED = 20261129L;

    private static final List<Source> CORPUS = corpus();
    /** The types each intact corpus file declares, read once per file: what a file declares does not depend on the others. */
    private static final Map<String, Set<String>> TYPES_OF_FILE = new ConcurrentHashMap<>();
    /** The schema verdicts on the reports written so far: a report written again is not validated again. */
    private static final ReportVerdicts VERDICTS = new ReportVerdicts();

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
        int threads = Integer.getInteger("costscope.fuzz.threads", Runtime.getRuntime().availableProcessors());
        return ConcurrentCases.of(IntStream.range(0, cases).mapToObj(i -> Case.draw(seed, i)).toList(), threads,
                this::check);
    }

    private void check(Case fuzz) throws IOException {
        Map<String, byte[]> intact = new LinkedHashMap<>();
        fuzz.files().forEach(f -> intact.put(f.path(), f.bytes()));
        String target = fuzz.files().get(fuzz.target()).path();
        Map<String, byte[]> mutated = fuzz.mutation().apply(intact, target, fuzz.at(), fuzz.size(), fuzz.pick());

        Set<String> before = typesOutside(intact, target);
        ProjectCheck.Run after = ProjectCheck.run(mutated, true);

        for (ProcessingError error : after.model().errors()) {
            assertThat(error.location().line()).as("line of %s", error).isPositive();
            assertThat(error.location().column()).as("column of %s", error).isPositive();
            assertThat(error.message()).as("%s", error).doesNotContainIgnoringCase("please report");
        }
        assertThat(typesOutside(declared(after.model()), target)).as("types of the intact files").containsAll(before);
        for (Map.Entry<String, String> report : after.reports().entrySet()) {
            ReportWriter writer = ReportWriters.byId(report.getKey()).orElseThrow();
            assertThat(VERDICTS.violations(writer, report.getValue())).as("%s report", report.getKey()).isEmpty();
        }
    }

    /** The types the intact files of a sample other than {@code target} declare. */
    private static Set<String> typesOutside(Map<String, byte[]> intact, String target) throws IOException {
        Set<String> types = new HashSet<>();
        for (Map.Entry<String, byte[]> file : intact.entrySet()) {
            if (!file.getKey().equals(target)) {
                Set<String> declared = TYPES_OF_FILE.get(file.getKey());
                if (declared == null) {
                    declared = typesOutside(declared(ProjectCheck.run(Map.of(file.getKey(), file.getValue()), false).model()), "");
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
}
