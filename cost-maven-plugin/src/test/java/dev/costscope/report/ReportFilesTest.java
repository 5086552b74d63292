package dev.costscope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
