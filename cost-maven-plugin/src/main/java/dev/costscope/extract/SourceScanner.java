package dev.costscope.extract;

import com.github.javaparser.ast.CompilationUnit;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.ProcessingError;
import dev.costscope.model.SourceLocation;
import dev.costscope.model.SourceModel;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a project's sources into a {@link SourceModel}. A file is parsed only when its bytes contain
 * the annotation package name ({@code dev.costscope.annotations}), which every file using the API
 * must name in an import or a qualified annotation; a file defining a constant is parsed only when
 * a claim refers to it. Files that cannot be read, decoded or parsed become processing errors and
 * the other files are still read. One instance may scan many times; a scan is single-threaded.
 */
public final class SourceScanner {

    /** Scans the files {@code request} selects. */
    public SourceModel scan(ScanRequest request) {
        List<DeclaredType> types = new ArrayList<>();
        List<ProcessingError> errors = new ArrayList<>();
        List<Path> files;
        try {
            files = new SourceFiles(request.includes(), request.excludes()).list(request.sourceRoots());
        } catch (IOException e) {
            errors.add(new ProcessingError(SourceLocation.ofFile(String.valueOf(request.sourceRoots())),
                    "the source roots cannot be listed: " + e.getMessage()));
            return new SourceModel(types, errors, 0, 0);
        }
        JavaSourceParser parser = new JavaSourceParser();
        SourceIndex index = new SourceIndex(request.sourceRoots(), request.encoding(), parser);
        AnnotationReader reader = new AnnotationReader(new ConstantEvaluator(index));
        byte[] needle = needle(request);
        int parsed = 0;
        for (Path file : files) {
            String shown = display(request.displayBase(), file);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                errors.add(new ProcessingError(SourceLocation.ofFile(shown), "the file cannot be read: " + reason(e)));
                continue;
            }
            if (!SourceText.contains(bytes, needle)) {
                continue;
            }
            parsed++;
            try {
                CompilationUnit unit = parser.parse(SourceText.decode(bytes, request.encoding()), shown);
                index.register(file, unit);
                types.addAll(reader.read(unit, shown));
            } catch (SourceText.MalformedText e) {
                errors.add(new ProcessingError(new SourceLocation(shown, e.line, e.column), e.getMessage()
                        + "; set <encoding> (property cost.encoding or project.build.sourceEncoding) to the file's"
                        + " encoding, or convert the file"));
            } catch (JavaSourceParser.SyntaxError e) {
                errors.add(new ProcessingError(e.location, e.getMessage()));
            } catch (RuntimeException | StackOverflowError e) {
                // A defect of costscope's on one file must not stop the check of the others.
                errors.add(new ProcessingError(SourceLocation.ofFile(shown), "costscope could not read this file ("
                        + e + "); the other files were checked. Please report this with the file."));
            }
        }
        types.sort(Comparator.comparing(DeclaredType::location));
        return new SourceModel(types, errors, files.size(), parsed + index.parsedOnDemand());
    }

    /** The annotation package name as bytes of the source encoding, without a byte-order mark. */
    private static byte[] needle(ScanRequest request) {
        byte[] bytes = CostscopeNames.PACKAGE.getBytes(request.encoding());
        boolean bom = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        return bom ? Arrays.copyOfRange(bytes, 2, bytes.length) : bytes;
    }

    private static String display(Path base, Path file) {
        Path absoluteBase = base.toAbsolutePath().normalize();
        Path shown = file.startsWith(absoluteBase) ? absoluteBase.relativize(file) : file;
        return shown.toString().replace('\\', '/');
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the file disappeared while the build ran";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
