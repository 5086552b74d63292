package dev.costscope.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The trigger vocabulary: every figure form the finder knows holds a trigger; ordinary code holds none. */
class FigureTriggersTest {

    private final FigureFinder finder = new FigureFinder();

    @ParameterizedTest
    @ValueSource(strings = {"cost $6M", "cost \\$5 in total", "US$ 3 billion", "€40M", "£2m", "¥1.2B", "￥3",
        "5.6 million Dollars", "RMB 3", "2.788M H800 GPU hours", "12 TPU-days", "Hours used: 150000",
        "cost about 3 块钱", "557.6万美元", "29万4000ドル", "4300万円", "600 000 долларов", "355个GPU年",
        "278.8 万个 GPU 小时", "estimated at 78 million"})
    void everyFigureFormHoldsATrigger(String text) {
        assertThat(FigureTriggers.mayContain(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"public final class Service { int count = 42; }", "String s = \"${name}\" + $x;",
        "return a.cost() > limit;"})
    void ordinaryCodeHoldsNone(String text) {
        assertThat(FigureTriggers.mayContain(text)).isFalse();
    }

    @Test
    void aTextWithAFigureAlwaysPassesTheTriggers() {
        String text = "Training took 2.788M GPU hours and cost $5.6M.";
        assertThat(finder.find(text)).isNotEmpty();
        assertThat(FigureTriggers.mayContain(text)).isTrue();
    }
}
