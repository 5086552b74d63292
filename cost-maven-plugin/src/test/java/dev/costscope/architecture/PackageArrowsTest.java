package dev.costscope.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package arrows of DESIGN.md one-way: maven -> report -> lint/rules -> analysis -> model
 * <- extract, with text used by extract and rules. Reads the imports of every main source file
 * (fully qualified references to another costscope package count too); only the mojos see Maven,
 * only extract sees JavaParser.
 */
class PackageArrowsTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/costscope");

    /** What each package may import of costscope's own packages. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "model", Set.of("annotations"),
            "text", Set.of(),
            "extract", Set.of("annotations", "model", "text"),
            "analysis", Set.of("annotations", "model"),
            "lint", Set.of("analysis", "model"),
            "rules", Set.of("annotations", "model", "text", "analysis", "lint"),
            "report", Set.of("annotations", "model", "analysis", "lint", "rules"),
            "maven", Set.of("annotations", "model", "text", "extract", "analysis", "lint", "rules", "report"));

    private static final Pattern OWN = Pattern.compile("\\bdev\\.costscope\\.([a-z]+)\\.");
    private static final Pattern MAVEN = Pattern.compile("^import (static )?org\\.(apache\\.maven|codehaus\\.plexus)\\.",
            Pattern.MULTILINE);
    private static final Pattern PARSER = Pattern.compile("^import (static )?com\\.github\\.javaparser\\.", Pattern.MULTILINE);

    @Test
    void everyPackageIsKnownAndImportsOnlyWhatItMay() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> packages = Files.list(SOURCES)) {
            for (Path dir : packages.filter(Files::isDirectory).sorted().toList()) {
                String name = dir.getFileName().toString();
                assertThat(ALLOWED).as("package %s must be placed on the arrows in this test", name).containsKey(name);
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                        check(name, file, violations);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theCheckSeesAViolation() {
        List<String> violations = new ArrayList<>();
        check("analysis", "package dev.costscope.analysis;\nimport dev.costscope.rules.Rules;\n", "X.java", violations);
        check("report", "import org.apache.maven.plugin.Mojo;\n", "Y.java", violations);
        assertThat(violations).containsExactly("X.java: analysis -> rules", "Y.java: report -> Maven");
    }

    private static void check(String pkg, Path file, List<String> violations) throws IOException {
        check(pkg, Files.readString(file, StandardCharsets.UTF_8), SOURCES.relativize(file).toString(), violations);
    }

    private static void check(String pkg, String source, String name, List<String> violations) {
        Matcher own = OWN.matcher(source);
        while (own.find()) {
            String target = own.group(1);
            if (!target.equals(pkg) && !ALLOWED.get(pkg).contains(target)) {
                violations.add(name + ": " + pkg + " -> " + target);
            }
        }
        if (!pkg.equals("maven") && MAVEN.matcher(source).find()) {
            violations.add(name + ": " + pkg + " -> Maven");
        }
        if (!pkg.equals("extract") && PARSER.matcher(source).find()) {
            violations.add(name + ": " + pkg + " -> JavaParser");
        }
    }
}
