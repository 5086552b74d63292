package dev.costscope.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.model.SourceModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache of files that needed nothing: trusted while path, size and time stay the same, never
 * across another configuration, ignored and rebuilt when corrupt. To show that a file was not read
 * again, its content is swapped for a claim of the same length under the same time: a scan that
 * trusts the cache does not see the claim. The whole-result cache beside it ({@link ScanResultsTest})
 * would hide that swap too; a test that means this cache alone forgets the results first.
 */
class IncrementalScanTest {

    private static final String CLAIM = "package com.acme; @dev.costscope.annotations.ModelRelease(name=\"M\") class A {}";
    /** An ordinary class padded to the claim's length. */
    private static final String ORDINARY = String.format("%-" + CLAIM.length() + "s", "package com.acme; class A { int hours = 3; }");
    private static final FileTime LONG_AGO = FileTime.fromMillis(1_600_000_000_000L);

    @TempDir
    Path project;

    private Path source() throws IOException {
        Path file = project.resolve("src/main/java/com/acme/A.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, ORDINARY, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, LONG_AGO);
        return file;
    }

    /** Replaces the content with a claim of exactly the same length and time. */
    private static void swapInAClaim(Path file) throws IOException {
        assertThat(CLAIM).hasSameSizeAs(ORDINARY);
        Files.writeString(file, CLAIM, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, LONG_AGO);
    }

    private SourceModel scan(String configuration) {
        return new SourceScanner().cachingIn(project.resolve("target/costscope-cache"), configuration)
                .scan(ScanRequest.of(List.of(project.resolve("src/main/java")), project, StandardCharsets.UTF_8));
    }

    private Path cacheFile() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("target/costscope-cache"))) {
            return files.filter(p -> p.getFileName().toString().startsWith("scan-") && p.toString().endsWith(".cache"))
                    .findFirst().orElseThrow();
        }
    }

    /** Deletes the whole-result cache, so that the scan goes through the files. */
    private void forgetResults() throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("target/costscope-cache"))) {
            for (Path file : files.filter(p -> p.getFileName().toString().startsWith("result-")).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void anUnchangedFileThatNeededNothingIsNotReadAgain() throws IOException {
        Path file = source();
        assertThat(scan("c").types()).isEmpty();
        swapInAClaim(file);
        forgetResults();
        assertThat(scan("c").types()).as("same path, size and time: trusted").isEmpty();
    }

    @Test
    void aChangedTimeOrSizeIsReadAgain() throws IOException {
        Path file = source();
        scan("c");
        swapInAClaim(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(LONG_AGO.toMillis() + 1));
        assertThat(scan("c").types()).hasSize(1);

        Path other = source();
        scan("c");
        Files.writeString(other, CLAIM + " ", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(other, LONG_AGO);
        assertThat(scan("c").types()).hasSize(1);
    }

    @Test
    void anotherConfigurationNeverTrustsTheCache() throws IOException {
        Path file = source();
        scan("tolerance=5%");
        swapInAClaim(file);
        assertThat(scan("tolerance=6%").types()).hasSize(1);
    }

    @Test
    void anotherRequestNeverTrustsTheCache() throws IOException {
        Path file = source();
        scan("c");
        swapInAClaim(file);
        SourceModel model = new SourceScanner().cachingIn(project.resolve("target/costscope-cache"), "c")
                .scan(ScanRequest.of(List.of(project.resolve("src/main/java")), project, StandardCharsets.ISO_8859_1));
        assertThat(model.types()).hasSize(1);
    }

    @Test
    void aCorruptCacheIsIgnoredAndRebuilt() throws IOException {
        Path file = source();
        scan("c");
        Path cache = cacheFile();
        byte[] bytes = Files.readAllBytes(cache);
        Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        swapInAClaim(file);
        forgetResults();
        assertThat(scan("c").types()).as("a truncated cache vouches for nothing").hasSize(1);

        Files.writeString(cache, "not a cache at all");
        forgetResults();
        assertThat(scan("c").types()).hasSize(1);
        assertThat(Files.size(cacheFile())).as("written anew").isGreaterThan(20);
    }

    @Test
    void aFileThatNeedsWorkIsNeverRemembered() throws IOException {
        Path file = source();
        swapInAClaim(file);
        assertThat(scan("c").types()).hasSize(1);
        assertThat(scan("c").types()).hasSize(1);
    }

    @Test
    void aFileModifiedJustNowIsNotRememberedYet() throws IOException {
        Path file = source();
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        scan("c");
        Files.writeString(file, CLAIM, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, LONG_AGO);
        assertThat(scan("c").types()).hasSize(1);
    }

    @Test
    void aCacheThatCannotBeWrittenIsLeftOut() throws IOException {
        source();
        Files.createDirectories(project.resolve("target"));
        Files.writeString(project.resolve("target/costscope-cache"), "a file where the folder would be");
        assertThat(scan("c").errors()).isEmpty();
        assertThat(scan("c").filesScanned()).isEqualTo(1);
    }
}
