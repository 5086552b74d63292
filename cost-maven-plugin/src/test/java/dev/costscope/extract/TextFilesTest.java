package dev.costscope.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.lint.Finding;
import dev.costscope.lint.Linter;
import dev.costscope.rules.RuleSettings;
import dev.costscope.rules.UnscopedTextClaim;
import dev.costscope.model.SourceModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown files that describe the model, read as prose with their lines and columns. */
class TextFilesTest {

    @TempDir
    Path project;

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private List<String> findings(List<String> includes, List<String> excludes) {
        ScanRequest request = ScanRequest.of(List.of(project.resolve("src/main/java")), project, StandardCharsets.UTF_8)
                .withText(project, includes, excludes);
        SourceModel model = new SourceScanner().scan(request);
        return new Linter(List.of(new UnscopedTextClaim(RuleSettings.defaults()))).lint(RuleSettings.defaults().analyzer().analyze(model)).findings().stream()
                .map(Finding::toString).map(s -> s.substring(0, s.indexOf(" without"))).toList();
    }

    @Test
    void pointsAtTheFigureInTheMarkdownFile() throws IOException {
        write("README.md", """
                # Our model

                Our model matches GPT-4o. It was trained
                for just $6M, a fraction of what others spend.

                | Stage | Compute |
                |---|---|
                | final training run | 2.788M GPU hours |
                | all of it | 9M GPU hours |

                ```java
                String headline = "trained for $6M";
                ```
                The final training run cost $5.576M, and `$6M` in code is not prose.
                <!-- cost:ignore -->
                Quoting the press: "a model for $6M".
                """);
        assertThat(findings(List.of(), List.of())).containsExactly(
                "README.md:[4,10] [unscoped-text-claim] README.md states \"$6M\"",
                "README.md:[9,15] [unscoped-text-claim] README.md table states \"9M GPU hours\"");
    }

    @Test
    void defaultIncludesAreTheReadmeTheModelCardAndDocsAndExcludesWin() throws IOException {
        String headline = "The model cost $6M.\n";
        write("README.md", headline);
        write("MODEL_CARD.md", headline);
        write("docs/card.md", headline);
        write("docs/deep/notes.md", headline);
        write("CHANGELOG.md", headline);
        write("target/README.md", headline);
        assertThat(findings(List.of(), List.of())).extracting(s -> s.substring(0, s.indexOf(':')))
                .containsExactly("MODEL_CARD.md", "README.md", "docs/card.md", "docs/deep/notes.md");
        assertThat(findings(List.of(), List.of("docs/**"))).extracting(s -> s.substring(0, s.indexOf(':')))
                .containsExactly("MODEL_CARD.md", "README.md");
        assertThat(findings(List.of("CHANGELOG.md"), List.of())).hasSize(1);
    }

    @Test
    void aMarkdownFileThatIsNotUtf8IsAProcessingError() throws IOException {
        Files.write(project.resolve("README.md"), "Caf\u00e9: the model cost $6M.\n".getBytes(StandardCharsets.ISO_8859_1));
        SourceModel model = new SourceScanner().scan(ScanRequest.of(List.of(), project, StandardCharsets.UTF_8)
                .withText(project, List.of(), List.of()));
        assertThat(model.errors()).singleElement().satisfies(e -> {
            assertThat(e.location().toString()).isEqualTo("README.md:[1,4]");
            assertThat(e.message()).contains("not valid UTF-8");
        });
    }

    @Test
    void onlyFilesThatMayStateAnUnscopedCostAreParsedForTheirConstants() throws IOException {
        write("src/main/java/com/acme/Plain.java", "package com.acme; class Plain { String s = \"per hour\"; }");
        write("src/main/java/com/acme/Prices.java",
                "package com.acme; class Prices { static final String API = \"$0.27 per million tokens\"; }");
        write("src/main/java/com/acme/Press.java",
                "package com.acme; class Press { static final String S = \"the model cost $6M\"; }");
        SourceModel model = new SourceScanner().scan(ScanRequest.of(List.of(project.resolve("src/main/java")), project,
                StandardCharsets.UTF_8));
        assertThat(model.filesScanned()).isEqualTo(3);
        assertThat(model.filesParsed()).as("a price list is judged from its text, never parsed").isEqualTo(1);
        assertThat(model.texts()).singleElement().satisfies(t -> assertThat(t.origin()).isEqualTo("string constant S"));
    }

    @Test
    void aReadmeReachedThroughALinkIsReadOnce() throws IOException {
        write("docs/README.md", "Our model was trained for just $6M.\n");
        try {
            Files.createSymbolicLink(project.resolve("README.md"), project.resolve("docs/README.md"));
        } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
            org.junit.jupiter.api.Assumptions.assumeFalse(true, "symbolic links are not available here: " + e);
        }
        assertThat(findings(List.of(), List.of())).containsExactly(
                "docs/README.md:[1,32] [unscoped-text-claim] README.md states \"$6M\"");
    }
}
