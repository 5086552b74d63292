package dev.costscope.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.costscope.lint.Finding;
import dev.costscope.lint.Rule;
import dev.costscope.lint.Severity;
import dev.costscope.model.ProcessingError;
import dev.costscope.model.SourceLocation;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the findings of a report as SARIF 2.1.0, for code scanning: every rule with its help
 * text, every finding as a result at its file, line and column, processing errors as tool
 * notifications. Files are relative to the build's root ({@code %SRCROOT%}). Stateless; deterministic.
 */
public final class SarifReportWriter implements ReportWriter {

    private static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final String ROOT = "%SRCROOT%";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    @Override
    public String id() {
        return "sarif";
    }

    @Override
    public String extension() {
        return "sarif";
    }

    @Override
    public String mediaType() {
        return "application/sarif+json";
    }

    /** Checked against the SARIF 2.1.0 schema. */
    @Override
    public List<String> violations(String written) {
        return ReportSchema.sarifViolations(written);
    }

    /** The report's findings as a SARIF log, describing the rules that were run, ending with a line break. */
    @Override
    public String write(Report report) {
        List<Rule> rules = report.context().rules();
        List<String> ids = rules.stream().map(Rule::id).toList();
        List<Result> results = new ArrayList<>();
        for (Finding finding : report.result().findings()) {
            results.add(new Result()
                    .withRuleId(finding.ruleId())
                    .withRuleIndex(ids.indexOf(finding.ruleId()))
                    .withLevel(level(finding.severity()))
                    .withMessage(new Message().withText(finding.message()))
                    .withLocations(List.of(location(finding.location()))));
        }
        List<Notification> notifications = new ArrayList<>();
        for (ProcessingError error : report.result().errors()) {
            notifications.add(new Notification()
                    .withLevel(Notification.Level.ERROR)
                    .withMessage(new Message().withText(error.message()))
                    .withLocations(new LinkedHashSet<>(List.of(location(error.location())))));
        }
        Run run = new Run()
                .withTool(new Tool().withDriver(driver(rules, report.context().generatorVersion())))
                .withInvocations(List.of(new Invocation().withExecutionSuccessful(notifications.isEmpty())
                        .withToolExecutionNotifications(notifications)))
                .withResults(results);
        SarifSchema210 log = new SarifSchema210()
                .with$schema(URI.create(SARIF_SCHEMA))
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
        return PrettyJson.write(MAPPER, log);
    }

    private static ToolComponent driver(List<Rule> rules, String version) {
        Set<ReportingDescriptor> descriptors = new LinkedHashSet<>();
        for (Rule rule : rules) {
            descriptors.add(new ReportingDescriptor()
                    .withId(rule.id())
                    .withName(rule.id())
                    .withShortDescription(new MultiformatMessageString().withText(rule.description()))
                    .withHelp(new MultiformatMessageString().withText(rule.description()
                            + " The rule's page, docs/rules/" + rule.id() + ".md in costscope, shows a bad and a good example."))
                    .withDefaultConfiguration(new ReportingConfiguration()
                            .withLevel(ReportingConfiguration.Level.fromValue(level(rule.severity()).value()))));
        }
        return new ToolComponent().withName(ReportContext.GENERATOR).withVersion(version).withRules(descriptors);
    }

    private static Location location(SourceLocation at) {
        return new Location().withPhysicalLocation(new PhysicalLocation()
                .withArtifactLocation(new ArtifactLocation().withUri(at.file()).withUriBaseId(ROOT))
                .withRegion(new Region().withStartLine(at.line()).withStartColumn(at.column())));
    }

    private static Result.Level level(Severity severity) {
        return switch (severity) {
            case ERROR -> Result.Level.ERROR;
            case WARNING -> Result.Level.WARNING;
            case NOTE -> Result.Level.NOTE;
        };
    }
}
