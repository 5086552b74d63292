package dev.costscope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costscope.lint.Baseline;
import dev.costscope.lint.BaselineEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {

    @TempDir
    Path dir;

    private static final Baseline BASELINE = new Baseline(List.of(
            new BaselineEntry("0123456789abcdef0123456789abcdef", "unscoped-claim", "src/B.java", "no \"scope\"\n"),
            new BaselineEntry("fedcba9876543210fedcba9876543210", "missing-provenance", "src/A.java", "no source")));

    @Test
    void writtenSortedWithoutLinesAndReadBack() throws Exception {
        String json = BaselineFile.write(BASELINE);
        assertThat(json).startsWith("{\n  \"formatVersion\" : \"1.0\",\n  \"findings\" : [\n    {\n      \"fingerprint\" : \"fedcba98")
                .doesNotContain("line").endsWith("}\n");
        Path file = dir.resolve(BaselineFile.NAME);
        Files.writeString(file, json);
        assertThat(BaselineFile.read(file).entries()).isEqualTo(BASELINE.entries());
    }

    @Test
    void aBrokenBaselineNamesTheFileAndWhatIsWrong() throws IOException {
        Path file = dir.resolve(BaselineFile.NAME);
        Files.writeString(file, "{\"formatVersion\": \"1.0\", \"findings\": [{\"fingerprint\": \"xyz\", \"rule\": \"r\","
                + " \"file\": \"f\", \"message\": \"m\"}]}");
        assertThatThrownBy(() -> BaselineFile.read(file))
                .isInstanceOfSatisfying(BaselineFile.Invalid.class, e -> assertThat(e.file()).isEqualTo(file))
                .hasMessageStartingWith("it does not conform to costscope-baseline-1.0.schema.json: ")
                .hasMessageContaining("fingerprint");
        Files.writeString(file, "{\"formatVersion\": ");
        assertThatThrownBy(() -> BaselineFile.read(file)).hasMessageContaining("not JSON");
        Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xFE, 0});
        assertThatThrownBy(() -> BaselineFile.read(file)).hasMessage("it is not UTF-8 text");
    }

    @Test
    void docsPublishTheSchemaTheJarShips() throws IOException {
        try (InputStream in = BaselineFile.class.getResourceAsStream(BaselineFile.SCHEMA_RESOURCE)) {
            assertThat(Files.readString(Path.of("../docs/schema", BaselineFile.SCHEMA_RESOURCE)))
                    .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
