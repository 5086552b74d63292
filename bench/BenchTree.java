import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Lays out the Maven projects that bench/check-overhead.sh builds. Run with the JDK's source launcher:
 *
 * <pre>
 * java bench/BenchTree.java generated DIR FILES VERSION
 * java bench/BenchTree.java real DIR FILES VERSION REPOSITORY
 * </pre>
 *
 * <p>{@code generated}: FILES ordinary Java files written the way real code is written, so that the
 * byte screen meets what it meets in real projects: time APIs and "hour" in names, javadoc and
 * strings, "$" in regular expressions and string templates, currency codes, prices in string
 * constants and test fixtures, plus ten annotated model releases whose values come from constants in
 * another file, and a README.
 *
 * <p>{@code real}: up to FILES Java files taken from the {@code *-sources.jar} files found under
 * REPOSITORY (a Maven local repository), in a stable order, plus the same ten releases and README.
 *
 * <p>Both write a pom that names no plugin: the benchmark calls each goal by its coordinates.
 * Prints "files bytes" of the Java sources written.
 */
public final class BenchTree {

    private BenchTree() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            throw new IllegalArgumentException("usage: generated|real DIR FILES VERSION [REPOSITORY]");
        }
        Path dir = Path.of(args[1]);
        int files = Integer.parseInt(args[2]);
        Path src = dir.resolve("src/main/java");
        Files.createDirectories(src);
        long[] written = args[0].equals("real")
                ? fromSourcesJars(src, files, Path.of(args[4]))
                : generated(src, files);
        long[] releases = releases(src);
        Files.writeString(dir.resolve("pom.xml"), pom(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("README.md"), README, StandardCharsets.UTF_8);
        System.out.println((written[0] + releases[0]) + " " + (written[1] + releases[1]));
    }

    // ---------------------------------------------------------------- generated

    private static long[] generated(Path src, int files) throws IOException {
        long bytes = 0;
        for (int i = 0; i < files; i++) {
            String pkg = "com.example.app.module" + (i % 97);
            String name = KINDS[i % KINDS.length] + i;
            String text = switch (i % KINDS.length) {
                case 0 -> scheduler(pkg, name, i);
                case 1 -> validator(pkg, name, i);
                case 2 -> billing(pkg, name, i);
                case 3 -> templates(pkg, name, i);
                default -> repository(pkg, name, i);
            };
            bytes += write(src.resolve(pkg.replace('.', '/')).resolve(name + ".java"), text);
        }
        return new long[] {files, bytes};
    }

    /** Methods per generated class: about 8.5 KB a file, as in the trees the check was first measured on. */
    private static final int METHODS = 20;

    private static final String[] KINDS = {"Scheduler", "Validator", "Billing", "Templates", "Repository"};

    private static String header(String pkg, String... imports) {
        StringBuilder sb = new StringBuilder("/*\n * Copyright 2024 Example Corp.\n * Licensed under the Apache License,"
                + " Version 2.0.\n */\npackage " + pkg + ";\n\n");
        for (String i : imports) {
            sb.append("import ").append(i).append(";\n");
        }
        return sb.append('\n').toString();
    }

    /** Time APIs everywhere: hours in names, javadoc and strings. */
    private static String scheduler(String pkg, String name, int i) {
        StringBuilder sb = new StringBuilder(header(pkg, "java.time.Duration", "java.time.LocalDateTime",
                "java.time.temporal.ChronoUnit", "java.util.concurrent.TimeUnit", "java.util.List", "java.util.ArrayList"));
        sb.append("/**\n * Runs jobs every hour, or every {@code n} hours, and retries a failed job after half an hour.\n */\n")
                .append("public final class ").append(name).append(" {\n")
                .append("    private static final Duration EVERY_HOUR = Duration.ofHours(1);\n")
                .append("    private static final long MILLIS_PER_HOUR = TimeUnit.HOURS.toMillis(1);\n")
                .append("    static final String CRON_HOURLY = \"0 0 * * * ?\";\n")
                .append("    static final String HELP = \"Runs at the start of each hour; set hours=0 to disable.\";\n")
                .append("    private final List<LocalDateTime> runs = new ArrayList<>();\n\n");
        for (int m = 0; m < METHODS; m++) {
            sb.append("    /** The next run after {@code from}, rounded to the hour, " + m + " hours later at most. */\n")
                    .append("    public LocalDateTime next").append(m).append("(LocalDateTime from, int hours) {\n")
                    .append("        LocalDateTime start = from.truncatedTo(ChronoUnit.HOURS).plusHours(hours);\n")
                    .append("        if (start.getHour() < ").append(m).append(") {\n")
                    .append("            start = start.withHour(").append(m).append(");\n        }\n")
                    .append("        long waited = Duration.between(from, start).toMillis() / MILLIS_PER_HOUR;\n")
                    .append("        runs.add(start);\n")
                    .append("        return waited > 24 ? start.minus(EVERY_HOUR) : start;\n    }\n\n");
        }
        return sb.append("}\n").toString();
    }

    /** "$" in regular expressions and in replacement templates. */
    private static String validator(String pkg, String name, int i) {
        StringBuilder sb = new StringBuilder(header(pkg, "java.util.regex.Matcher", "java.util.regex.Pattern",
                "java.util.Objects"));
        sb.append("/** Validates user input with anchored patterns ($ marks the end). */\n")
                .append("public final class ").append(name).append(" {\n")
                .append("    private static final Pattern AMOUNT = Pattern.compile(\"^\\\\$?\\\\d+(\\\\.\\\\d{2})?$\");\n")
                .append("    private static final Pattern VARIABLE = Pattern.compile(\"\\\\$\\\\{([a-z.]+)}\");\n")
                .append("    private static final Pattern TIME = Pattern.compile(\"^([01]\\\\d|2[0-3]):[0-5]\\\\d$\");"
                        + " // hour:minute\n")
                .append("    private static final String REPLACEMENT = \"$1-$2\";\n")
                .append("    static final String ERROR = \"Amount must look like $12.50 or 12.50\";\n\n");
        for (int m = 0; m < METHODS; m++) {
            sb.append("    /** Whether {@code text} is rule ").append(m).append(". */\n")
                    .append("    public boolean rule").append(m).append("(String text) {\n")
                    .append("        Objects.requireNonNull(text, \"text\");\n")
                    .append("        Matcher matcher = VARIABLE.matcher(text);\n")
                    .append("        String replaced = matcher.replaceAll(\"\\\\$$1\").replaceAll(\"(\\\\w+)=(\\\\w+)\", REPLACEMENT);\n")
                    .append("        return AMOUNT.matcher(replaced).matches() || TIME.matcher(text).matches() || replaced.endsWith(\"$")
                    .append(m).append("\");\n    }\n\n");
        }
        return sb.append("}\n").toString();
    }

    /** Money in code: currency codes, prices in string constants, a test-fixture style total. */
    private static String billing(String pkg, String name, int i) {
        StringBuilder sb = new StringBuilder(header(pkg, "java.math.BigDecimal", "java.util.Currency",
                "java.util.Locale", "java.text.NumberFormat"));
        sb.append("/** Formats invoices; prices are per hour of usage, in USD unless the account says otherwise. */\n")
                .append("public final class ").append(name).append(" {\n")
                .append("    private static final Currency DEFAULT = Currency.getInstance(\"USD\");\n")
                .append("    static final String PLAN_NOTE = \"Pro plan: $").append(10 + i % 90).append(" per seat per month\";\n")
                .append("    static final String OVERAGE = \"Extra usage is billed at $0.").append(10 + i % 90)
                .append(" an hour\";\n")
                .append("    static final String SAMPLE_TOTAL = \"Total: $").append(100 + i % 900).append(".00\";\n")
                .append("    private final NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);\n\n");
        for (int m = 0; m < METHODS; m++) {
            sb.append("    /** The line total of item ").append(m).append(" in EUR or USD. */\n")
                    .append("    public String line").append(m).append("(BigDecimal hours, BigDecimal ratePerHour, String code) {\n")
                    .append("        Currency currency = code == null ? DEFAULT : Currency.getInstance(code);\n")
                    .append("        BigDecimal total = hours.multiply(ratePerHour);\n")
                    .append("        return currency.getSymbol(Locale.US) + format.format(total) + \" (\" + hours + \" hours)\";\n")
                    .append("    }\n\n");
        }
        return sb.append("}\n").toString();
    }

    /** String templates with "${...}" and text blocks. */
    private static String templates(String pkg, String name, int i) {
        StringBuilder sb = new StringBuilder(header(pkg, "java.util.Map", "java.util.HashMap"));
        sb.append("/** Mail templates; placeholders are written ${name}. */\n")
                .append("public final class ").append(name).append(" {\n")
                .append("    static final String WELCOME = \"Hello ${user.name}, your trial ends in ${trial.hours} hours.\";\n")
                .append("    static final String RECEIPT = \"\"\"\n        Thank you for your order ${order.id}.\n"
                        + "        Amount: ${order.amount} ${order.currency}\n        \"\"\";\n")
                .append("    private final Map<String, String> values = new HashMap<>();\n\n");
        for (int m = 0; m < METHODS; m++) {
            sb.append("    /** Renders template ").append(m).append(". */\n")
                    .append("    public String render").append(m).append("(String template) {\n")
                    .append("        String out = template;\n")
                    .append("        for (Map.Entry<String, String> e : values.entrySet()) {\n")
                    .append("            out = out.replace(\"${\" + e.getKey() + \"}\", e.getValue());\n")
                    .append("        }\n        return out.isEmpty() ? \"$").append(m).append("\" : out;\n    }\n\n");
        }
        return sb.append("}\n").toString();
    }

    /** Plain code with string constants and no money at all. */
    private static String repository(String pkg, String name, int i) {
        StringBuilder sb = new StringBuilder(header(pkg, "java.util.List", "java.util.Optional",
                "java.util.concurrent.ConcurrentHashMap"));
        sb.append("/** Keeps entities in memory. */\n")
                .append("public class ").append(name).append(" {\n")
                .append("    static final String TABLE = \"entities_").append(i).append("\";\n")
                .append("    static final String QUERY = \"SELECT id, name FROM entities WHERE id = ?\";\n")
                .append("    private final ConcurrentHashMap<Long, String> rows = new ConcurrentHashMap<>();\n\n");
        for (int m = 0; m < METHODS; m++) {
            sb.append("    /** Finds entity ").append(m).append(". */\n")
                    .append("    public Optional<String> find").append(m).append("(long id, List<String> fallback) {\n")
                    .append("        String row = rows.get(id + ").append(m).append(");\n")
                    .append("        if (row == null && !fallback.isEmpty()) {\n")
                    .append("            row = fallback.get(0) + \"#").append(m).append("\";\n        }\n")
                    .append("        return Optional.ofNullable(row);\n    }\n\n");
        }
        return sb.append("}\n").toString();
    }

    // ---------------------------------------------------------------- real

    private static long[] fromSourcesJars(Path src, int limit, Path repository) throws IOException {
        List<Path> jars;
        try (Stream<Path> walk = Files.walk(repository)) {
            jars = walk.filter(p -> p.getFileName().toString().endsWith("-sources.jar")).sorted().toList();
        }
        long files = 0;
        long bytes = 0;
        for (Path jar : jars) {
            String prefix = "jar" + jars.indexOf(jar) + "/";
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                List<ZipEntry> java = new ArrayList<>();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    if (!e.isDirectory() && e.getName().endsWith(".java") && !e.getName().contains("..")) {
                        java.add(e);
                    }
                }
                java.sort((a, b) -> a.getName().compareTo(b.getName()));
                for (ZipEntry e : java) {
                    if (files >= limit) {
                        return new long[] {files, bytes};
                    }
                    // Each jar gets its own folder: two jars may hold the same class.
                    Path target = src.resolve(prefix + e.getName());
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(e)) {
                        bytes += Files.copy(in, target);
                    }
                    files++;
                }
            } catch (IOException e) {
                System.err.println("skipped " + jar + ": " + e.getMessage());
            }
        }
        System.err.println("note: the sources jars held " + files + " Java files, fewer than " + limit);
        return new long[] {files, bytes};
    }

    // ---------------------------------------------------------------- shared

    /** Ten annotated releases whose rates and sources are constants of another file. */
    private static long[] releases(Path src) throws IOException {
        Path dir = src.resolve("com/example/models");
        long bytes = write(dir.resolve("Costs.java"), """
                package com.example.models;

                /** Figures shared by the releases. */
                public final class Costs {
                    public static final String RATE = "2";
                    public static final String SOURCE = "Technical report, Table 1";
                    private Costs() {
                    }
                }
                """);
        for (int m = 0; m < 10; m++) {
            bytes += write(dir.resolve("Release" + m + ".java"), """
                    package com.example.models;

                    import dev.costscope.annotations.Basis;
                    import dev.costscope.annotations.Compute;
                    import dev.costscope.annotations.CostComponent;
                    import dev.costscope.annotations.Item;
                    import dev.costscope.annotations.ModelRelease;
                    import dev.costscope.annotations.Scope;
                    import dev.costscope.annotations.TrainingCost;

                    /** Model %d: the final training run, rented at $2 per GPU hour. */
                    @ModelRelease(name = "Model-%d", totalParameters = "70B", trainingTokens = "15T")
                    @TrainingCost(scope = Scope.FINAL_RUN, amount = "6M", basis = Basis.RENTAL_EQUIVALENT,
                        source = Costs.SOURCE,
                        items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "6M",
                            compute = @Compute(accelerator = "H100", count = 1024, hours = "3M",
                                ratePerHour = Costs.RATE)))
                    public final class Release%d {
                    }
                    """.formatted(m, m, m));
        }
        return new long[] {11, bytes};
    }

    private static final String README = """
            # Models

            The final training run of Model-0 took 3M H100 GPU hours, $6M at $2 per GPU hour.
            Our API is priced at $0.27 per million tokens.
            """;

    private static String pom() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>bench-tree</artifactId>
                  <version>1</version>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                    <maven.compiler.release>17</maven.compiler.release>
                  </properties>
                </project>
                """;
    }

    private static long write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        return bytes.length;
    }
}
