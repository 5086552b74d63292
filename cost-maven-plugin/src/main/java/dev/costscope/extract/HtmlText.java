package dev.costscope.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The prose of an HTML block inside markdown, read with an HTML parser (jsoup) that keeps source
 * positions: each table cell becomes a cell with its column header, row header and caption (the
 * {@code <caption>} or the text before the table); the rest of the block is one text. Comments,
 * scripts and styles are not prose.
 */
final class HtmlText {

    private HtmlText() {
    }

    /** A receiver of table cells. */
    interface Cells {
        void cell(ProseBuilder prose, String header, String rowHeader, String caption);
    }

    static void read(String source, int[] span, Consumer<ProseBuilder> texts, Cells cells) {
        if (span[0] < 0) {
            return;
        }
        String html = source.substring(span[0], Math.min(source.length(), span[1]));
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document document = parser.parseInput(html, "");
        ProseBuilder outside = new ProseBuilder(source);
        String before = "";
        for (Element table : document.select("table")) {
            if (table.parents().stream().anyMatch(p -> p.nameIs("table"))) {
                continue;
            }
            table(source, span[0], table, before, cells);
        }
        collect(document.body(), source, span[0], outside);
        texts.accept(outside);
    }

    private static void table(String source, int base, Element table, String before, Cells cells) {
        Element captionElement = table.selectFirst("caption");
        String caption = captionElement != null ? captionElement.text() : before;
        List<String> headers = new ArrayList<>();
        for (Element row : table.select("tr")) {
            List<Element> rowCells = row.children().stream().filter(c -> c.nameIs("td") || c.nameIs("th")).toList();
            boolean headerRow = headers.isEmpty() && !rowCells.isEmpty() && rowCells.stream().allMatch(c -> c.nameIs("th"));
            if (headerRow) {
                rowCells.forEach(c -> headers.add(c.text()));
                continue;
            }
            String rowHeader = rowCells.isEmpty() ? "" : rowCells.get(0).text();
            for (int i = 0; i < rowCells.size(); i++) {
                ProseBuilder prose = new ProseBuilder(source);
                collect(rowCells.get(i), source, base, prose);
                cells.cell(prose, i < headers.size() ? headers.get(i) : "", i == 0 ? "" : rowHeader, caption);
            }
        }
    }

    /** Appends the text nodes under {@code root}, tables, comments, scripts and styles left out. */
    private static void collect(Node root, String source, int base, ProseBuilder prose) {
        if (root == null) {
            return;
        }
        List<Node> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            Node node = stack.remove(stack.size() - 1);
            if (node instanceof TextNode text) {
                int start = text.sourceRange().isTracked() ? base + text.sourceRange().startPos() : -1;
                int end = text.sourceRange().isTracked() ? base + text.sourceRange().endPos() : -1;
                if (start < 0) {
                    prose.space(-1);
                } else {
                    prose.append(text.getWholeText(), start, end);
                }
            } else if (node instanceof Element element && node != root
                    && (element.nameIs("table") && root.nodeName().equals("body") || element.nameIs("script")
                    || element.nameIs("style"))) {
                continue;
            } else {
                if (node instanceof Element element && element.isBlock()) {
                    prose.space(-1);
                }
                List<Node> children = node.childNodes();
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.add(children.get(i));
                }
            }
        }
    }
}
