package dev.costscope.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.model.SourceModel;
import dev.costscope.model.TextBlock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole result of the last scan, reused while the tree is unchanged: every listed source and text
 * file, and every file a claim's constant was looked up in (present or absent, listed or excluded).
 * To show that a result was reused rather than read again, a claim's value is swapped for another of
 * the same length under the same time: a scan that reuses the result still sees the old value.
 */
class ScanResultsTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_600_000_000_000L);
    private static final String CLAIM = """
            package com.acme;
            import dev.costscope.annotations.*;
            @ModelRelease(name = "M", releaseDate = "2025-01-01")
            @TrainingCost(scope = Scope.FINAL_RUN, amount = Costs.AMOUNT, currency = "USD")
            class A {}
            """;

    @TempDir
    Path project;

    private Path write(String relative, String content) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, LONG_AGO);
        return file;
    }

    /** Rewrites a file with other content of the same length, under the same time. */
    private static void swap(Path file, String from, String to) throws IOException {
        String content = Files.readString(file).replace(from, to);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, LONG_AGO);
    }

    private Path costs(String amount) throws IOException {
        return write("src/main/java/com/acme/Costs.java",
                "package com.acme; final class Costs { static final String AMOUNT = \"" + amount + "\"; }");
    }

    private SourceModel scan(String configuration, List<String> excludes) {
        ScanRequest request = new ScanRequest(List.of(project.resolve("src/main/java")), project,
                StandardCharsets.UTF_8, ScanRequest.DEFAULT_INCLUDES, excludes)
                .withText(project, List.of("README.md"), List.of());
        return new SourceScanner().cachingIn(project.resolve("target/costscope-cache"), configuration).scan(request);
    }

    private SourceModel scan() {
        return scan("c", List.of());
    }

    private static String amount(SourceModel model) {
        return String.valueOf(model.types().get(0).claims().get(0).amount().value());
    }

    private List<Path> resultFiles() throws IOException {
        Path folder = project.resolve("target/costscope-cache");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("result-")).toList();
        }
    }

    @Test
    void anUnchangedTreeReusesTheWholeResultAndParsesNothing() throws IOException {
        Path claim = write("src/main/java/com/acme/A.java", CLAIM);
        costs("5.6M");
        write("README.md", "# M\n\nTraining M cost $5.6M.\n");
        SourceModel first = scan();
        assertThat(first.filesParsed()).isPositive();
        assertThat(amount(first)).isEqualTo("5.6M");

        swap(claim, "Costs.AMOUNT", "Costs.AMOUNX");
        SourceModel second = scan();
        assertThat(second.filesParsed()).as("nothing parsed").isZero();
        assertThat(second.filesScanned()).isEqualTo(first.filesScanned());
        assertThat(second.types()).as("same path, size and time: the last result").isEqualTo(first.types());
        assertThat(second.errors()).isEqualTo(first.errors());
        assertThat(second.texts()).extracting(TextBlock::text).isEqualTo(first.texts().stream().map(TextBlock::text).toList());
        assertThat(second.texts()).extracting(t -> t.map().locate(3))
                .isEqualTo(first.texts().stream().map(t -> t.map().locate(3)).toList());
    }

    /** Sets every folder of the project (its build output aside) to a time long ago. */
    private void ageFolders() throws IOException {
        try (Stream<Path> all = Files.walk(project)) {
            for (Path folder : all.filter(Files::isDirectory).filter(p -> !p.startsWith(project.resolve("target"))).toList()) {
                Files.setLastModifiedTime(folder, LONG_AGO);
            }
        }
    }

    @Test
    void anUntouchedTreeIsReusedWithoutBeingWalked() throws IOException {
        write("src/main/java/com/acme/A.java", CLAIM.replace("Costs.AMOUNT", "\"5.6M\""));
        write("README.md", "# M\n\nTraining M cost $5.6M.\n");
        ageFolders();
        assertThat(scan().filesParsed()).isPositive();
        ageFolders();
        // A claim file appears and its folder's time is set back: only a walk could see it now.
        write("src/main/java/com/acme/B.java", CLAIM.replace("class A", "class B").replace("Costs.AMOUNT", "\"7.0M\""));
        ageFolders();
        SourceModel quick = scan();
        assertThat(quick.filesParsed()).isZero();
        assertThat(quick.types()).as("the tree was not walked").hasSize(1);

        Files.setLastModifiedTime(project.resolve("src/main/java/com/acme"), FileTime.fromMillis(LONG_AGO.toMillis() + 1000));
        assertThat(scan().types()).as("a folder with another time: walked, and the new file read").hasSize(2);
    }

    @Test
    void aFileOutsideTheSelectionChangesAFolderButNotTheResult() throws IOException {
        Path claim = write("src/main/java/com/acme/A.java", CLAIM.replace("Costs.AMOUNT", "\"5.6M\""));
        ageFolders();
        scan();
        ageFolders();
        write("src/main/java/com/acme/notes.txt", "not a source");
        swap(claim, "5.6M", "6.1M");
        SourceModel walked = scan();
        assertThat(walked.filesParsed()).as("walked: the same sources, so the same result").isZero();
        assertThat(amount(walked)).isEqualTo("5.6M");
    }

    @Test
    void aChangedSourceIsScannedAgain() throws IOException {
        Path claim = write("src/main/java/com/acme/A.java", CLAIM);
        costs("5.6M");
        scan();
        Files.writeString(claim, CLAIM.replace("Costs.AMOUNT", "\"7.0M\""), StandardCharsets.UTF_8);
        Files.setLastModifiedTime(claim, FileTime.fromMillis(LONG_AGO.toMillis() + 1000));
        assertThat(amount(scan())).isEqualTo("7.0M");
    }

    @Test
    void aConstantInAnExcludedFileIsFollowedToo() throws IOException {
        write("src/main/java/com/acme/A.java", CLAIM);
        Path costs = costs("5.6M");
        List<String> excludes = List.of("**/Costs.java");
        assertThat(amount(scan("c", excludes))).isEqualTo("5.6M");

        costs("6.1M");
        Files.setLastModifiedTime(costs, FileTime.fromMillis(LONG_AGO.toMillis() + 1000));
        assertThat(amount(scan("c", excludes))).as("the constant's file changed").isEqualTo("6.1M");
    }

    @Test
    void aConstantFileThatAppearsIsNoticed() throws IOException {
        write("src/main/java/com/acme/A.java", CLAIM);
        List<String> excludes = List.of("**/Costs.java");
        assertThat(scan("c", excludes).types().get(0).unresolved()).isNotEmpty();

        costs("5.6M");
        SourceModel model = scan("c", excludes);
        assertThat(model.types().get(0).unresolved()).isEmpty();
        assertThat(amount(model)).isEqualTo("5.6M");
    }

    @Test
    void aChangedTextFileIsReadAgain() throws IOException {
        write("src/main/java/com/acme/A.java", CLAIM);
        costs("5.6M");
        Path readme = write("README.md", "# M\n\nTraining M cost $5.6M.\n");
        scan();
        Files.writeString(readme, "# M\n\nTraining M cost $9.9M in all.\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(readme, FileTime.fromMillis(LONG_AGO.toMillis() + 1000));
        assertThat(scan().texts()).extracting(TextBlock::text).anyMatch(text -> text.contains("$9.9M"));
    }

    @Test
    void anotherConfigurationNeverReusesTheResult() throws IOException {
        Path claim = write("src/main/java/com/acme/A.java", CLAIM.replace("Costs.AMOUNT", "\"5.6M\""));
        scan("tolerance=5%", List.of());
        swap(claim, "5.6M", "6.1M");
        assertThat(amount(scan("tolerance=6%", List.of()))).isEqualTo("6.1M");
    }

    @Test
    void aTreeWithAFileModifiedJustNowIsNotRemembered() throws IOException {
        Path claim = write("src/main/java/com/acme/A.java", CLAIM.replace("Costs.AMOUNT", "\"5.6M\""));
        Files.setLastModifiedTime(claim, FileTime.fromMillis(System.currentTimeMillis()));
        scan();
        assertThat(resultFiles()).isEmpty();
    }

    @Test
    void aConstantsFileModifiedJustNowKeepsTheResultFromBeingRemembered() throws IOException {
        write("src/main/java/com/acme/A.java", CLAIM);
        Path costs = costs("5.6M");
        Files.setLastModifiedTime(costs, FileTime.fromMillis(System.currentTimeMillis()));
        scan("c", List.of("**/Costs.java"));
        assertThat(resultFiles()).as("the constant's file is not listed, but it is what the claim read").isEmpty();
    }

    @Test
    void aCorruptResultIsIgnoredAndWrittenAnew() throws IOException {
        Path claim = write("src/main/java/com/acme/A.java", CLAIM.replace("Costs.AMOUNT", "\"5.6M\""));
        scan();
        Path result = resultFiles().get(0);
        byte[] bytes = Files.readAllBytes(result);
        Files.write(result, Arrays.copyOf(bytes, bytes.length - 9));
        swap(claim, "5.6M", "6.1M");
        assertThat(amount(scan())).as("a truncated result vouches for nothing").isEqualTo("6.1M");

        bytes = Files.readAllBytes(result);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(result, bytes);
        swap(claim, "6.1M", "7.2M");
        assertThat(amount(scan())).isEqualTo("7.2M");
        swap(claim, "7.2M", "8.3M");
        assertThat(amount(scan())).as("written anew, and trusted again").isEqualTo("7.2M");
    }
}
