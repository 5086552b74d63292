package dev.costscope.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PartialFingerprints;
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
import dev.costscope.lint.Fingerprint;
import dev.costscope.lint.Rule;
import dev.costscope.lint.RulePages;
import dev.costscope.lint.RuleSeverities;
import dev.costscope.lint.Severity;
import dev.costscope.model.ProcessingError;
import dev.costscope.model.SourceLocation;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the findings of a report as SARIF 2.1.0, for code scanning: every rule with its help text,
 * the address of its page ({@code helpUri}) and the severity the build gives it (disabled when
 * switched off); every finding as a result at its file, line and column, with its fingerprint in
 * {@code partialFingerprints} (the baseline's) and, when a baseline is in use, whether it is new or
 * baselined; processing errors as tool notifications. Files are percent-encoded URI references
 * relative to the build's root, {@code %SRCROOT%}. Stateless; deterministic.
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

    /** Checked against the SARIF 2.1.0 schema, from the file. */
    @Override
    public List<String> violations(Path file) {
        return ReportSchema.sarifViolations(file);
    }

    /** The report's findings as a SARIF log, describing the rules that were run, ending with a line break. */
    @Override
    public void write(Report report, Writer out) throws IOException {
        PrettyJson.write(MAPPER, log(report), out);
    }

    private static SarifSchema210 log(Report report) {
        List<Rule> rules = report.context().rules();
        List<String> ids = rules.stream().map(Rule::id).toList();
        List<Result> results = new ArrayList<>();
        boolean baseline = !report.result().baselined().isEmpty();
        for (Finding finding : report.result().findings()) {
            results.add(result(finding, ids, baseline ? Result.BaselineState.NEW : null));
        }
        for (Finding finding : report.result().baselined()) {
            results.add(result(finding, ids, Result.BaselineState.UNCHANGED));
        }
        List<Notification> notifications = new ArrayList<>();
        for (ProcessingError error : report.result().errors()) {
            notifications.add(new Notification()
                    .withLevel(Notification.Level.ERROR)
                    .withMessage(new Message().withText(error.message()))
                    .withLocations(new LinkedHashSet<>(List.of(location(error.location())))));
        }
        Run run = new Run()
                .withTool(new Tool().withDriver(driver(rules, report.context().severities(),
                        report.context().generatorVersion())))
                .withOriginalUriBaseIds(new OriginalUriBaseIds().withAdditionalProperty(ROOT, new ArtifactLocation()
                        .withDescription(new Message().withText("The directory the build was started in"
                                + " (Maven's execution root), usually the repository's root."))))
                .withInvocations(List.of(new Invocation().withExecutionSuccessful(notifications.isEmpty())
                        .withToolExecutionNotifications(notifications)))
                .withResults(results);
        return new SarifSchema210()
                .with$schema(URI.create(SARIF_SCHEMA))
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
    }

    private static Result result(Finding finding, List<String> ids, Result.BaselineState state) {
        return new Result()
                .withRuleId(finding.ruleId())
                .withRuleIndex(ids.indexOf(finding.ruleId()))
                .withLevel(level(finding.severity()))
                .withMessage(new Message().withText(finding.message()))
                .withLocations(List.of(location(finding.location())))
                .withPartialFingerprints(new PartialFingerprints()
                        .withAdditionalProperty(Fingerprint.SARIF_KEY, finding.fingerprint()))
                .withBaselineState(state);
    }

    private static ToolComponent driver(List<Rule> rules, RuleSeverities levels, String version) {
        Set<ReportingDescriptor> descriptors = new LinkedHashSet<>();
        for (Rule rule : rules) {
            Optional<Severity> severity = levels.severityOf(rule);
            ReportingConfiguration configuration = new ReportingConfiguration()
                    .withLevel(ReportingConfiguration.Level.fromValue(level(severity.orElse(rule.severity())).value()));
            if (severity.isEmpty()) {
                configuration.setEnabled(false);
            }
            descriptors.add(new ReportingDescriptor()
                    .withId(rule.id())
                    .withName(rule.id())
                    .withShortDescription(new MultiformatMessageString().withText(rule.description()))
                    .withHelpUri(URI.create(RulePages.of(rule.id())))
                    .withHelp(new MultiformatMessageString().withText(rule.description()
                            + " The rule's page, " + RulePages.of(rule.id()) + ", shows a bad and a good example."))
                    .withDefaultConfiguration(configuration));
        }
        return new ToolComponent().withName(ReportContext.GENERATOR).withVersion(version).withRules(descriptors);
    }

    private static Location location(SourceLocation at) {
        return new Location().withPhysicalLocation(new PhysicalLocation()
                .withArtifactLocation(artifact(at.file()))
                .withRegion(new Region().withStartLine(at.line()).withStartColumn(at.column())));
    }

    private static ArtifactLocation artifact(String file) {
        ArtifactLocation artifact = new ArtifactLocation().withUri(SarifUris.of(file));
        return SarifUris.isAbsolute(file.replace('\\', '/')) ? artifact : artifact.withUriBaseId(ROOT);
    }

    private static Result.Level level(Severity severity) {
        return switch (severity) {
            case ERROR -> Result.Level.ERROR;
            case WARNING -> Result.Level.WARNING;
            case NOTE -> Result.Level.NOTE;
        };
    }
}
