package dev.costscope.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.model.TextBlock;
import dev.costscope.text.Figure;
import dev.costscope.text.TextClaimDetector;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Markdown read as CommonMark: what is prose, what is not, and where each flagged figure stands. */
class MarkdownTextTest {

    private final TextClaimDetector detector = new TextClaimDetector();

    private List<String> flagged(String markdown) {
        List<String> out = new ArrayList<>();
        for (TextBlock block : MarkdownText.blocks(markdown, "README.md", "README.md")) {
            List<Figure> figures = block.columnHeader().isPresent()
                    ? detector.unscopedCell(block.text(), block.columnHeader().get(), block.context())
                    : detector.unscoped(block.text(), block.context());
            for (Figure f : figures) {
                out.add(block.locate(f.start()) + " " + f.text() + (block.suppressions().isEmpty() ? "" : " (suppressed)"));
            }
        }
        return out;
    }

    @Test
    void emphasisDoesNotSplitAFigureFromItsUnit() {
        assertThat(flagged("Our runs used **12.5**M GPU hours in all.\n")).containsExactly("README.md:[1,17] 12.5M GPU hours");
    }

    @Test
    void linkTargetsMathCodeAndPlaceholdersAreNotProse() {
        String md = """
                See [the card](https://example.org/models/train/cost) for $40 of coffee.

                The learning rate was $2 \\times 10^{-4}$ and the batch $1$.

                ```
                trained for $6M
                ```

                Hours used: {{ hours_used }}
                """;
        assertThat(flagged(md)).isEmpty();
    }

    @Test
    void headingsAndLinkTitlesAreClaims() {
        assertThat(flagged("# A chat model trained for 0.2M Dollars\n\n- [Fine-tune a 3B model for $9](https://x.org)\n"))
                .containsExactly("README.md:[1,28] 0.2M Dollars", "README.md:[3,29] $9");
    }

    @Test
    void aTableCellTakesItsUnitFromTheHeaderAndIsReportedOnItsOwnLine() {
        String md = """
                Training budget of each size:

                | Size | Train A100 hours | Cost |
                |---|---|---|
                | 1B | 410 | $820 |
                | 3B | 1,200 | $2,400 per run |
                """;
        assertThat(flagged(md)).containsExactly("README.md:[5,8] 410", "README.md:[5,14] $820", "README.md:[6,8] 1,200");
    }

    @Test
    void htmlTablesAreReadWithTheirHeaders() {
        String md = """
                <table>
                <tr><th>Model</th><th>Training cost (USD)</th></tr>
                <tr><td>Tiny-2</td><td>$1,500</td></tr>
                </table>
                """;
        assertThat(flagged(md)).containsExactly("README.md:[3,24] $1,500");
    }

    @Test
    void chineseAndJapaneseSentencesAreRead() {
        String md = "这个模型的训练成本约为 120 万美元。\n\n按需价格为每小时 2 美元。\n";
        assertThat(flagged(md)).containsExactly("README.md:[1,13] 120 万美元");
        assertThat(flagged("このモデルの学習費用は 3億円 だった。\n")).containsExactly("README.md:[1,13] 3億円");
    }

    @Test
    void carriageReturnLineEndingsKeepExactPositions() {
        String md = "# Notes\r\rWe list prices.\r\rThe model was trained for $7M.\r";
        assertThat(flagged(md)).containsExactly("README.md:[5,27] $7M");
        assertThat(flagged(md.replace("\r", "\r\n"))).containsExactly("README.md:[5,27] $7M");
    }

    @Test
    void theBlockAfterAnIgnoreMarkerIsSuppressedNotDropped() {
        assertThat(flagged("<!-- cost:ignore -->\nThe press said the model cost $6M.\n"))
                .containsExactly("README.md:[2,31] $6M (suppressed)");
    }

    @Test
    void aByteOrderMarkNamesTheEncoding() throws Exception {
        byte[] utf16 = "\uFEFFThe model cost $6M.".getBytes(StandardCharsets.UTF_16LE);
        assertThat(TextFiles.decode(utf16, StandardCharsets.ISO_8859_1)).isEqualTo("The model cost $6M.");
        byte[] utf8 = ("\uFEFF" + "Café").getBytes(StandardCharsets.UTF_8);
        assertThat(TextFiles.decode(utf8, StandardCharsets.ISO_8859_1)).isEqualTo("Café");
    }
}
