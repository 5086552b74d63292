package dev.costscope.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costscope.report.ReportWriter;
import dev.costscope.report.ReportWriters;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The remembered schema verdicts give the verdict of the writer's own whole-schema check: on real
 * reports and on SPDX documents broken in each way the parts could hide, and a repeat is not checked
 * again.
 */
class ReportVerdictsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ReportWriter SPDX = ReportWriters.byId("spdx").orElseThrow();
    private static Map<String, String> reports;

    @BeforeAll
    static void twoReleases() throws IOException {
        reports = ProjectCheck.run(Map.of(
                "p/First.java", release("First", "FINAL_RUN", "5.6M"),
                "p/Second.java", release("Second", "ALL_TRAINING_RUNS", "12M")), true).reports();
    }

    @Test
    void everyFormatOfARealReportGetsTheWholeSchemasVerdict() {
        ReportVerdicts verdicts = new ReportVerdicts();

        for (ReportWriter writer : ReportWriters.all()) {
            String written = reports.get(writer.id());
            assertThat(verdicts.violations(writer, written)).as(writer.id()).isEqualTo(writer.violations(written))
                    .isEmpty();
        }
        assertThat(packages(spdxDocument())).as("AI packages in the SPDX report").hasSize(2);
    }

    @Test
    void anSpdxDocumentBrokenAnywhereIsInvalidAsTheWholeSchemaSaysIt() {
        List<Consumer<ObjectNode>> breakages = List.of(
                doc -> lastPackage(doc).put("software_primaryPurpose", "weights"),
                doc -> lastPackage(doc).put("notAnSpdxProperty", 1),
                doc -> lastPackage(doc).remove("spdxId"),
                doc -> lastPackage(doc).put("type", "Element"),
                doc -> lastPackage(doc).remove("type"),
                doc -> graph(doc).add(MAPPER.createObjectNode().put("type", "SoftwareAgent")),
                doc -> graph(doc).add("not an element"),
                doc -> doc.put("stray", true),
                doc -> doc.put("@context", "https://example.com/context.jsonld"));
        ReportVerdicts verdicts = new ReportVerdicts();

        for (int i = 0; i < breakages.size(); i++) {
            ObjectNode document = spdxDocument();
            breakages.get(i).accept(document);
            String broken = document.toString();
            assertThat(SPDX.violations(broken)).as("whole schema, breakage %d", i).isNotEmpty();
            assertThat(verdicts.violations(SPDX, broken)).as("in parts, breakage %d", i).isNotEmpty();
        }
    }

    @Test
    void theSpdxSchemaLooksAtTheGraphOnlyAtItsRoot() throws IOException {
        try (InputStream in = ReportVerdictsTest.class.getResourceAsStream(SpdxElementSchemas.RESOURCE)) {
            String definitions = MAPPER.readTree(in).get("$defs").toString();

            assertThat(definitions).doesNotContain("\"@graph\"");
        }
        assertThat(new SpdxElementSchemas().classes()).contains("ai_AIPackage", "CreationInfo", "SoftwareAgent",
                "SpdxDocument");
    }

    @Test
    void aReportWrittenAgainIsNotCheckedAgain() {
        AtomicInteger checks = new AtomicInteger();
        ReportWriter json = ReportWriters.byId("json").orElseThrow();
        ReportWriter counting = new ReportWriter() {
            @Override
            public String id() {
                return json.id();
            }

            @Override
            public String extension() {
                return json.extension();
            }

            @Override
            public String mediaType() {
                return json.mediaType();
            }

            @Override
            public void write(dev.costscope.report.Report report, java.io.Writer out) throws java.io.IOException {
                json.write(report, out);
            }

            @Override
            public List<String> violations(String written) {
                checks.incrementAndGet();
                return json.violations(written);
            }
        };
        ReportVerdicts verdicts = new ReportVerdicts();

        verdicts.violations(counting, reports.get("json"));
        verdicts.violations(counting, new String(reports.get("json").getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        verdicts.violations(counting, reports.get("json").replace("\"First\"", "\"Third\""));

        assertThat(checks).hasValue(2);
    }

    private static ObjectNode spdxDocument() {
        try {
            return (ObjectNode) MAPPER.readTree(reports.get("spdx"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArrayNode graph(ObjectNode document) {
        return (ArrayNode) document.get("@graph");
    }

    private static ObjectNode lastPackage(ObjectNode document) {
        List<ObjectNode> packages = packages(document);
        return packages.get(packages.size() - 1);
    }

    private static List<ObjectNode> packages(ObjectNode document) {
        List<ObjectNode> packages = new ArrayList<>();
        for (JsonNode element : graph(document)) {
            if (element.path("type").asText().equals("ai_AIPackage")) {
                packages.add((ObjectNode) element);
            }
        }
        return packages;
    }

    private static byte[] release(String name, String scope, String amount) {
        return ("package p;\n"
                + "import dev.costscope.annotations.*;\n"
                + "@ModelRelease(name = \"" + name + "\")\n"
                + "@TrainingCost(amount = \"" + amount + "\", scope = Scope." + scope + ")\n"
                + "public final class " + name + " {\n}\n").getBytes(StandardCharsets.UTF_8);
    }
}
