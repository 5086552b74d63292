package dev.costscope.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The byte screen in front of the parser: what may state an unscoped cost passes, code alone does not. */
class FigureScreenTest {

    private final FigureScreen utf8 = new FigureScreen(StandardCharsets.UTF_8);

    private static String javaFile(String member) {
        return "package com.acme;\n\npublic class Service {\n" + member + "\n}\n";
    }

    private boolean passes(String source) {
        return utf8.mayStateUnscopedCost(source.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "    static final String HEADLINE = \"Training the model cost $5.6M.\";",
        "    /** The model was trained for $6M in compute. */\n    void m() {}",
        "    /**\n     * Our model cost USD 5,576,000 to train.\n     */\n    void m() {}",
        "    // training the model cost 2.788M GPU hours\n    int x;",
        "    static final String CARD = \"\"\"\n        Training cost €40M.\n        \"\"\";",
        "    static final String QUOTED = \"He said \\\"the model cost $5M to train\\\"\";",
        "    static final String NOT_A_COMMENT = \"// the model cost $5M to train\";",
        "    static final char C = '\"'; static final String S = \"the model cost $5M to train\";",
        "    int a = 1 / 2; /* the model cost $5M to train */",
    })
    void anUnscopedCostInACommentOrLiteralPasses(String member) {
        assertThat(passes(javaFile(member))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "    int hours(java.time.LocalDateTime t) { return t.getHour() * 3600 + java.time.Duration.ofHours(2).toHoursPart(); }",
        "    static final java.util.regex.Pattern END = java.util.regex.Pattern.compile(\"^\\\\d+$\");",
        "    String render(String name) { return \"${\" + name + \"}\"; }",
        "    static final String PRICE = \"$0.27 per million tokens\";",
        "    /** Runs every hour; rounded to the hour. */\n    void tick() {}",
        "    java.util.Currency usd = java.util.Currency.getInstance(java.util.Locale.US); int USD5 = 5;",
        "    static final String SCOPED = \"The final training run cost $5.6M.\";",
    })
    void codeTimeApisTemplatesPricesAndScopedFiguresDoNot(String member) {
        assertThat(passes(javaFile(member))).isFalse();
    }

    @Test
    void aFigureOutsideCommentsAndLiteralsIsNoProse() {
        // Identifiers that spell a figure: the rule never sees them, so the file needs nothing.
        assertThat(passes(javaFile("    int model_cost_$5M_to_train_USD1 = 1;"))).isFalse();
    }

    @Test
    void aUnicodeEscapeCannotHideAFigure() {
        // \u0024 is "$": the pass cannot see it, so every line with an escape is judged.
        assertThat(passes(javaFile("    static final String S = \"the model cost \\u00245M to train\";"))).isTrue();
        // An escaped quote in code opens a string the pass cannot follow: the lines are judged anyway.
        assertThat(passes(javaFile("    static final String S = \\u0022the model cost $5M to train\";"))).isTrue();
    }

    @Test
    void anUnterminatedStringEndsAtTheLineAndTheNextLinesAreStillRead() {
        assertThat(passes(javaFile("    String broken = \"unterminated;\n    // the model cost $5M to train"))).isTrue();
    }

    @Test
    void otherAsciiEncodingsAreScreenedInTheirOwnBytes() {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        byte[] pounds = javaFile("    static final String S = \"the model cost £40M to train\";").getBytes(latin1);
        assertThat(new FigureScreen(latin1).mayStateUnscopedCost(pounds)).isTrue();
    }

    @Test
    void encodingsThatAreNotAsciiAreDecodedAndJudged() {
        Charset utf16 = StandardCharsets.UTF_16;
        byte[] bytes = javaFile("    static final String S = \"the model cost $5M to train\";").getBytes(utf16);
        assertThat(new FigureScreen(utf16).mayStateUnscopedCost(bytes)).isTrue();
        byte[] none = javaFile("    int hours = 3;").getBytes(utf16);
        assertThat(new FigureScreen(utf16).mayStateUnscopedCost(none)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"USD 5M", "5M USD", "6 million dollars", "€40M", "£2M", "¥1.2B", "$ 5M",
        "2.788M H800 GPU hours", "3M gpu-hours"})
    void everyFigureFormPasses(String figure) {
        assertThat(passes(javaFile("    // training the model cost " + figure + "\n    int x;"))).isTrue();
    }
}
