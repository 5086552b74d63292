package dev.costscope.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.costscope.model.SourceModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The walk of the source roots: a folder that cannot be read is reported and hides nothing else. */
class SourceFilesTest {

    /** A folder that even root cannot list on Linux (another process's mapped files). */
    private static final Path UNLISTABLE = Paths.get("/proc/1/map_files");

    @TempDir
    Path project;

    private static boolean listable(Path dir) {
        try (var entries = Files.list(dir)) {
            entries.findFirst();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private Path src() {
        return project.resolve("src/main/java");
    }

    private void write(String path, String text) throws IOException {
        Path file = src().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void anUnreadableFolderIsALocatedErrorAndTheRestOfTheRootIsStillChecked() throws IOException {
        assumeFalse(!Files.isDirectory(UNLISTABLE) || listable(UNLISTABLE),
                "needs Linux /proc to make a folder that cannot be listed, even by root");
        write("com/acme/a/Before.java", "package com.acme.a; class Before {}");
        write("com/acme/z/Release.java", """
                package com.acme.z;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "1M")
                class Release {}
                """);
        Files.createSymbolicLink(src().resolve("com/acme/m"), UNLISTABLE);

        SourceModel model = new SourceScanner().scan(ScanRequest.of(List.of(src()), project, StandardCharsets.UTF_8));

        assertThat(model.types()).singleElement().satisfies(t -> assertThat(t.qualifiedName()).isEqualTo("com.acme.z.Release"));
        assertThat(model.filesScanned()).isEqualTo(2);
        assertThat(model.errors()).singleElement().satisfies(e -> {
            assertThat(e.location().file()).isEqualTo("src/main/java/com/acme/m");
            assertThat(e.message()).startsWith("this folder cannot be read (").contains("the rest of the source root was");
        });
    }

    @Test
    void aLinkBackToAFolderAboveIsListedOnceAndIsNoError() throws IOException {
        write("com/acme/A.java", "package com.acme; class A {}");
        Files.createSymbolicLink(src().resolve("com/acme/loop"), src().resolve("com"));

        SourceFiles.Listing listing = new SourceFiles(ScanRequest.DEFAULT_INCLUDES, List.of()).walk(List.of(src()));

        assertThat(listing.failures()).isEmpty();
        assertThat(listing.files()).extracting(f -> src().relativize(f.path()).toString())
                .contains("com/acme/A.java");
    }

    @Test
    void aLinkedFolderOfSourcesIsWalkedAsMavenDoes() throws IOException {
        Path elsewhere = project.resolve("generated/com/acme");
        Files.createDirectories(elsewhere);
        Files.writeString(elsewhere.resolve("G.java"), "package com.acme; class G {}");
        Files.createDirectories(src().resolve("com"));
        Files.createSymbolicLink(src().resolve("com/acme"), elsewhere);

        SourceFiles.Listing listing = new SourceFiles(ScanRequest.DEFAULT_INCLUDES, List.of()).walk(List.of(src()));

        assertThat(listing.files()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo(src().resolve("com/acme/G.java").toAbsolutePath().normalize());
            assertThat(f.size()).isEqualTo(Files.size(elsewhere.resolve("G.java")));
        });
    }

    @Test
    void aFileReachedThroughALinkedFolderIsListedAndCheckedOnce() throws IOException {
        write("com/acme/Release.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "M")
                @TrainingCost(amount = "1M")
                class Release {}
                """);
        linkOrSkip(src().resolve("alias"), src().resolve("com"));
        linkOrSkip(project.resolve("src/main/other"), src());

        SourceModel model = new SourceScanner().scan(ScanRequest.of(List.of(src(), project.resolve("src/main/other")),
                project, StandardCharsets.UTF_8));

        assertThat(model.filesScanned()).isEqualTo(1);
        assertThat(model.types()).singleElement().satisfies(t -> {
            assertThat(t.qualifiedName()).isEqualTo("com.acme.Release");
            assertThat(t.location().file()).isEqualTo("src/main/java/com/acme/Release.java");
        });
        assertThat(model.claimCount()).isEqualTo(1);
        assertThat(model.errors()).isEmpty();
    }

    /** Makes {@code link} point at {@code target}, or skips the test where the file system has no symbolic links. */
    private static void linkOrSkip(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | FileSystemException e) {
            assumeFalse(true, "symbolic links are not available here: " + e);
        }
    }
}
