package dev.costscope.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The detector against {@code sentences.tsv}: sentences written the way training costs are written
 * about, each with the figure it must flag (or none) and why.
 */
class TextClaimDetectorTest {

    private final TextClaimDetector detector = new TextClaimDetector();

    static Stream<Arguments> sentences() throws IOException {
        try (InputStream in = TextClaimDetectorTest.class.getResourceAsStream("sentences.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .map(cells -> Arguments.of(cells[0], cells[1], cells[2]))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{2}: {0}")
    @MethodSource("sentences")
    void flagsExactlyTheUnscopedFigure(String sentence, String flagged, String why) {
        List<String> found = detector.unscoped(sentence).stream().map(Figure::text).toList();
        assertThat(found).as(why).isEqualTo(flagged.equals("-") ? List.of() : List.of(flagged));
    }

    @Test
    void theTableIsLargeAndBalanced() throws IOException {
        List<Arguments> rows = sentences().toList();
        long flagged = rows.stream().filter(r -> !r.get()[1].equals("-")).count();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        assertThat(flagged).isBetween(20L, rows.size() - 20L);
    }

    @Test
    void scopeIsJudgedPerSentenceAndFiguresAreLocated() {
        String text = "The final training run cost $5.576M. The model cost $6M in all.\n\nWe used 2.788M GPU hours.";
        List<Figure> found = detector.unscoped(text);
        assertThat(found).extracting(Figure::text).containsExactly("$6M", "2.788M GPU hours");
        assertThat(text.substring(found.get(0).start(), found.get(0).end())).isEqualTo("$6M");
    }

    @Test
    void buildsCanAddScopePhrasesAndClaimMarkers() {
        TextClaimDetector custom = new TextClaimDetector(List.of("stage-3 run"), List.of("[claim]"));
        assertThat(custom.unscoped("The stage-3 run cost $6M.")).isEmpty();
        assertThat(custom.unscoped("The model cost $6M [claim].")).isEmpty();
        assertThat(detector.unscoped("The stage-3 run cost $6M.")).hasSize(1);
    }

    @Test
    void textWithoutAnyCurrencyOrHourIsRejectedCheaply() {
        assertThat(detector.mayContainFigure("public final class Service { int count = 42; }")).isFalse();
        assertThat(detector.mayContainFigure("cost $6M")).isTrue();
    }
}
