package dev.costscope.extract;

import dev.costscope.model.ProcessingError;
import dev.costscope.model.SourceLocation;
import dev.costscope.model.TextBlock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the markdown files that describe the model (README, model card, docs) as prose. */
final class TextFiles {

    private final ScanRequest request;
    private final List<ProcessingError> errors;

    TextFiles(ScanRequest request, List<ProcessingError> errors) {
        this.request = request;
        this.errors = errors;
    }

    /** The prose of each selected file under {@code base}; files that cannot be read become processing errors. */
    List<TextBlock> read(Path base) {
        List<TextBlock> texts = new ArrayList<>();
        List<Path> files;
        try {
            files = new SourceFiles(request.textIncludes(), request.textExcludes(), true).list(List.of(base));
        } catch (IOException e) {
            errors.add(new ProcessingError(SourceLocation.ofFile(base.toString()), "cannot be listed: " + e.getMessage()));
            return texts;
        }
        for (Path file : files) {
            String shown = SourceScanner.display(request.displayBase(), file);
            try {
                String markdown = SourceText.decode(Files.readAllBytes(file), request.encoding());
                if (FigureScreen.holdsFigure(markdown)) {
                    texts.add(new TextBlock(MarkdownText.prose(markdown), new SourceLocation(shown, 1, 1),
                            file.getFileName().toString(), Set.of()));
                }
            } catch (SourceText.MalformedText e) {
                errors.add(new ProcessingError(new SourceLocation(shown, e.line, e.column), e.getMessage()
                        + "; set <encoding> (property cost.encoding) to the file's encoding, or convert the file"));
            } catch (IOException e) {
                errors.add(new ProcessingError(SourceLocation.ofFile(shown), "the file cannot be read: " + e.getMessage()));
            }
        }
        return texts;
    }
}
