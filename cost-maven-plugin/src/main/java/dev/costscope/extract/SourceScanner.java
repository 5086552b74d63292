package dev.costscope.extract;

import com.github.javaparser.ast.CompilationUnit;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.ProcessingError;
import dev.costscope.model.SourceLocation;
import dev.costscope.model.SourceModel;
import dev.costscope.model.TextBlock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Reads a project's sources into a {@link SourceModel}. A file is parsed only when its bytes contain
 * the annotation package name ({@code dev.costscope.annotations}), which every file using the API
 * must name in an import or a qualified annotation, or when a comment or literal of it may state an
 * unscoped cost ({@link FigureScreen}; its string constants are then read); a file defining a
 * constant is parsed only when a claim refers to it. Files with claims that cannot be read, decoded
 * or parsed become processing errors (a file read only for its prose is left to the compiler), and
 * the other files are still read; so does a folder that cannot be listed. Text files that describe
 * the model are read too when the request names them.
 *
 * <p>Files are read and screened in parallel, and no file's bytes are kept past its screening: the
 * few files that must be parsed are read again, one at a time, so memory follows the largest file,
 * not the tree. With a cache ({@link #cachingIn}), a file that needed nothing at the last scan and
 * has the same size and modification time is not read at all. One instance may scan many times.
 */
public final class SourceScanner {

    /**
     * The stack of the thread that parses and folds: the parser and the folder recurse once per
     * nesting level, and the bounds of {@link NestingScreen} and {@link ConstantEvaluator} are sized
     * for it, whatever stack the calling thread (a build thread of {@code mvn -T}) has.
     */
    private static final long STACK_BYTES = 64L << 20;

    private final Path cacheDirectory;
    private final String configuration;

    /** A scanner that reads every file on every scan. */
    public SourceScanner() {
        this(null, "");
    }

    private SourceScanner(Path cacheDirectory, String configuration) {
        this.cacheDirectory = cacheDirectory;
        this.configuration = configuration;
    }

    /**
     * A scanner that remembers, in {@code directory} (a folder of the build's output), which files
     * needed nothing, and does not read them again while they keep their size and modification time.
     * {@code configuration} names every setting outside the scan request that the build could change
     * (the rules' settings, for instance): the cache of another configuration is never used.
     */
    public SourceScanner cachingIn(Path directory, String configuration) {
        return new SourceScanner(directory, configuration);
    }

    /** Scans the files {@code request} selects. */
    public SourceModel scan(ScanRequest request) {
        return open(request).model();
    }

    /**
     * Scans the files {@code request} selects, or, with a cache, finds the last build's result still
     * holding; its model is then decoded when first asked for.
     */
    public SourceScan open(ScanRequest request) {
        return onReaderThread(() -> scanHere(request, true));
    }

    private SourceScan scanAgain(ScanRequest request) {
        return onReaderThread(() -> scanHere(request, false));
    }

    /** Runs {@code work} on a thread with the stack deep sources need. */
    private static SourceScan onReaderThread(Supplier<SourceScan> work) {
        SourceScan[] scan = new SourceScan[1];
        Throwable[] failure = new Throwable[1];
        Thread reader = new Thread(null, () -> {
            try {
                scan[0] = work.get();
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
        return scan[0];
    }

    private SourceScan scanHere(ScanRequest request, boolean mayReuse) {
        long startedAt = System.currentTimeMillis();
        ScanResults results = null;
        if (cacheDirectory != null) {
            results = ScanResults.in(cacheDirectory, ScanCache.key(request + "\n" + configuration));
            Optional<ScanResults.Reused> unchanged = mayReuse ? results.reuseUnchanged() : Optional.empty();
            if (unchanged.isPresent()) {
                return SourceScan.reused(unchanged.get(), () -> scanAgain(request));
            }
        }
        // The text files are listed on another core while the sources are: two walks, often of one tree.
        List<ProcessingError> textErrors = new ArrayList<>();
        TextFiles textFiles = new TextFiles(request, textErrors);
        CompletableFuture<SourceFiles.Listing> textListing = request.textBase().isEmpty()
                ? CompletableFuture.completedFuture(new SourceFiles.Listing(List.of(), List.of(), List.of()))
                : CompletableFuture.supplyAsync(() -> textFiles.list(request.textBase().get()));
        List<ProcessingError> errors = new ArrayList<>();
        SourceFiles.Listing listing = new SourceFiles(request.includes(), request.excludes()).walk(request.sourceRoots());
        for (SourceFiles.Failure failure : listing.failures()) {
            errors.add(new ProcessingError(SourceLocation.ofFile(display(request.displayBase(), failure.path())),
                    "this folder cannot be read (" + failure.reason() + "); the files in it were not checked,"
                            + " the rest of the source root was"));
        }
        SourceFiles.Listing texts = join(textListing);
        Text prose = new Text(textFiles, texts.paths(), textErrors);
        if (results == null) {
            return SourceScan.found(scanFiles(request, listing.files(), null, prose, errors).model(), Optional.empty());
        }
        TreeSnapshot tree = new TreeSnapshot(startedAt).sources(listing).texts(texts);
        if (!textErrors.isEmpty()) {
            tree.unreadable();
        }
        Optional<ScanResults.Reused> reused = mayReuse ? results.reuse(tree) : Optional.empty();
        if (reused.isPresent()) {
            return SourceScan.reused(reused.get(), () -> scanAgain(request));
        }
        Scanned scanned = scanFiles(request, listing.files(), ScanCache.open(cacheDirectory, results.key()), prose, errors);
        return SourceScan.found(scanned.model(), results.remember(tree, scanned.consulted(), scanned.model()));
    }

    /** The text files a scan reads, and the errors met listing and reading them (reported after the sources'). */
    private record Text(TextFiles files, List<Path> paths, List<ProcessingError> errors) {
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** A scan's model, and the files its claims' constants were looked up in. */
    private record Scanned(SourceModel model, Set<Path> consulted) {
    }

    private Scanned scanFiles(ScanRequest request, List<SourceFiles.ListedFile> files, ScanCache cache, Text prose,
                              List<ProcessingError> errors) {
        List<DeclaredType> types = new ArrayList<>();
        List<TextBlock> texts = new ArrayList<>();
        JavaSourceParser parser = new JavaSourceParser();
        SourceIndex index = new SourceIndex(request.sourceRoots(), request.displayBase(), request.encoding(), parser);
        AnnotationReader reader = new AnnotationReader(new ConstantEvaluator(index));
        Screen screen = new Screen(needle(request), new FigureScreen(request.encoding()), cache);
        List<Screened> screened = files.parallelStream().map(file -> screen.screen(file, request)).toList();
        int parsed = 0;
        for (Screened file : screened) {
            if (file.unreadable() != null) {
                errors.add(new ProcessingError(SourceLocation.ofFile(file.shown()), file.unreadable()));
                continue;
            }
            if (file.verdict() == Verdict.NOTHING) {
                continue;
            }
            boolean declares = file.verdict() == Verdict.DECLARES;
            String shown = file.shown();
            try {
                String text = SourceText.decode(Files.readAllBytes(file.path()), request.encoding());
                Optional<CompilationUnit> known = index.parsedAlready(file.path());
                CompilationUnit unit = known.isPresent() ? known.get() : parser.parse(text, shown);
                if (known.isEmpty()) {
                    parsed++;
                }
                if (declares) {
                    // Claims may refer to constants of other claim files: kept, as the claims are.
                    index.register(file.path(), unit);
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
            } catch (IOException e) {
                if (declares) {
                    errors.add(new ProcessingError(SourceLocation.ofFile(shown), "the file cannot be read: "
                            + SourceFiles.reason(e)));
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
        if (cache != null) {
            cache.save();
        }
        texts.addAll(prose.files().read(prose.paths()));
        errors.addAll(prose.errors());
        types.sort(Comparator.comparing(DeclaredType::location));
        return new Scanned(new SourceModel(types, texts, errors, files.size(), parsed + index.parsedOnDemand()),
                index.consulted());
    }

    /** What a file needs after the first look at its bytes. */
    private enum Verdict {
        /** No claim, and no comment or literal that may state an unscoped cost. */
        NOTHING,
        /** It names the annotation package: it is parsed and its claims read. */
        DECLARES,
        /** A comment or literal may state an unscoped cost: it is parsed and its constants read. */
        PROSE
    }

    /** A file after the first look at its bytes, or why it could not be read. */
    private record Screened(Path path, String shown, Verdict verdict, String unreadable) {
    }

    /** The first look at each file; safe to run for many files at once. */
    private record Screen(byte[] needle, FigureScreen figures, ScanCache cache) {

        Screened screen(SourceFiles.ListedFile file, ScanRequest request) {
            Path path = file.path();
            String shown = display(request.displayBase(), path);
            if (cache != null && cache.needsNothing(path, file.size(), file.modified())) {
                cache.rememberNeedsNothing(path, file.size(), file.modified());
                return new Screened(path, shown, Verdict.NOTHING, null);
            }
            try {
                byte[] bytes = Files.readAllBytes(path);
                Verdict verdict = SourceText.contains(bytes, needle) ? Verdict.DECLARES
                        : figures.mayStateUnscopedCost(bytes) ? Verdict.PROSE : Verdict.NOTHING;
                if (verdict == Verdict.NOTHING && cache != null && bytes.length == file.size()) {
                    cache.rememberNeedsNothing(path, file.size(), file.modified());
                }
                return new Screened(path, shown, verdict, null);
            } catch (IOException e) {
                return new Screened(path, shown, null, "the file cannot be read: " + SourceFiles.reason(e));
            }
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
}
