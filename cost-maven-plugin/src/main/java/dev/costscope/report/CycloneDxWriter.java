package dev.costscope.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import dev.costscope.analysis.Figure;
import dev.costscope.model.ModelRelease;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cyclonedx.Version;
import org.cyclonedx.exception.GeneratorException;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Metadata;
import org.cyclonedx.model.OrganizationalEntity;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.component.ModelCard;
import org.cyclonedx.model.component.modelCard.Considerations;
import org.cyclonedx.model.component.modelCard.consideration.EnvironmentalConsideration;
import org.cyclonedx.model.component.modelCard.consideration.consumption.Activity;
import org.cyclonedx.model.component.modelCard.consideration.consumption.EnergyConsumption;
import org.cyclonedx.model.component.modelCard.consideration.consumption.co2.CO2Measure;
import org.cyclonedx.model.component.modelCard.consideration.consumption.energy.EnergyMeasure;
import org.cyclonedx.model.component.modelCard.consideration.consumption.energy.EnergyProvider;
import org.cyclonedx.model.component.modelCard.consideration.consumption.energy.EnergySource;
import org.cyclonedx.model.metadata.ToolInformation;
import org.cyclonedx.parsers.JsonParser;

/**
 * Writes a report as a CycloneDX 1.6 ML-BOM (JSON), built and validated with cyclonedx-core-java:
 * one {@code machine-learning-model} component per release with a {@code modelCard}, its cost
 * claims as {@code costscope:*} properties of the component (see {@link CostProperties}), stated
 * energy and emissions as the model card's {@code energyConsumptions} (see {@link Footprint}). Attached
 * with classifier {@code <goal classifier>-cyclonedx}, never {@code cyclonedx}, which belongs to
 * cyclonedx-maven-plugin. Deterministic: the serial number is derived from the content, the
 * timestamp only written when the report is dated.
 */
public final class CycloneDxWriter implements ReportWriter {

    private static final Version VERSION = Version.VERSION_16;
    /** The longest version the CycloneDX 1.6 schema allows, in characters. */
    static final int MAX_VERSION = 1024;

    @Override
    public String id() {
        return "cyclonedx";
    }

    @Override
    public String extension() {
        return "cdx.json";
    }

    @Override
    public String mediaType() {
        return "application/vnd.cyclonedx+json";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        out.write(text(report));
    }

    /** The BOM as text: cyclonedx-core-java writes it whole, and the serial number is derived from it. */
    private static String text(Report report) {
        Bom bom = new Bom();
        bom.setMetadata(metadata(report));
        List<Component> components = new ArrayList<>();
        for (ReleaseReport release : report.releases()) {
            components.add(component(release));
        }
        bom.setComponents(components);
        String unsigned = json(bom);
        bom.setSerialNumber("urn:uuid:" + UUID.nameUUIDFromBytes(unsigned.getBytes(StandardCharsets.UTF_8)));
        return json(bom);
    }

    @Override
    public List<String> violations(String written) {
        return Schema.CYCLONEDX_16.violations(written);
    }

    @Override
    public List<String> violations(Path file) {
        return Schema.CYCLONEDX_16.violations(file);
    }

    /**
     * The CycloneDX 1.6 JSON schema as cyclonedx-core-java loads it (with the SPDX and JSF schemas it
     * refers to), loaded once: {@code JsonParser.validate} loads it anew on every call, which cost each
     * report, and a release of 10,000 claims, the whole load again.
     */
    private static final class Schema {

        static final ReportSchema.Checked CYCLONEDX_16 = new ReportSchema.Checked(load());

        private static JsonSchema load() {
            try {
                return new JsonParser().getJsonSchema(VERSION, new ObjectMapper());
            } catch (IOException e) {
                throw new UncheckedIOException("the CycloneDX schema is missing from the plugin's classpath", e);
            }
        }
    }

    /**
     * {@code version}, or, past {@link #MAX_VERSION} characters, its beginning and an ellipsis within
     * that length (a pair of surrogates is never cut in two): the schema allows no longer version.
     */
    static String version(String version) {
        if (version.length() <= MAX_VERSION) {
            return version;
        }
        int end = MAX_VERSION - 1;
        if (Character.isHighSurrogate(version.charAt(end - 1))) {
            end--;
        }
        return version.substring(0, end) + "\u2026";
    }

    /** Attached as {@code costscope-cyclonedx}: the {@code cyclonedx} classifier is cyclonedx-maven-plugin's. */
    @Override
    public Optional<String> classifier(String goalClassifier) {
        return Optional.of(goalClassifier + "-cyclonedx");
    }

    private static Metadata metadata(Report report) {
        Metadata metadata = new Metadata();
        metadata.setTimestamp(report.generatedAt().map(Date::from).orElse(null));
        Component tool = new Component();
        tool.setType(Component.Type.APPLICATION);
        tool.setName(ReportContext.GENERATOR);
        tool.setVersion(report.context().generatorVersion());
        ToolInformation tools = new ToolInformation();
        tools.setComponents(List.of(tool));
        metadata.setToolChoice(tools);
        report.context().project().ifPresent(p -> {
            Component project = new Component();
            project.setType(Component.Type.LIBRARY);
            project.setGroup(p.groupId());
            project.setName(p.artifactId());
            project.setVersion(p.version());
            project.setBomRef(p.groupId() + ":" + p.artifactId() + ":" + p.version());
            metadata.setComponent(project);
        });
        return metadata;
    }

    private static Component component(ReleaseReport report) {
        ModelRelease release = report.release();
        Component model = new Component();
        model.setType(Component.Type.MACHINE_LEARNING_MODEL);
        model.setName(release.name().hasText() ? release.name().text() : "(unnamed)");
        ReportText.text(release.version()).map(CycloneDxWriter::version).ifPresent(model::setVersion);
        ReportText.text(release.summary()).ifPresent(model::setDescription);
        model.setBomRef("costscope:release:" + report.type().qualifiedName());
        model.setProperties(CostProperties.of(report).stream().map(CycloneDxWriter::property).toList());
        model.setModelCard(modelCard(report));
        return model;
    }

    /**
     * The model card: under {@code considerations.environmentalConsiderations} one energy consumption, the
     * narrowest claim's that states energy ({@link Footprint#energy}), when there is one.
     */
    private static ModelCard modelCard(ReleaseReport report) {
        ModelCard card = new ModelCard();
        Footprint.energy(report).ifPresent(energy -> {
            EnvironmentalConsideration environment = new EnvironmentalConsideration();
            environment.setEnergyConsumptions(List.of(energyConsumption(energy)));
            Considerations considerations = new Considerations();
            considerations.setEnvironmentalConsiderations(environment);
            card.setConsiderations(considerations);
        });
        return card;
    }

    /**
     * The claim's stated energy as the activity's cost; its emissions, location-based when stated, as the CO2
     * equivalent. The schema requires a provider: the claims name none, so the one provider is of
     * {@code unknown} source, unnamed, and provided all of the energy. Which claim, which scope and which
     * emissions method are said in {@code costscope:*} properties of the entry.
     */
    private static EnergyConsumption energyConsumption(Footprint.Energy energy) {
        EnergyConsumption consumption = new EnergyConsumption();
        consumption.setActivity(energy.training() ? Activity.TRAINING : Activity.OTHER);
        EnergyProvider provider = new EnergyProvider();
        provider.setDescription("not stated: the claim names no energy provider");
        provider.setOrganization(new OrganizationalEntity());
        provider.setEnergySource(EnergySource.UNKNOWN);
        provider.setEnergyProvided(kWh(energy.energy()));
        consumption.setEnergyProviders(List.of(provider));
        consumption.setActivityEnergyCost(kWh(energy.energy()));
        List<Property> properties = new ArrayList<>();
        properties.add(property(CostProperties.Property.text(CostProperties.PREFIX + "claim", energy.claim().id())));
        properties.add(property(CostProperties.Property.text(CostProperties.PREFIX + "scope",
                CostProperties.scope(energy.claim().claim()))));
        energy.emissions().ifPresent(emissions -> {
            CO2Measure co2 = new CO2Measure();
            co2.setValue(emissions.tonnes().value().doubleValue());
            co2.setUnit(org.cyclonedx.model.component.modelCard.consideration.consumption.co2.Unit.TCO2EQ);
            consumption.setCo2CostEquivalent(co2);
            properties.add(property(CostProperties.Property.text(CostProperties.PREFIX + "co2CostEquivalentMethod",
                    emissions.method())));
        });
        consumption.setProperties(properties);
        return consumption;
    }

    private static EnergyMeasure kWh(Figure energy) {
        EnergyMeasure measure = new EnergyMeasure();
        measure.setValue(energy.value().doubleValue());
        measure.setUnit(org.cyclonedx.model.component.modelCard.consideration.consumption.energy.Unit.KWH);
        return measure;
    }

    private static Property property(CostProperties.Property p) {
        Property property = new Property();
        property.setName(p.name());
        property.setValue(p.value());
        return property;
    }

    private static String json(Bom bom) {
        try {
            return BomGeneratorFactory.createJson(VERSION, bom).toJsonString() + "\n";
        } catch (GeneratorException e) {
            throw new IllegalStateException("the CycloneDX library cannot write this BOM: " + e.getMessage(), e);
        }
    }
}
