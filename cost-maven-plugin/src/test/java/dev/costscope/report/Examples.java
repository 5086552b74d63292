package dev.costscope.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The reports of the project's own examples ({@code examples/<name>}), for the exports' round trips. */
final class Examples {

    private static final Path ROOT = Path.of("..", "examples");

    private Examples() {
    }

    /** The report of example {@code name}, scanned from a copy of its sources in {@code project}. */
    static Report report(Path project, String name) throws IOException {
        Path sources = ROOT.resolve(name).resolve("src/main/java");
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(sources)) {
            walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.put(
                    sources.relativize(p).toString().replace('\\', '/'), read(p)));
        }
        return ReportFixture.report(project, files);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
