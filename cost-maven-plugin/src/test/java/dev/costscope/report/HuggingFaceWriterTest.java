package dev.costscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Hugging Face metadata parses back as YAML with the examples' numbers, whatever the values hold. */
class HuggingFaceWriterTest {

    private final HuggingFaceWriter writer = new HuggingFaceWriter();

    @TempDir
    Path project;

    @Test
    void deepSeekV3ParsesBackWithItsNumbers() throws IOException {
        List<JsonNode> blocks = parse(writer.write(Examples.report(project, "deepseek-v3")));

        assertThat(blocks).hasSize(1);
        JsonNode claim = blocks.get(0).path("costscope").path("claims").path(0);
        assertThat(blocks.get(0).path("costscope").path("release").asText()).isEqualTo("DeepSeek-V3 2024-12-26");
        assertThat(claim.path("scope").asText()).isEqualTo("FINAL_RUN");
        assertThat(claim.path("amount").isNumber()).isTrue();
        assertThat(claim.path("amount").decimalValue()).isEqualByComparingTo("5576000");
        assertThat(claim.path("acceleratorHours").decimalValue()).isEqualByComparingTo("2788000");
        assertThat(claim.path("currency").asText()).isEqualTo("USD");
        assertThat(blocks.get(0).has("co2_eq_emissions")).isFalse();
    }

    @Test
    void hostileValuesStayValues() throws IOException {
        String yaml = writer.write(ReportFixture.report(project, Map.of("com/acme/X.java", """
                package com.acme;
                import dev.costscope.annotations.*;
                @ModelRelease(name = "x\\n---\\nevil: true # \\"q\\" \\\\ \\u0007")
                @TrainingCost(scope = Scope.FINAL_RUN, amount = "1M", source = "a: b\\r\\n- c\\n---")
                class X {}
                """)));
        List<JsonNode> blocks = parse(yaml);

        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0).has("evil")).isFalse();
        assertThat(blocks.get(0).path("costscope").path("release").asText()).isEqualTo("x\n---\nevil: true # \"q\" \\ \u0007");
        assertThat(blocks.get(0).path("costscope").path("claims").path(0).path("source").asText()).isEqualTo("a: b\r\n- c\n---");
    }

    private static List<JsonNode> parse(String yaml) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        return mapper.readValues(new YAMLFactory().createParser(yaml), JsonNode.class).readAll().stream()
                .filter(n -> !n.isNull() && !n.isMissingNode()).toList();
    }
}
