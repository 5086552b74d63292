package dev.costscope.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.component.modelCard.Considerations;
import org.cyclonedx.model.component.modelCard.consideration.consumption.Activity;
import org.cyclonedx.model.component.modelCard.consideration.consumption.EnergyConsumption;
import org.cyclonedx.model.component.modelCard.consideration.consumption.energy.EnergySource;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stated energy, emissions and wall-clock time in the standards' own fields: which claim's figures go
 * where, in which unit, and what stays in {@code costscope:*} properties; every document valid for the
 * library and the official schemas.
 */
class FootprintExportsTest {

    /** A final run and a wider claim of one release, each stating energy and emissions (the wider ones larger). */
    private static final String TWO_SCOPES = """
            package com.acme;
            import dev.costscope.annotations.*;
            @ModelRelease(name = "M")
            @TrainingCost(scope = Scope.FINAL_RUN, amount = "2M", source = "paper",
                items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "2M",
                    compute = @Compute(accelerator = "H100", count = 1000, hours = "1M", ratePerHour = "2",
                        energy = "1.2 GWh", locationBasedEmissions = "450", marketBasedEmissions = "30", wallClock = "6 weeks")))
            @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "5M",
                items = {@Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "2M",
                             compute = @Compute(accelerator = "H100", hours = "1M", ratePerHour = "2", energy = "1.2 GWh",
                                 locationBasedEmissions = "450")),
                         @Item(component = CostComponent.EXPERIMENTS, amount = "3M",
                             compute = @Compute(accelerator = "H100", hours = "1.5M", ratePerHour = "2", energy = "1.8 GWh",
                                 locationBasedEmissions = "675"))})
            class M {}
            """;

    /** Only a research-and-development claim states energy; only market-based emissions. */
    private static final String WIDER_ONLY = """
            package com.acme;
            import dev.costscope.annotations.*;
            @ModelRelease(name = "W")
            @TrainingCost(scope = Scope.RESEARCH_AND_DEVELOPMENT, amount = "50M",
                items = {@Item(component = CostComponent.FINAL_RUN_COMPUTE,
                             compute = @Compute(accelerator = "H100", hours = "1M", energy = "900 MWh", marketBasedEmissions = "12")),
                         @Item(component = CostComponent.EXPERIMENTS, compute = @Compute(accelerator = "H100", hours = "2M",
                             energy = "1.8 GWh", marketBasedEmissions = "20")),
                         @Item(component = CostComponent.PERSONNEL), @Item(component = CostComponent.DATA)})
            class W {}
            """;

    /** A final run stating market-based emissions only, and no energy. */
    private static final String MARKET_ONLY = """
            package com.acme;
            import dev.costscope.annotations.*;
            @ModelRelease(name = "G")
            @TrainingCost(scope = Scope.FINAL_RUN, amount = "1M",
                items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "1M",
                    compute = @Compute(accelerator = "A100", hours = "500K", ratePerHour = "2", marketBasedEmissions = "0.5")))
            class G {}
            """;

    /** A final run of two stages, only the first stating its energy, emissions and wall-clock time. */
    private static final String PARTIAL = """
            package com.acme;
            import dev.costscope.annotations.*;
            @ModelRelease(name = "P")
            @TrainingCost(scope = Scope.FINAL_RUN, amount = "3M",
                items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "3M",
                    compute = {@Compute(accelerator = "H100", hours = "1M", ratePerHour = "2", energy = "1.2 GWh",
                                   locationBasedEmissions = "450", wallClock = "40 days"),
                               @Compute(accelerator = "H100", hours = "500K", ratePerHour = "2")}))
            class P {}
            """;

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    Path project;

    @Test
    void cycloneDxCarriesTheFinalRunsEnergyOnceAsTrainingWithItsLocationBasedEmissions() throws Exception {
        String json = new CycloneDxWriter().write(report("com/acme/M.java", TWO_SCOPES));

        assertThat(new CycloneDxWriter().violations(json)).isEmpty();
        assertThat(OfficialSchemas.cycloneDx16(json)).isEmpty();
        Considerations considerations = new JsonParser().parse(json.getBytes(StandardCharsets.UTF_8)).getComponents().get(0)
                .getModelCard().getConsiderations();
        List<EnergyConsumption> consumptions = considerations.getEnvironmentalConsiderations().getEnergyConsumptions();
        assertThat(consumptions).hasSize(1);
        EnergyConsumption training = consumptions.get(0);
        assertThat(training.getActivity()).isEqualTo(Activity.TRAINING);
        assertThat(training.getActivityEnergyCost().getValue()).isEqualTo(1_200_000d);
        assertThat(training.getCo2CostEquivalent().getValue()).isEqualTo(450d);
        assertThat(training.getCo2CostOffset()).isNull();
        assertThat(training.getEnergyProviders()).singleElement().satisfies(provider -> {
            assertThat(provider.getEnergySource()).isEqualTo(EnergySource.UNKNOWN);
            assertThat(provider.getEnergyProvided().getValue()).isEqualTo(1_200_000d);
        });
        assertThat(properties(training.getProperties())).containsEntry("costscope:claim", "m/final-run")
                .containsEntry("costscope:scope", "FINAL_RUN")
                .containsEntry("costscope:co2CostEquivalentMethod", "location-based");
    }

    @Test
    void aWiderScopeIsAnotherActivityAndMarketBasedEmissionsSaySo() throws Exception {
        String json = new CycloneDxWriter().write(report("com/acme/W.java", WIDER_ONLY));

        assertThat(new CycloneDxWriter().violations(json)).isEmpty();
        assertThat(OfficialSchemas.cycloneDx16(json)).isEmpty();
        EnergyConsumption consumption = new JsonParser().parse(json.getBytes(StandardCharsets.UTF_8)).getComponents().get(0)
                .getModelCard().getConsiderations().getEnvironmentalConsiderations().getEnergyConsumptions().get(0);
        assertThat(consumption.getActivity()).isEqualTo(Activity.OTHER);
        assertThat(consumption.getActivityEnergyCost().getValue()).isEqualTo(2_700_000d);
        assertThat(consumption.getCo2CostEquivalent().getValue()).isEqualTo(32d);
        assertThat(properties(consumption.getProperties())).containsEntry("costscope:scope", "RESEARCH_AND_DEVELOPMENT")
                .containsEntry("costscope:co2CostEquivalentMethod", "market-based");
    }

    @Test
    void everyClaimsFiguresAreItsPropertiesInBaseUnits() throws IOException {
        Report report = report("com/acme/M.java", TWO_SCOPES);
        Map<String, String> properties = CostProperties.of(report.releases().get(0)).stream()
                .collect(Collectors.toMap(CostProperties.Property::name, CostProperties.Property::value));

        assertThat(properties).containsEntry("costscope:claim:final-run:energyKWh", "1200000")
                .containsEntry("costscope:claim:final-run:locationBasedEmissionsTCO2eq", "450")
                .containsEntry("costscope:claim:final-run:marketBasedEmissionsTCO2eq", "30")
                .containsEntry("costscope:claim:final-run:wallClockHours", "1008")
                .containsEntry("costscope:claim:all-training-runs:energyKWh", "3000000")
                .containsEntry("costscope:claim:all-training-runs:locationBasedEmissionsTCO2eq", "1125")
                .doesNotContainKey("costscope:claim:all-training-runs:marketBasedEmissionsTCO2eq");
    }

    @Test
    void spdxStatesTrainingEnergyInKilowattHoursOnlyForATrainingScope() throws IOException {
        SpdxWriter writer = new SpdxWriter();
        String training = writer.write(report("com/acme/M.java", TWO_SCOPES));
        String wider = writer.write(report("com/acme/W.java", WIDER_ONLY));

        assertThat(writer.violations(training)).isEmpty();
        assertThat(OfficialSchemas.spdx301(training)).isEmpty();
        JsonNode energy = aiPackage(training).path("ai_energyConsumption");
        assertThat(energy.path("type").asText()).isEqualTo("ai_EnergyConsumption");
        JsonNode description = energy.path("ai_trainingEnergyConsumption").path(0);
        assertThat(description.path("ai_energyQuantity").decimalValue()).isEqualByComparingTo("1200000");
        assertThat(description.path("ai_energyUnit").asText()).isEqualTo("kilowattHour");
        assertThat(energy.has("ai_finetuningEnergyConsumption")).isFalse();
        assertThat(OfficialSchemas.spdx301(wider)).isEmpty();
        assertThat(aiPackage(wider).has("ai_energyConsumption")).isFalse();
    }

    @Test
    void huggingFaceWritesTheFinalRunsEmissionsInGramsAndNamesTheMethod() throws IOException {
        JsonNode m = yaml(new HuggingFaceWriter().write(report("com/acme/M.java", TWO_SCOPES)));
        JsonNode g = yaml(new HuggingFaceWriter().write(report("com/acme/G.java", MARKET_ONLY)));
        JsonNode w = yaml(new HuggingFaceWriter().write(report("com/acme/W.java", WIDER_ONLY)));

        JsonNode co2 = m.path("co2_eq_emissions");
        assertThat(co2.path("emissions").decimalValue()).isEqualByComparingTo("450000000");
        assertThat(co2.path("source").asText()).isEqualTo("paper; location-based emissions of the final training run");
        assertThat(co2.path("training_type").asText()).isEqualTo("final training run");
        assertThat(co2.path("hardware_used").asText()).isEqualTo("1000 × H100, 1M accelerator-hours");
        assertThat(g.path("co2_eq_emissions").path("emissions").decimalValue()).isEqualByComparingTo("500000");
        assertThat(g.path("co2_eq_emissions").path("source").asText()).isEqualTo("market-based emissions of the final training run");
        assertThat(w.has("co2_eq_emissions")).as("a research-and-development claim is not the final run").isFalse();
    }

    @Test
    void theDocumentationFormFillsTimeEnergyAndEmissionsFromTheFinalRunClaimOnly() throws IOException {
        DocumentationForm m = DocumentationForm.of(report("com/acme/M.java", TWO_SCOPES).releases().get(0));
        DocumentationForm w = DocumentationForm.of(report("com/acme/W.java", WIDER_ONLY).releases().get(0));

        assertThat(answer(m.euForm(), "Training time (wall-clock days)")).contains("42 days (stated)");
        assertThat(answer(m.euForm(), "Training time (hardware days)")).contains("41.67K accelerator-days (1M accelerator-hours ÷ 24)");
        assertThat(answer(m.euForm(), "Energy consumption (MWh)")).contains("1200 MWh (stated)");
        assertThat(answer(m.fmti(), "Energy usage for final training run")).contains("1.2 GWh (stated)");
        assertThat(answer(m.fmti(), "Carbon emissions for final training run"))
                .contains("450 t CO2eq location-based; 30 t CO2eq market-based");
        assertThat(answer(w.euForm(), "Energy consumption (MWh)")).as("not the final run's energy").isEmpty();
        assertThat(answer(w.euForm(), "Training time (wall-clock days)")).isEmpty();
        assertThat(answer(w.fmti(), "Energy usage for final training run")).isEmpty();
        assertThat(answer(w.fmti(), "Carbon emissions for final training run")).isEmpty();
    }

    @Test
    void aFigureOnlySomeEntriesStateFillsNoStandardFieldButStaysInTheProperties() throws Exception {
        Report report = report("com/acme/P.java", PARTIAL);
        String cdx = new CycloneDxWriter().write(report);
        DocumentationForm form = DocumentationForm.of(report.releases().get(0));

        assertThat(new JsonParser().parse(cdx.getBytes(StandardCharsets.UTF_8)).getComponents().get(0).getModelCard()
                .getConsiderations()).as("1.2 GWh is the first stage's, not the run's").isNull();
        assertThat(aiPackage(new SpdxWriter().write(report)).has("ai_energyConsumption")).isFalse();
        assertThat(yaml(new HuggingFaceWriter().write(report)).has("co2_eq_emissions")).isFalse();
        assertThat(answer(form.euForm(), "Energy consumption (MWh)")).isEmpty();
        assertThat(answer(form.euForm(), "Training time (wall-clock days)")).isEmpty();
        assertThat(answer(form.fmti(), "Carbon emissions for final training run")).isEmpty();
        assertThat(CostProperties.of(report.releases().get(0))).extracting(CostProperties.Property::name)
                .contains("costscope:claim:final-run:energyKWh", "costscope:claim:final-run:locationBasedEmissionsTCO2eq",
                        "costscope:claim:final-run:wallClockHours");
    }

    private Report report(String path, String source) throws IOException {
        return ReportFixture.report(project.resolve(path.replace('/', '-')), Map.of(path, source));
    }

    private static Optional<String> answer(List<DocumentationForm.Field> fields, String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().answer();
    }

    private static Map<String, String> properties(List<Property> properties) {
        return properties.stream().collect(Collectors.toMap(Property::getName, Property::getValue));
    }

    private static JsonNode aiPackage(String spdx) throws IOException {
        return StreamSupport.stream(JSON.readTree(spdx).path("@graph").spliterator(), false)
                .filter(n -> n.path("type").asText().equals("ai_AIPackage")).findFirst().orElseThrow();
    }

    private static JsonNode yaml(String text) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        List<JsonNode> blocks = mapper.readValues(new YAMLFactory().createParser(text), JsonNode.class).readAll().stream()
                .filter(n -> !n.isNull() && !n.isMissingNode()).toList();
        assertThat(blocks).hasSize(1);
        return blocks.get(0);
    }
}
