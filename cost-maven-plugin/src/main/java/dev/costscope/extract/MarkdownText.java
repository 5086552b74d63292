package dev.costscope.extract;

import dev.costscope.model.SourceLocation;
import dev.costscope.model.TextBlock;
import dev.costscope.model.TextMap;
import dev.costscope.text.FigureTriggers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * The prose of a markdown file, read as CommonMark with GFM tables: one text per paragraph, heading
 * and table cell, with emphasis undone ({@code **39.3**M GPU hours} reads as one figure), link text
 * kept and link targets left out, code blocks left out, inline code kept only when it is a bare
 * figure, LaTeX math, written-out URLs and placeholders blanked, and HTML blocks (tables included)
 * read with an HTML parser. Every character keeps its offset in the file, so findings keep their
 * exact line and column (any line ending: LF, CRLF or CR).
 *
 * <p>A table cell carries its column header and, as context, the header, the row's first cell and
 * the table's caption (the paragraph or heading just before it).
 *
 * <p>{@value #IGNORE_MARKER} at the end of a line (or on its own line) silences costscope on the block
 * that starts on the next non-blank line: its findings are counted as suppressed.
 */
final class MarkdownText {

    /** Put on its own line, or at the end of a line, it silences costscope on the next line's block. */
    static final String IGNORE_MARKER = "<!-- cost:ignore -->";

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private final String source;
    private final String file;
    private final String origin;
    private final int[] lineStarts;
    private final Set<Integer> ignoredLines;
    private final List<TextBlock> blocks = new ArrayList<>();
    private String caption = "";

    private MarkdownText(String source, String file, String origin) {
        this.source = source;
        this.file = file;
        this.origin = origin;
        this.lineStarts = TextMap.lineStarts(source);
        this.ignoredLines = ignoredLines(source, lineStarts);
    }

    /** The prose texts of {@code markdown}, shown as {@code file}, named {@code origin} in messages. */
    static List<TextBlock> blocks(String markdown, String file, String origin) {
        MarkdownText reader = new MarkdownText(markdown, file, origin);
        reader.container(PARSER.parse(markdown));
        return reader.blocks;
    }

    private void container(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph || child instanceof Heading) {
                ProseBuilder prose = inline(child);
                caption = prose.text().strip();
                emit(prose, "", Optional.empty());
            } else if (child instanceof TableBlock table) {
                table(table);
            } else if (child instanceof HtmlBlock html) {
                HtmlText.read(source, span(html), this::emitHtml, this::cell);
            } else if (!(child instanceof FencedCodeBlock || child instanceof IndentedCodeBlock)) {
                container(child);
            }
        }
    }

    private void table(TableBlock table) {
        String tableCaption = caption;
        List<String> headers = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof TableHead;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                int column = 0;
                String rowHeader = "";
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext(), column++) {
                    if (!(cell instanceof TableCell)) {
                        continue;
                    }
                    ProseBuilder prose = inline(cell);
                    String text = prose.text().strip();
                    if (head) {
                        headers.add(text);
                        continue;
                    }
                    if (column == 0) {
                        rowHeader = text;
                    }
                    cell(prose, column < headers.size() ? headers.get(column) : "", column == 0 ? "" : rowHeader,
                            tableCaption);
                }
            }
        }
    }

    /** Emits a table cell with its column header, row header and the table's caption. */
    void cell(ProseBuilder prose, String header, String rowHeader, String tableCaption) {
        String context = String.join(" | ", header, rowHeader, tableCaption);
        emit(prose, context, Optional.of(header));
    }

    private void emitHtml(ProseBuilder prose) {
        caption = prose.text().strip();
        emit(prose, "", Optional.empty());
    }

    private void emit(ProseBuilder prose, String context, Optional<String> columnHeader) {
        if (prose.length() == 0) {
            return;
        }
        NotProse.blank(prose);
        String text = prose.text();
        if (!FigureTriggers.mayContain(text) && columnHeader.isEmpty()) {
            return;
        }
        TextMap map = TextMap.pieces(file, lineStarts, prose.offsets());
        SourceLocation start = map.locate(0);
        Set<String> suppressions = ignoredLines.contains(start.line()) ? Set.of("all") : Set.of();
        blocks.add(new TextBlock(text, start, columnHeader.isPresent() ? origin + " table" : origin, suppressions,
                context, columnHeader, map));
    }

    /** The inline content of {@code node} as prose. */
    private ProseBuilder inline(Node node) {
        ProseBuilder prose = new ProseBuilder(source);
        inline(node, prose);
        return prose;
    }

    private void inline(Node node, ProseBuilder prose) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            int[] span = span(child);
            if (child instanceof Text text) {
                prose.append(text.getLiteral(), span[0], span[1]);
            } else if (child instanceof Code code) {
                if (isBareFigure(code.getLiteral())) {
                    prose.append(code.getLiteral(), span[0], span[1]);
                } else {
                    prose.space(span[0]);
                }
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak
                    || (child instanceof HtmlInline html && html.getLiteral().regionMatches(true, 0, "<br", 0, 3))) {
                prose.lineBreak(span[0]);
            } else if (child instanceof HtmlInline || child instanceof Image) {
                prose.space(span[0]);
            } else {
                inline(child, prose);
            }
        }
    }

    /**
     * Inline code read as prose: short and free of code punctuation ({@code `3.0`}, {@code `1 epoch`},
     * {@code `minimind-3`}); anything else ({@code `cost = $6M;`}) is code and left out.
     */
    static boolean isBareFigure(String code) {
        if (code.length() > 40) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if ("=(){};<>[]\"'\\|&$".indexOf(code.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** [start, end) of {@code node} in the file, or [-1, -1] when the parser gave it no place. */
    private static int[] span(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return new int[] {-1, -1};
        }
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        return new int[] {first.getInputIndex(), last.getInputIndex() + last.getLength()};
    }

    /** The 1-based lines that follow an ignore marker (the next non-blank line after each). */
    private static Set<Integer> ignoredLines(String source, int[] lineStarts) {
        Set<Integer> ignored = new HashSet<>();
        if (!source.contains(IGNORE_MARKER)) {
            return ignored;
        }
        boolean pending = false;
        for (int line = 0; line < lineStarts.length; line++) {
            int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : source.length();
            String text = source.substring(lineStarts[line], end).strip();
            if (pending && !text.isEmpty()) {
                ignored.add(line + 1);
                pending = false;
            }
            if (text.endsWith(IGNORE_MARKER)) {
                pending = true;
            }
        }
        return ignored;
    }
}
