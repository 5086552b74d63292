package dev.costscope.extract;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.costscope.model.ProcessingError;
import dev.costscope.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The project's parsed sources, parsed on demand and each once: the files that hold claims are
 * registered by the scanner, the files that define constants are parsed only when a claim refers
 * to them. Finds types by qualified name through the package directory layout.
 */
final class SourceIndex {

    private final List<Path> roots;
    private final Path displayBase;
    private final Charset charset;
    private final JavaSourceParser parser;
    private final Map<Path, Optional<CompilationUnit>> units = new HashMap<>();
    private final Map<String, Optional<TypeRef>> types = new HashMap<>();
    private final Map<String, String> failures = new HashMap<>();
    private final Map<Path, ProcessingError> errors = new LinkedHashMap<>();
    private final Set<Path> consulted = new TreeSet<>();
    private int parsedOnDemand;

    SourceIndex(List<Path> roots, Path displayBase, Charset charset, JavaSourceParser parser) {
        this.roots = roots;
        this.displayBase = displayBase;
        this.charset = charset;
        this.parser = parser;
    }

    /** Records a unit the scanner parsed, so that constants in it are not parsed again. */
    void register(Path file, CompilationUnit unit) {
        units.put(file, Optional.of(unit));
    }

    /** The unit of {@code file} if it was already parsed, for a constant a claim referred to. */
    Optional<CompilationUnit> parsedAlready(Path file) {
        return units.getOrDefault(file, Optional.empty());
    }

    /**
     * Every file a type was looked for in, whether it was there or not: what a claim's values depend
     * on besides its own file.
     */
    Set<Path> consulted() {
        return Collections.unmodifiableSet(consulted);
    }

    /** How many files were parsed only because a claim referred to a constant in them. */
    int parsedOnDemand() {
        return parsedOnDemand;
    }

    /**
     * The type named {@code qualifiedName} (nested types with dots, {@code a.b.Outer.Inner}), found as
     * {@code a/b/Outer.java} under a source root; empty when no source declares it.
     */
    Optional<TypeRef> findType(String qualifiedName) {
        Optional<TypeRef> known = types.get(qualifiedName);
        if (known == null) {
            known = locate(qualifiedName);
            types.put(qualifiedName, known);
        }
        return known;
    }

    private Optional<TypeRef> locate(String qualifiedName) {
        String[] segments = qualifiedName.split("\\.");
        if (!Arrays.stream(segments).allMatch(SourceIndex::isIdentifier)) {
            return Optional.empty();
        }
        for (int length = segments.length; length >= 1; length--) {
            int top = length;
            String relative = String.join("/", List.of(segments).subList(0, top)) + ".java";
            for (Path root : roots) {
                Path file = root.resolve(relative).toAbsolutePath().normalize();
                consulted.add(file);
                if (Files.isRegularFile(file)) {
                    Optional<TypeRef> found = unit(file)
                            .flatMap(unit -> unit.getTypes().stream()
                                    .filter(t -> t.getNameAsString().equals(segments[top - 1]))
                                    .findFirst())
                            .flatMap(type -> nested(type, segments, top));
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether {@code name} can name a package or type, so that it is safe to look up as a path. */
    private static boolean isIdentifier(String name) {
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
            return false;
        }
        return name.codePoints().allMatch(c -> Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    /** Walks from {@code type} through the member types named by {@code segments[from..]}. */
    static Optional<TypeRef> nested(TypeDeclaration<?> type, String[] segments, int from) {
        TypeDeclaration<?> current = type;
        for (int i = from; i < segments.length; i++) {
            Optional<TypeDeclaration<?>> member = memberType(current, segments[i]);
            if (member.isEmpty()) {
                return Optional.empty();
            }
            current = member.get();
        }
        return Optional.of(new TypeRef(current));
    }

    /** The member type of {@code type} named {@code name}. */
    static Optional<TypeDeclaration<?>> memberType(TypeDeclaration<?> type, String name) {
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof TypeDeclaration<?> t && t.getNameAsString().equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private Optional<CompilationUnit> unit(Path file) {
        Optional<CompilationUnit> unit = units.get(file);
        if (unit == null) {
            unit = parseQuietly(file);
            units.put(file, unit);
        }
        return unit;
    }

    /**
     * The constants files a claim referred to that could not be read or parsed, each a processing
     * error at its own place: the fault is theirs, not the claim's.
     */
    List<ProcessingError> errors() {
        return new ArrayList<>(errors.values());
    }

    /**
     * Why the file that would declare the top-level type {@code simpleName} could not be read or
     * parsed, if that is why a type was not found.
     */
    Optional<String> failureFor(String simpleName) {
        return Optional.ofNullable(failures.get(simpleName));
    }

    /**
     * A constants file that cannot be read or parsed defines nothing: the claim's value stays
     * unresolved, and {@link #failureFor} tells why.
     */
    private Optional<CompilationUnit> parseQuietly(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.java$", "");
        String shown = SourceScanner.display(displayBase, file);
        try {
            parsedOnDemand++;
            String text = SourceText.decode(Files.readAllBytes(file), charset);
            return Optional.of(parser.parse(text, shown));
        } catch (JavaSourceParser.SyntaxError e) {
            fail(name, file, e.location, e.getMessage());
        } catch (SourceText.MalformedText e) {
            fail(name, file, new SourceLocation(shown, e.line, e.column), e.getMessage());
        } catch (IOException e) {
            fail(name, file, SourceLocation.ofFile(shown), "the file cannot be read (" + e.getMessage() + ")");
        }
        return Optional.empty();
    }

    private void fail(String typeName, Path file, SourceLocation at, String why) {
        failures.put(typeName, at + " " + why + ", so the constants in it are unknown");
        errors.put(file, new ProcessingError(at, why + "; a claim refers to a constant in this file"));
    }
}
