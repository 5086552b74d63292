package dev.costscope.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costscope.lint.Finding;
import dev.costscope.lint.Linter;
import dev.costscope.model.SourceModel;
import dev.costscope.model.TextBlock;
import dev.costscope.rules.RuleSettings;
import dev.costscope.rules.Rules;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scan cache's codec on the models of every example and invoker scenario of this repository:
 * what it reads back is linted to the same findings at the same places, and writes the same bytes.
 * Damaged input throws nothing but an {@link IOException} (a flipped byte inside a string can still
 * read as another string: {@link ScanResults} checks a checksum before it decodes).
 */
class ModelCodecTest {

    /** The examples and the invoker scenarios, each a project with sources and, often, a README. */
    private static List<Path> projects() throws IOException {
        Path repository = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
        List<Path> projects = new ArrayList<>();
        for (String folder : List.of("examples", "it/src/it")) {
            try (Stream<Path> children = Files.list(repository.resolve(folder))) {
                children.filter(p -> Files.isDirectory(p.resolve("src"))).sorted().forEach(projects::add);
            }
        }
        assertThat(projects).hasSizeGreaterThan(10);
        return projects;
    }

    private static SourceModel scan(Path project) {
        return new SourceScanner().scan(ScanRequest.of(List.of(project.resolve("src/main/java")), project,
                StandardCharsets.UTF_8).withText(project, List.of(), List.of()));
    }

    private static byte[] encode(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            ModelCodec.write(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Object decode(byte[] bytes) throws IOException {
        return ModelCodec.read(new ByteArrayInputStream(bytes));
    }

    private static List<String> findings(SourceModel model) {
        RuleSettings settings = RuleSettings.defaults();
        return new Linter(Rules.all(settings)).lint(settings.analyzer().analyze(model)).findings().stream()
                .map(Finding::toString).toList();
    }

    @Test
    void everyProjectsModelReadsBackToTheSameFindingsAndTheSameBytes() throws IOException {
        int claims = 0;
        int texts = 0;
        for (Path project : projects()) {
            SourceModel model = scan(project);
            byte[] bytes = encode(model);
            SourceModel back = (SourceModel) decode(bytes);
            assertThat(back.types()).as(project.toString()).isEqualTo(model.types());
            assertThat(back.errors()).as(project.toString()).isEqualTo(model.errors());
            assertThat(back.texts()).extracting(TextBlock::text).isEqualTo(model.texts().stream().map(TextBlock::text).toList());
            assertThat(findings(back)).as(project.toString()).isEqualTo(findings(model));
            assertThat(encode(back)).as(project.toString()).isEqualTo(bytes);
            claims += model.types().stream().mapToInt(t -> t.claims().size()).sum();
            texts += model.texts().size();
        }
        assertThat(claims).as("the projects hold claims").isGreaterThan(10);
        assertThat(texts).as("and prose").isGreaterThan(10);
    }

    @Test
    void damagedBytesThrowNothingButAnIOException() throws IOException {
        Path project = projects().get(0);
        byte[] bytes = encode(scan(project));
        Random random = new Random(20261129);
        for (int i = 0; i < 2_000; i++) {
            byte[] damaged = i % 2 == 0 ? Arrays.copyOf(bytes, random.nextInt(bytes.length))
                    : flip(bytes, random);
            try {
                decode(damaged);
            } catch (IOException expected) {
                // what a damaged cache may be: ScanResults then scans again
            }
        }
    }

    private static byte[] flip(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        return copy;
    }

    @Test
    void onlyTheModelsOwnTypesAreRead() {
        byte[] bytes = encode(dev.costscope.model.SourceLocation.ofFile("A.java"));
        String text = new String(bytes, StandardCharsets.ISO_8859_1)
                .replace("dev.costscope.model.SourceLocation", "java.lang.ProcessBuilder$Redirect1");
        assertThatThrownBy(() -> decode(text.getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(IOException.class).hasMessageContaining("not a class of the model");
        assertThatThrownBy(() -> encode(new StringBuilder("x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
