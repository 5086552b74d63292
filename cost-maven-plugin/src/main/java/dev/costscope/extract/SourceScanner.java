package dev.costscope.extract;

import com.github.javaparser.ast.CompilationUnit;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.ProcessingError;
import dev.costscope.model.SourceLocation;
import dev.costscope.model.SourceModel;
import dev.costscope.model.TextBlock;
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
import java.util.Optional;

/**
 * Reads a project's sources into a {@link SourceModel}. A file is parsed only when its bytes contain
 * the annotation package name ({@code dev.costscope.annotations}), which every file using the API
 * must name in an import or a qualified annotation, or when it holds a cost figure (its string
 * constants are then read); a file defining a constant is parsed only when a claim refers to it.
 * Files with claims that cannot be read, decoded or parsed become processing errors (a file read
 * only for its prose is left to the compiler), and the other files are still read. Text files that
 * describe the model are read too when the request names them. Files are read and screened in
 * parallel, parsed one at a time. One instance may scan many times.
 */
public final class SourceScanner {

    /**
     * The stack of the thread that parses and folds: the parser and the folder recurse once per
     * nesting level, and the bounds of {@link NestingScreen} and {@link ConstantEvaluator} are sized
     * for it, whatever stack the calling thread (a build thread of {@code mvn -T}) has.
     */
    private static final long STACK_BYTES = 64L << 20;

    /** Scans the files {@code request} selects. */
    public SourceModel scan(ScanRequest request) {
        SourceModel[] model = new SourceModel[1];
        Throwable[] failure = new Throwable[1];
        Thread reader = new Thread(null, () -> {
            try {
                model[0] = scanHere(request);
            } catch (RuntimeException | Error e) {
                failure[0] = e;
            }
        }, "costscope-reader", STACK_BYTES);
        reader.setDaemon(true);
        reader.start();
        try {
            reader.join();
        } catch (InterruptedException e) {
            reader.interrupt();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the sources", e);
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        return model[0];
    }

    private SourceModel scanHere(ScanRequest request) {
        List<DeclaredType> types = new ArrayList<>();
        List<TextBlock> texts = new ArrayList<>();
        List<ProcessingError> errors = new ArrayList<>();
        List<Path> files;
        try {
            files = new SourceFiles(request.includes(), request.excludes()).list(request.sourceRoots());
        } catch (IOException e) {
            errors.add(new ProcessingError(SourceLocation.ofFile(String.valueOf(request.sourceRoots())),
                    "the source roots cannot be listed: " + e.getMessage()));
            return new SourceModel(types, texts, errors, 0, 0);
        }
        JavaSourceParser parser = new JavaSourceParser();
        SourceIndex index = new SourceIndex(request.sourceRoots(), request.displayBase(), request.encoding(), parser);
        AnnotationReader reader = new AnnotationReader(new ConstantEvaluator(index));
        byte[] needle = needle(request);
        List<Screened> screened = files.parallelStream().map(file -> screen(file, request, needle)).toList();
        int parsed = 0;
        for (Screened file : screened) {
            if (file.unreadable() != null) {
                errors.add(new ProcessingError(SourceLocation.ofFile(file.shown()), file.unreadable()));
                continue;
            }
            if (file.bytes() == null) {
                continue;
            }
            boolean declares = file.declares();
            String shown = file.shown();
            try {
                String text = SourceText.decode(file.bytes(), request.encoding());
                if (!declares && !FigureScreen.mayStateUnscopedCost(text)) {
                    continue;
                }
                Optional<CompilationUnit> known = index.parsedAlready(file.path());
                CompilationUnit unit = known.isPresent() ? known.get() : parser.parse(text, shown);
                if (known.isEmpty()) {
                    parsed++;
                    index.register(file.path(), unit);
                }
                if (declares) {
                    AnnotationReader.FileReading reading = reader.read(unit, shown);
                    types.addAll(reading.types());
                    texts.addAll(reading.texts());
                } else {
                    texts.addAll(reader.constants(unit, shown));
                }
            } catch (SourceText.MalformedText e) {
                if (declares) {
                    errors.add(new ProcessingError(new SourceLocation(shown, e.line, e.column), e.getMessage()
                            + "; set <encoding> (property cost.encoding or project.build.sourceEncoding) to the file's"
                            + " encoding, or convert the file"));
                }
            } catch (JavaSourceParser.SyntaxError e) {
                if (declares) {
                    errors.add(new ProcessingError(e.location, e.getMessage()));
                }
            } catch (StackOverflowError e) {
                errors.add(new ProcessingError(SourceLocation.ofFile(shown), "the file nests too deeply for costscope"
                        + " to read it; the other files were checked"));
            } catch (RuntimeException e) {
                // A defect of costscope's on one file must not stop the check of the others.
                errors.add(new ProcessingError(SourceLocation.ofFile(shown), "costscope could not read this file ("
                        + e + "); the other files were checked. Please report this with the file."));
            }
        }
        for (ProcessingError error : index.errors()) {
            if (errors.stream().noneMatch(e -> e.location().file().equals(error.location().file()))) {
                errors.add(error);
            }
        }
        request.textBase().ifPresent(base -> new TextFiles(request, errors).read(base).forEach(texts::add));
        types.sort(Comparator.comparing(DeclaredType::location));
        return new SourceModel(types, texts, errors, files.size(), parsed + index.parsedOnDemand());
    }

    /**
     * A file after the first look at its bytes: its bytes are kept only when it declares claims or
     * may hold a cost figure.
     */
    private record Screened(Path path, String shown, byte[] bytes, boolean declares, String unreadable) {
    }

    /** Reads and screens one file; safe to run for many files at once. */
    private static Screened screen(Path file, ScanRequest request, byte[] needle) {
        String shown = display(request.displayBase(), file);
        try {
            byte[] bytes = Files.readAllBytes(file);
            boolean declares = SourceText.contains(bytes, needle);
            boolean keep = declares || FigureScreen.mayHoldFigure(bytes, request.encoding());
            return new Screened(file, shown, keep ? bytes : null, declares, null);
        } catch (IOException e) {
            return new Screened(file, shown, null, false, "the file cannot be read: " + reason(e));
        }
    }

    /** The annotation package name as bytes of the source encoding, without a byte-order mark. */
    private static byte[] needle(ScanRequest request) {
        byte[] bytes = CostscopeNames.PACKAGE.getBytes(request.encoding());
        boolean bom = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        return bom ? Arrays.copyOfRange(bytes, 2, bytes.length) : bytes;
    }

    static String display(Path base, Path file) {
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
