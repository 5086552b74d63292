package dev.costscope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

    @TempDir
    Path dir;

    @Test
    void replacesTheFileWholeAndLeavesNothingElse() throws IOException {
        Path target = dir.resolve("out/report.md");
        ReportFiles.writeAtomically(target, "first\n");
        ReportFiles.writeAtomically(target, "second é\n");
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("second é\n");
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aTargetThatCannotBeReplacedKeepsWhatItHadAndNoTemporaryFileRemains() throws IOException {
        Path target = dir.resolve("report.md");
        Files.createDirectories(target.resolve("occupied"));
        assertThatThrownBy(() -> ReportFiles.writeAtomically(target, "new\n")).isInstanceOf(IOException.class);
        assertThat(target).isDirectory();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void reportFilesGetThePermissionsOfAnyNewFileNotOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path ordinary = Files.createFile(dir.resolve("ordinary.txt"));
        Path target = dir.resolve("report.md");
        ReportFiles.writeAtomically(target, "x\n");
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void aLoneSurrogateIsWrittenAsAReplacementCharacterNotAFailure() throws IOException {
        Path target = dir.resolve("report.json");
        ReportFiles.writeAtomically(target, "{\"name\" : \"M\uD800\", \"ok\" : \"\uD83D\uDE00\"}");
        assertThat(Files.readString(target, StandardCharsets.UTF_8))
                .isEqualTo("{\"name\" : \"M\uFFFD\", \"ok\" : \"\uD83D\uDE00\"}");
    }

    @Test
    void temporaryFilesOfAKilledRunAreRemovedAndThoseOfARunningOneKept() throws IOException {
        Path stale = Files.writeString(dir.resolve(".report.md.2147483646-1.tmp"), "half");
        Path oldStyle = Files.writeString(dir.resolve(".report.md4412399787.tmp"), "half");
        Path running = Files.writeString(dir.resolve(".report.md." + ProcessHandle.current().pid() + "-999999.tmp"), "");
        Path unrelated = Files.writeString(dir.resolve(".other.tmp"), "");
        ReportFiles.writeAtomically(dir.resolve("report.md"), "whole\n");
        assertThat(stale).doesNotExist();
        assertThat(oldStyle).doesNotExist();
        assertThat(running).exists();
        assertThat(unrelated).exists();
    }

    @Test
    void aReportSetNeverLeavesFilesOfAnEarlierRunBesideIt() throws IOException {
        List<String> members = List.of("r.json", "r.md", "r.html");
        try (ReportSet first = new ReportSet(dir, members)) {
            first.add("r.json", "1");
            first.add("r.md", "1");
            first.add("r.html", "1");
            first.commit();
        }
        try (ReportSet second = new ReportSet(dir, members)) {
            second.add("r.json", "2");
            second.commit();
            assertThat(second.committed()).containsExactly("r.json");
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("r.json"));
        }
        assertThat(Files.readString(dir.resolve("r.json"))).isEqualTo("2");
    }

    @Test
    void aSetThatFailsBeforeItsCommitLeavesTheEarlierSetWholeAndNoTemporaryFile() throws IOException {
        List<String> members = List.of("r.json", "r.md");
        try (ReportSet first = new ReportSet(dir, members)) {
            first.add("r.json", "1");
            first.add("r.md", "1");
            first.commit();
        }
        try (ReportSet second = new ReportSet(dir, members)) {
            second.add("r.json", "2");
            assertThatThrownBy(() -> second.add("r.pdf", "2")).isInstanceOf(IllegalArgumentException.class);
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(dir.resolve("r.json"), dir.resolve("r.md"));
        }
        assertThat(Files.readString(dir.resolve("r.json"))).isEqualTo("1");
    }
}
