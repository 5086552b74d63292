package dev.costscope.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tree a scan saw, and the quick look at the disk that tells an unchanged tree without walking it:
 * every change a walk would notice (a file edited, added, removed or renamed) must make the look fail.
 */
class TreeSnapshotTest {

    private static final long LONG_AGO = 1_600_000_000_000L;

    @TempDir
    Path project;

    private Path write(String relative, String content) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    /** Sets every file and folder of the project to a time long ago, as a tree nobody touched for a while. */
    private void age() throws IOException {
        try (Stream<Path> all = Files.walk(project)) {
            for (Path path : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.setLastModifiedTime(path, FileTime.fromMillis(LONG_AGO));
            }
        }
    }

    private TreeSnapshot snapshot() {
        SourceFiles.Listing sources = new SourceFiles(ScanRequest.DEFAULT_INCLUDES, List.of()).walk(List.of(project.resolve("src")));
        return new TreeSnapshot(System.currentTimeMillis()).sources(sources);
    }

    private static TreeSnapshot roundTrip(TreeSnapshot snapshot) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        snapshot.write(new DataOutputStream(bytes));
        byte[] written = bytes.toByteArray();
        return TreeSnapshot.read(new DataInputStream(new ByteArrayInputStream(written)), written.length);
    }

    private void project() throws IOException {
        write("src/com/acme/A.java", "class A {}");
        write("src/com/acme/deep/B.java", "class B {}");
        write("src/com/other/C.java", "class C {}");
        age();
    }

    @Test
    void anUntouchedTreeIsUnchangedAfterBeingWrittenAndRead() throws IOException {
        project();
        TreeSnapshot read = roundTrip(snapshot());
        assertThat(read.unchangedOnDisk()).isTrue();
        assertThat(read.sameFiles(snapshot())).isTrue();
        assertThat(read.folders()).contains(project.resolve("src/com/acme/deep").toAbsolutePath());
    }

    @Test
    void anEditedFileIsNoticed() throws IOException {
        project();
        TreeSnapshot read = roundTrip(snapshot());
        Path b = project.resolve("src/com/acme/deep/B.java");
        Files.writeString(b, "class X {}");
        Files.setLastModifiedTime(b, FileTime.fromMillis(LONG_AGO + 1000));
        assertThat(read.unchangedOnDisk()).as("same size, another time").isFalse();
        assertThat(read.sameFiles(snapshot())).isFalse();
    }

    @Test
    void aFileAddedRemovedOrRenamedIsNoticedThroughItsFolder() throws IOException {
        project();
        TreeSnapshot read = roundTrip(snapshot());
        write("src/com/acme/deep/New.java", "class New {}");
        assertThat(read.unchangedOnDisk()).as("added").isFalse();

        age();
        read = roundTrip(snapshot());
        Files.delete(project.resolve("src/com/acme/deep/New.java"));
        assertThat(read.unchangedOnDisk()).as("removed").isFalse();

        age();
        read = roundTrip(snapshot());
        Files.move(project.resolve("src/com/other/C.java"), project.resolve("src/com/other/D.java"));
        assertThat(read.unchangedOnDisk()).as("renamed").isFalse();
    }

    @Test
    void aFolderAddedDeepDownIsNoticed() throws IOException {
        project();
        TreeSnapshot read = roundTrip(snapshot());
        Files.createDirectories(project.resolve("src/com/acme/deep/deeper"));
        assertThat(read.unchangedOnDisk()).isFalse();
    }

    @Test
    void aRecentFolderKeepsTheQuickLookFromVouchingButNotTheComparisonOfFiles() throws IOException {
        project();
        Files.setLastModifiedTime(project.resolve("src/com/other"), FileTime.fromMillis(System.currentTimeMillis()));
        TreeSnapshot taken = snapshot();
        assertThat(taken.settled()).as("the files are old").isTrue();
        TreeSnapshot read = roundTrip(taken);
        assertThat(read.unchangedOnDisk()).as("a folder that may still change").isFalse();
        assertThat(read.sameFiles(snapshot())).isTrue();
    }

    @Test
    void aRecentFileIsNotSettled() throws IOException {
        project();
        Files.setLastModifiedTime(project.resolve("src/com/acme/A.java"), FileTime.fromMillis(System.currentTimeMillis()));
        assertThat(snapshot().settled()).isFalse();
    }

    @Test
    void damagedBytesAreNotASnapshot() throws IOException {
        project();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        snapshot().write(new DataOutputStream(bytes));
        byte[] written = bytes.toByteArray();
        byte[] hugeCount = written.clone();
        hugeCount[0] = 0x7f;
        assertThatThrownBy(() -> TreeSnapshot.read(new DataInputStream(new ByteArrayInputStream(hugeCount)), hugeCount.length))
                .isInstanceOf(IOException.class);
        byte[] cut = java.util.Arrays.copyOf(written, written.length - 5);
        assertThatThrownBy(() -> TreeSnapshot.read(new DataInputStream(new ByteArrayInputStream(cut)), cut.length))
                .isInstanceOf(IOException.class);
    }
}
