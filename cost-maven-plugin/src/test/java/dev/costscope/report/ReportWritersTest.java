package dev.costscope.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportWritersTest {

    @Test
    void allSelectsEveryFormatOnceInRegistryOrder() {
        assertThat(ReportWriters.select(List.of("sarif", " ALL ", "json")))
                .extracting(ReportWriter::id).containsExactlyElementsOf(ReportWriters.ids());
        assertThat(ReportWriters.ids()).containsSubsequence("json", "markdown", "html", "sarif");
    }

    @Test
    void formatsAreWrittenInRegistryOrderWhateverTheOrderAskedFor() {
        assertThat(ReportWriters.select(List.of("sarif", "json", "json"))).extracting(ReportWriter::id)
                .containsExactly("json", "sarif");
    }

    @Test
    void anUnknownOrEmptyFormatIsATypedErrorNamingTheChoices() {
        assertThatThrownBy(() -> ReportWriters.select(List.of("json", "pdf")))
                .isInstanceOfSatisfying(UnknownFormatException.class, e -> {
                    assertThat(e.requested()).isEqualTo("pdf");
                    assertThat(e.known()).contains("json", "sarif", "all");
                });
        assertThatThrownBy(() -> ReportWriters.select(List.of("json", " "))).isInstanceOf(UnknownFormatException.class)
                .hasMessage("an empty format");
    }

    @Test
    void everyFormatHasItsOwnIdAndFileName() {
        assertThat(ReportWriters.all()).extracting(ReportWriter::id).doesNotHaveDuplicates();
        assertThat(ReportWriters.all()).extracting(w -> w.fileName("r")).doesNotHaveDuplicates();
        assertThat(ReportWriters.byId("markdown").orElseThrow().fileName("costscope-report")).isEqualTo("costscope-report.md");
        assertThat(ReportWriters.all()).filteredOn(w -> w.classifier("costscope").isPresent())
                .extracting(ReportWriter::id).containsExactly("json", "cyclonedx", "spdx");
        assertThat(ReportWriters.all()).extracting(w -> w.classifier("costscope").orElse(w.id()))
                .doesNotHaveDuplicates().doesNotContain("cyclonedx");
    }
}
