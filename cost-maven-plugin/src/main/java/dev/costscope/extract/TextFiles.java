package dev.costscope.extract;

import dev.costscope.model.ProcessingError;
import dev.costscope.model.SourceLocation;
import dev.costscope.model.TextBlock;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the markdown files that describe the model (READMEs, model cards, docs) as prose.
 *
 * <p>The walk: from the project's directory, never entering build output ({@code target}), hidden
 * folders ({@code .git}, {@code .venv}...), {@code node_modules} or {@code __pycache__}, so big
 * unrelated trees cost nothing. A folder that cannot be read is skipped without failing the build,
 * unless it is the project's directory itself or lies under {@code docs/}, the one text root the
 * defaults name: then it is a processing error with its path.
 *
 * <p>Decoding: as text files, apart from the Java sources: UTF-8 unless {@code textEncoding} says
 * otherwise; a byte order mark (UTF-8, UTF-16 LE/BE) wins over both.
 */
final class TextFiles {

    private static final Set<String> NEVER_ENTERED = Set.of("target", "node_modules", "__pycache__");

    private final ScanRequest request;
    private final List<ProcessingError> errors;

    TextFiles(ScanRequest request, List<ProcessingError> errors) {
        this.request = request;
        this.errors = errors;
    }

    /** The prose of each selected file under {@code base}; files that cannot be read become processing errors. */
    List<TextBlock> read(Path base) {
        return read(list(base).paths());
    }

    /** The prose of each of {@code files}, as {@link #list} selected them. */
    List<TextBlock> read(List<Path> files) {
        List<TextBlock> texts = new ArrayList<>();
        for (Path file : files) {
            String shown = SourceScanner.display(request.displayBase(), file);
            try {
                String markdown = decode(Files.readAllBytes(file), request.textEncoding());
                if (FigureScreen.holdsFigure(markdown) || markdown.indexOf('|') >= 0 || markdown.indexOf('<') >= 0) {
                    texts.addAll(MarkdownText.blocks(markdown, shown, file.getFileName().toString()));
                }
            } catch (SourceText.MalformedText e) {
                errors.add(new ProcessingError(new SourceLocation(shown, e.line, e.column), e.getMessage()
                        + "; set <textEncoding> (property cost.textEncoding) to the file's encoding, or convert the file"));
            } catch (IOException e) {
                errors.add(new ProcessingError(SourceLocation.ofFile(shown), "the file cannot be read: " + e.getMessage()));
            } catch (RuntimeException e) {
                errors.add(new ProcessingError(SourceLocation.ofFile(shown), "costscope could not read this markdown ("
                        + e.getClass().getSimpleName() + ")"));
            }
        }
        return texts;
    }

    /** Decodes a text file: a byte order mark names the encoding; otherwise {@code charset}. */
    static String decode(byte[] bytes, Charset charset) throws SourceText.MalformedText {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return SourceText.decode(bytes, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return strip(SourceText.decode(bytes, StandardCharsets.UTF_16LE));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return strip(SourceText.decode(bytes, StandardCharsets.UTF_16BE));
        }
        return SourceText.decode(bytes, charset);
    }

    private static String strip(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * The selected text files under {@code base}, sorted, each once however many links reach it, the
     * folders entered, and what could not be listed; a folder that cannot be listed becomes a processing
     * error when it is the base or lies under {@code docs/}.
     */
    SourceFiles.Listing list(Path given) {
        OnePathPerFile files = new OnePathPerFile();
        List<SourceFiles.ListedFolder> folders = new ArrayList<>();
        List<SourceFiles.Failure> failures = new ArrayList<>();
        if (!Files.isDirectory(given)) {
            return new SourceFiles.Listing(List.of(), List.of(), List.of());
        }
        Path base = given.toAbsolutePath().normalize();
        boolean defaults = request.textIncludes().equals(ScanRequest.DEFAULT_TEXT_INCLUDES);
        List<PathMatcher> includes = SourceFiles.matchers(request.textIncludes());
        List<PathMatcher> excludes = SourceFiles.matchers(request.textExcludes());
        try {
            Files.walkFileTree(base, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = String.valueOf(dir.getFileName());
                    if (!dir.equals(base) && (NEVER_ENTERED.contains(name) || name.startsWith("."))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    folders.add(new SourceFiles.ListedFolder(dir, attrs.lastModifiedTime().toMillis()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file))) {
                        Path relative = base.relativize(file);
                        boolean selected = defaults ? describesTheModel(relative) : matches(includes, relative);
                        if (selected && !matches(excludes, relative)) {
                            BasicFileAttributes target = attrs.isSymbolicLink() ? linked(file, attrs) : attrs;
                            files.add(new SourceFiles.ListedFile(file, target.size(),
                                    target.lastModifiedTime().toMillis()), target.fileKey());
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    failures.add(new SourceFiles.Failure(file, SourceFiles.reason(e)));
                    Path relative = base.relativize(file);
                    if (file.equals(base) || relative.startsWith("docs")) {
                        errors.add(new ProcessingError(SourceLocation.ofFile(SourceScanner.display(request.displayBase(),
                                file)), "cannot be listed: " + e.getMessage()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failures.add(new SourceFiles.Failure(base, SourceFiles.reason(e)));
            errors.add(new ProcessingError(SourceLocation.ofFile(base.toString()), "cannot be listed: " + e.getMessage()));
        }
        return new SourceFiles.Listing(files.sorted(), folders, failures);
    }

    /** The attributes of the file a link points to; those of the link itself when it cannot be followed. */
    private static BasicFileAttributes linked(Path link, BasicFileAttributes own) {
        try {
            return Files.readAttributes(link, BasicFileAttributes.class);
        } catch (IOException e) {
            return own;
        }
    }

    /**
     * The default selection, by name and case-insensitively: {@code README*.md} and model cards
     * ({@code MODEL_CARD.md}, {@code model_card.md}, {@code modelcard.md}, {@code Model-Card.md}, any
     * prefix) anywhere, and every markdown file under {@code docs/}.
     */
    static boolean describesTheModel(Path relative) {
        String name = relative.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".md")) {
            return false;
        }
        String squashed = name.replace("_", "").replace("-", "");
        return name.startsWith("readme") || squashed.contains("modelcard") || relative.startsWith("docs");
    }

    private static boolean matches(List<PathMatcher> matchers, Path relative) {
        for (PathMatcher m : matchers) {
            if (m.matches(relative)) {
                return true;
            }
        }
        return false;
    }
}
