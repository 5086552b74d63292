package dev.costscope.maven;

import dev.costscope.analysis.ProjectFacts;
import dev.costscope.annotations.Scope;
import dev.costscope.extract.ScanRequest;
import dev.costscope.extract.SourceScan;
import dev.costscope.extract.SourceScanner;
import dev.costscope.lint.Baseline;
import dev.costscope.lint.BaselineEntry;
import dev.costscope.lint.LintResult;
import dev.costscope.lint.Linter;
import dev.costscope.lint.Rule;
import dev.costscope.lint.RuleSeverities;
import dev.costscope.model.Accelerator;
import dev.costscope.model.AcceleratorCatalog;
import dev.costscope.model.ScopePolicy;
import dev.costscope.model.SourceModel;
import dev.costscope.report.BaselineFile;
import dev.costscope.report.OutputTimestamp;
import dev.costscope.report.Report;
import dev.costscope.report.ReportBuilder;
import dev.costscope.report.ReportFiles;
import dev.costscope.report.ReportSet;
import dev.costscope.report.ProjectCoordinates;
import dev.costscope.report.ReportContext;
import dev.costscope.report.ReportWriter;
import dev.costscope.rules.RuleSettings;
import dev.costscope.rules.Rules;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals share: the configuration of what is read and how it is judged, and one run of the
 * extractor and the linter over it. Subclasses decide what to do with the result.
 */
abstract class AbstractCostMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    private Charset charset;
    private Charset textCharset;
    private boolean includesTests;
    private boolean caches;
    private RuleSettings settings;
    private Selection selection;

    /** The files to read, as checked glob patterns. */
    private record Selection(List<String> includes, List<String> excludes, List<String> textIncludes,
                             List<String> textExcludes) {
    }
    private List<Rule> rules;
    private RuleSeverities levels;

    /** The plugin's own version, written into the SARIF report. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    /** Where the reports are written. */
    @Parameter(property = "cost.outputDirectory", defaultValue = "${project.build.directory}/costscope")
    File outputDirectory;

    /**
     * The instant the reports are dated with; by default none, so that two builds of the same sources
     * give the same bytes. Seconds since the epoch or ISO-8601, as for Maven's archivers.
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /** Skips costscope entirely, every goal. */
    @Parameter(property = "cost.skip", defaultValue = "false")
    private String skip;

    /** Glob patterns, relative to each source root, of the files to check; default {@code **}{@code /*.java}. */
    @Parameter(property = "cost.includes")
    private List<String> includes;

    /** Glob patterns, relative to each source root, of files to leave out. */
    @Parameter(property = "cost.excludes")
    private List<String> excludes;

    /** Whether the test source roots are checked too. */
    @Parameter(property = "cost.includeTests", defaultValue = "false")
    private String includeTests;

    /** The encoding of the sources; UTF-8 when neither this nor {@code project.build.sourceEncoding} is set. */
    @Parameter(property = "cost.encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /**
     * How far a stated amount may differ from the one computed from hours and rates, or from its
     * items, before {@code rate-mismatch} and {@code items-exceed-total} fire: {@code 5%} or {@code 0.05}.
     */
    @Parameter(property = "cost.tolerance", defaultValue = "5%")
    private String tolerance;

    /** The lower end of the plausible utilization band of {@code implausible-utilization}. */
    @Parameter(property = "cost.minUtilization", defaultValue = "5%")
    private String minUtilization;

    /**
     * The upper end of the plausible utilization band of {@code implausible-utilization}; above 100%
     * a claim is impossible whatever the band says.
     */
    @Parameter(property = "cost.maxUtilization", defaultValue = "75%")
    private String maxUtilization;

    /** Accelerators to add to the built-in catalog, or to replace rows of it (matched by name or alias). */
    @Parameter
    private List<AcceleratorEntry> accelerators;

    /**
     * Globs, relative to the project's directory, of the text files that describe the model and are
     * checked by {@code unscoped-text-claim}; default every {@code README*.md}, {@code MODEL_CARD*.md} and
     * {@code model_card*.md} in the module, and {@code docs/**}{@code /*.md} (build output, hidden folders
     * and node_modules are never entered).
     */
    @Parameter(property = "cost.textIncludes")
    private List<String> textIncludes;

    /**
     * The encoding of the text files (README, model cards, docs), apart from the sources' encoding;
     * a byte order mark in a file wins. Default UTF-8.
     */
    @Parameter(property = "cost.textEncoding", defaultValue = "UTF-8")
    private String textEncoding;

    /** Globs of text files to leave out, e.g. a changelog that quotes other people's figures. */
    @Parameter(property = "cost.textExcludes")
    private List<String> textExcludes;

    /** Phrases that say what a figure covers, added to the documented defaults of {@code unscoped-text-claim}. */
    @Parameter(property = "cost.scopePhrases")
    private List<String> scopePhrases;

    /**
     * Markers that tie a sentence to a declared claim, added to the defaults: a javadoc link tag,
     * {@code @TrainingCost} and {@code cost-claim:}.
     */
    @Parameter(property = "cost.claimMarkers")
    private List<String> claimMarkers;

    /**
     * Whether the check remembers, in {@code target/costscope-cache}, its last result and which source
     * files needed nothing: a build where no source or text file changed (path, size and modification
     * time) reuses the result and parses nothing, and {@code check} repeats what it printed and decided
     * when the settings that judge it are the same too; otherwise only the changed files and those
     * with claims or prose are read. The cache is keyed on the plugin and this configuration: any
     * change to either starts afresh, and a cache that cannot be read is rebuilt.
     */
    @Parameter(property = "cost.cache", defaultValue = "true")
    private String cache;

    /**
     * The severity of a rule where it should differ from the rule's own, as {@code rule-id=SEVERITY}
     * with SEVERITY one of {@code ERROR}, {@code WARNING}, {@code NOTE} or {@code OFF} (the rule's
     * findings are dropped). In the pom one {@code <severity>} element each; on the command line a
     * comma list, e.g. {@code -Dcost.severities=missing-provenance=ERROR,rate-outlier=OFF}. Every goal
     * and every report sees the same severities.
     */
    @Parameter(property = "cost.severities")
    private List<String> severities;

    /**
     * The baseline: findings recorded in it are reported as baselined and never fail the build, so
     * only new findings do. Written by {@code cost:baseline}; read when it exists.
     */
    @Parameter(property = "cost.baselineFile", defaultValue = "${project.basedir}/" + BaselineFile.NAME)
    File baselineFile;

    /** The baseline entries that matched no finding in this run. */
    private List<BaselineEntry> staleBaseline = List.of();

    /**
     * The scope policy (which components each scope requires), when it is not the built-in one: a file
     * (relative to the project), a URL, or a resource on the plugin's classpath, such as a company's
     * policy jar declared as a {@code <dependency>} of the plugin ({@code classpath:} may prefix it),
     * found in that order, as checkstyle finds its {@code configLocation}. One line per setting:
     * {@code name = ACME policy} and {@code <SCOPE> = <COMPONENT>, <COMPONENT>, ...}; a scope not named
     * keeps its built-in requirement. Every rule and every report use the same policy.
     */
    @Parameter(property = "cost.policyLocation")
    private String policyLocation;

    /**
     * Per-scope requirements set in the pom, applied over the built-in policy or the one of
     * {@code policyLocation}: one element per scope, naming every component it requires, e.g.
     * {@code <ALL_TRAINING_RUNS>FINAL_RUN_COMPUTE, EXPERIMENTS, DATA</ALL_TRAINING_RUNS>}.
     */
    @Parameter
    private Map<String, String> scopeRequirements;

    /** Keeps what is printed from the moment it is set, when the goal may repeat it in a later build. */
    private ReplayableLog recording;

    /** The build log, through which every value of the project printed is made safe for the terminal. */
    @Override
    public Log getLog() {
        return SafeLog.of(recording != null ? recording : super.getLog());
    }

    /** From now on, keeps every line printed at info level or above, as printed, besides printing it. */
    ReplayableLog record() {
        recording = new ReplayableLog(super.getLog());
        return recording;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        try {
            run();
        } catch (MojoFailureException e) {
            String safe = LogText.safe(e.getMessage());
            throw safe.equals(e.getMessage()) ? e : new MojoFailureException(safe, e);
        } catch (MojoExecutionException e) {
            String safe = LogText.safe(e.getMessage());
            throw safe.equals(e.getMessage()) ? e : new MojoExecutionException(safe, e);
        }
    }

    private void run() throws MojoExecutionException, MojoFailureException {
        recording = null;
        if (skipped()) {
            return;
        }
        prepare();
        List<SourceScan> scans = scanSources();
        if (replayed(scans)) {
            return;
        }
        Checked checked = check(scans);
        handle(checked.facts(), checked.result());
    }

    /**
     * Whether the goal could repeat, from its cache, what it did for the very same scans and
     * configuration before, and did; then nothing is analysed or linted. None of the goals does by default.
     */
    boolean replayed(List<SourceScan> scans) throws MojoExecutionException, MojoFailureException {
        return false;
    }

    /** Whether {@code cost.skip} is set; says so in the log when it is. */
    boolean skipped() throws MojoExecutionException {
        boolean skipped = PomParameters.flag("skip", "cost.skip", skip);
        if (skipped) {
            getLog().info("costscope: skipped (cost.skip)");
        }
        return skipped;
    }

    /** What one run of the extractor and the linter read and found. */
    record Checked(ProjectFacts facts, LintResult result) {
    }

    /** Reads the projects' sources and lints them, with the goal's configuration. */
    Checked checkSources() throws MojoExecutionException {
        return check(scanSources());
    }

    /** Reads the projects' sources, or finds the last build's reading of them still holding. */
    List<SourceScan> scanSources() throws MojoExecutionException {
        selection = new Selection(PomParameters.globs("includes", "cost.includes", includes),
                PomParameters.globs("excludes", "cost.excludes", excludes),
                PomParameters.globs("textIncludes", "cost.textIncludes", textIncludes),
                PomParameters.globs("textExcludes", "cost.textExcludes", textExcludes));
        charset = charset();
        textCharset = textCharset();
        includesTests = PomParameters.flag("includeTests", "cost.includeTests", includeTests);
        caches = PomParameters.flag("cache", "cost.cache", cache);
        settings = settings();
        rules = Rules.all(settings);
        levels = severities();
        return projects().stream().map(p -> scanner(p).open(request(p))).toList();
    }

    /** Analyses and lints what {@code scans} found, with the goal's configuration. */
    Checked check(List<SourceScan> scans) throws MojoExecutionException {
        long start = System.nanoTime();
        SourceModel model = SourceModel.merge(scans.stream().map(SourceScan::model).toList());
        ProjectFacts facts = settings.analyzer().analyze(model);
        LintResult result = levels.apply(new Linter(rules).lint(facts));
        if (appliesBaseline()) {
            result = applyBaseline(result);
        }
        getLog().debug("costscope: checked in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return new Checked(facts, result);
    }

    /** The report of a check's result, dated when the build asks for it. */
    Report report(ProjectFacts facts, LintResult result) throws MojoExecutionException {
        try {
            ReportContext context = ReportContext.of(pluginVersion == null ? "unknown" : pluginVersion, rules)
                    .withSeverities(levels)
                    .dated(OutputTimestamp.parse(outputTimestamp));
            if (project.getGroupId() != null && project.getArtifactId() != null && project.getVersion() != null) {
                context = context.forProject(new ProjectCoordinates(project.getGroupId(), project.getArtifactId(),
                        project.getVersion()));
            }
            return ReportBuilder.build(facts, result, context);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("costscope: project.build.outputTimestamp: " + e.getMessage());
        }
    }

    /** The parameter that says where the reports go, as a message names it. */
    static final String OUTPUT_DIRECTORY = PomParameters.setting("outputDirectory", "cost.outputDirectory");

    /** The base name of the report files: {@code costscope-report}. */
    static final String REPORT = "costscope-report";

    /**
     * Writes {@code report} in {@code writer}'s format into the output directory as
     * {@code <baseName>.<extension>}, checked against the format's schema first, and returns the file.
     */
    Path write(ReportWriter writer, Report report, String baseName) throws MojoExecutionException {
        Path dir = outputDirectory.toPath();
        String name = writer.fileName(baseName);
        try (ReportSet set = new ReportSet(dir, List.of(name))) {
            add(set, name, writer, report);
            set.commit();
            return set.file(name);
        } catch (IOException e) {
            throw WriteFailure.of("the report", dir.resolve(name), e, OUTPUT_DIRECTORY);
        }
    }

    /**
     * Writes {@code report} in {@code writer}'s format into {@code set} as {@code name}, streamed to the
     * set's temporary file and checked from that file against the format's schema, so that neither the
     * text nor its parsed form is held whole; a report that does not conform is not written.
     */
    void add(ReportSet set, String name, ReportWriter writer, Report report) throws IOException, MojoExecutionException {
        SchemaValidatorLog.quietUnknownKeywords();
        Path written = set.add(name, out -> writer.write(report, out));
        List<String> violations = writer.violations(written);
        if (!violations.isEmpty()) {
            throw new MojoExecutionException("costscope: the " + writer.id() + " report does not conform to its"
                    + " schema, so it was not written (a defect of costscope's; please report it): "
                    + String.join("; ", violations));
        }
    }

    /**
     * Writes one file whole or not at all, and returns its name; when it cannot, says why, naming
     * {@code what} it is and the {@code setting} that chose its path.
     */
    static String write(Path target, String content, String what, String setting) throws MojoExecutionException {
        try {
            ReportFiles.writeAtomically(target, content);
            return target.getFileName().toString();
        } catch (IOException e) {
            throw WriteFailure.of(what, target, e, setting);
        }
    }

    /** Whether findings recorded in the baseline are set apart; the goal that writes the baseline sees them all. */
    boolean appliesBaseline() {
        return true;
    }

    /** The baseline entries that matched no finding in this run: fixed, or changed beyond recognition. */
    List<BaselineEntry> staleBaseline() {
        return staleBaseline;
    }

    private LintResult applyBaseline(LintResult result) throws MojoExecutionException {
        if (baselineFile == null || !baselineFile.isFile()) {
            return result;
        }
        try {
            Baseline.Outcome outcome = BaselineFile.read(baselineFile.toPath()).apply(result);
            staleBaseline = outcome.stale();
            return outcome.result();
        } catch (BaselineFile.Invalid e) {
            throw new MojoExecutionException("costscope: the baseline " + e.file() + " (<baselineFile>, cost.baselineFile)"
                    + " cannot be used: " + e.getMessage() + ". Write it again with mvn cost:baseline, or fix it.");
        }
    }

    /** Validates the goal's own parameters before anything is read. */
    void prepare() throws MojoExecutionException {
    }

    /** What the goal does with the check's result. */
    abstract void handle(ProjectFacts facts, LintResult result) throws MojoExecutionException, MojoFailureException;

    /** The projects whose sources the goal reads: this one; the whole reactor for an aggregate. */
    List<MavenProject> projects() {
        return List.of(project);
    }

    private ScanRequest request(MavenProject project) {
        List<Path> roots = new ArrayList<>();
        project.getCompileSourceRoots().forEach(root -> roots.add(Paths.get(root)));
        if (includesTests) {
            project.getTestCompileSourceRoots().forEach(root -> roots.add(Paths.get(root)));
        }
        Path base = session.getExecutionRootDirectory() != null
                ? Paths.get(session.getExecutionRootDirectory())
                : project.getBasedir().toPath();
        return new ScanRequest(roots, base, charset, selection.includes(), selection.excludes())
                .withText(project.getBasedir().toPath(), selection.textIncludes(), selection.textExcludes())
                .withTextEncoding(textCharset);
    }

    /** A scanner for {@code project}, with its cache in the project's build directory unless turned off. */
    private SourceScanner scanner(MavenProject project) {
        SourceScanner scanner = new SourceScanner();
        if (!caches || project.getBuild() == null || project.getBuild().getDirectory() == null) {
            return scanner;
        }
        return scanner.cachingIn(Paths.get(project.getBuild().getDirectory(), "costscope-cache"), configuration());
    }

    /** Where the project's caches are kept; empty when caching is off or the goal reads several projects. */
    Optional<Path> cacheDirectory() {
        if (!caches || projects().size() != 1 || project.getBuild() == null || project.getBuild().getDirectory() == null) {
            return Optional.empty();
        }
        return Optional.of(Paths.get(project.getBuild().getDirectory(), "costscope-cache"));
    }

    /**
     * Every setting that could change how the same scans are judged, as text: the scan's settings, the
     * severities, the scope policy as read for this build (every requirement of every scope), and the
     * baseline by path, size and time.
     */
    String judgingConfiguration() {
        List<String> parts = new ArrayList<>();
        parts.add(configuration());
        parts.add("severities=" + severities);
        ScopePolicy policy = settings.policy();
        StringBuilder described = new StringBuilder("policy=" + policy.name() + "|" + policy.origin());
        for (Scope scope : Scope.values()) {
            described.append('|').append(scope).append('=').append(policy.required(scope));
        }
        parts.add(described.toString());
        parts.add("baseline=" + appliesBaseline() + "|" + baselineFile + "|"
                + (baselineFile != null && baselineFile.isFile() ? baselineFile.length() + "|" + baselineFile.lastModified() : "none"));
        return String.join("\n", parts);
    }

    /** The build's own log, for lines that were made safe when first printed. */
    Log buildLog() {
        return super.getLog();
    }

    /** Every setting of this goal that could change what is found, as text, for the cache's key. */
    private String configuration() {
        List<String> parts = new ArrayList<>();
        parts.add("version=" + pluginVersion);
        parts.add("includeTests=" + includesTests);
        parts.add("tolerance=" + tolerance + ";min=" + minUtilization + ";max=" + maxUtilization);
        parts.add("scopePhrases=" + scopePhrases + ";claimMarkers=" + claimMarkers);
        List<Object> extra = new ArrayList<>();
        if (accelerators != null) {
            for (AcceleratorEntry entry : accelerators) {
                try {
                    extra.add(entry.toAccelerator());
                } catch (IllegalArgumentException e) {
                    extra.add(e.getMessage());
                }
            }
        }
        parts.add("accelerators=" + extra);
        return String.join("\n", parts);
    }

    private RuleSettings settings() throws MojoExecutionException {
        BigDecimal tolerated = PomParameters.ratio("tolerance", "cost.tolerance", tolerance, BigDecimal.ONE);
        BigDecimal min = PomParameters.ratio("minUtilization", "cost.minUtilization", minUtilization, BigDecimal.ONE);
        BigDecimal max = PomParameters.ratio("maxUtilization", "cost.maxUtilization", maxUtilization, BigDecimal.ONE);
        List<String> phrases = PomParameters.list("scopePhrases", "cost.scopePhrases", scopePhrases,
                "\"for the final run\",\"all in\"");
        List<String> markers = PomParameters.list("claimMarkers", "cost.claimMarkers", claimMarkers,
                "@TrainingCost,see the report");
        ScopePolicy policy = PolicyConfiguration.resolve(policyLocation, scopeRequirements, project.getBasedir().toPath(),
                getClass().getClassLoader());
        if (!policy.isDefault()) {
            getLog().info("costscope: scope policy " + policy);
        }
        List<Accelerator> extra = new ArrayList<>();
        try {
            for (AcceleratorEntry entry : accelerators == null ? List.<AcceleratorEntry>of() : accelerators) {
                extra.add(entry.toAccelerator());
            }
            return new RuleSettings(tolerated, min, max, AcceleratorCatalog.builtIn().with(extra), policy,
                    phrases, markers);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("costscope: <accelerators> or the utilization band: " + e.getMessage());
        }
    }

    private RuleSeverities severities() throws MojoExecutionException {
        try {
            return RuleSeverities.parse(PomParameters.list("severities", "cost.severities", severities,
                    "rate-outlier=OFF,missing-provenance=ERROR"), rules.stream().map(Rule::id).toList());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("costscope: <severities> (cost.severities): " + e.getMessage());
        }
    }

    private Charset textCharset() throws MojoExecutionException {
        String name = textEncoding == null || textEncoding.isBlank() ? "UTF-8" : textEncoding.strip();
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException("costscope: <textEncoding> (cost.textEncoding) '" + textEncoding
                    + "' is not an encoding this JVM knows; use a name such as UTF-8 or ISO-8859-1");
        }
    }

    private Charset charset() throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            getLog().warn("costscope: no source encoding set (cost.encoding or project.build.sourceEncoding);"
                    + " reading sources as UTF-8");
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException("costscope: <encoding> (cost.encoding) '" + encoding
                    + "' is not an encoding this JVM knows; use a name such as UTF-8 or ISO-8859-1");
        }
    }
}
