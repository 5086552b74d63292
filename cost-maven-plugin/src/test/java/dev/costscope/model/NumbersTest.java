package dev.costscope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({"5594400, 5.594M", "5576000, 5.576M", "2.10, 2.1", "0, 0", "999, 999", "1000, 1K", "278800, 278.8K",
            "14800000000000, 14.8T", "671000000000, 671B", "123456789, 123.5M", "1e15, 1e15", "3.286e24, 3.286e24"})
    void humanFormUsesSuffixesAndFourSignificantDigits(String value, String expected) {
        assertThat(Numbers.human(new BigDecimal(value))).isEqualTo(expected);
    }

    @Test
    void scientificAndPercent() {
        assertThat(Numbers.scientific(new BigDecimal("3285600000000000000000000"))).isEqualTo("3.286e24");
        assertThat(Numbers.scientific(new BigDecimal("0.0123"))).isEqualTo("1.23e-2");
        assertThat(Numbers.percent(new BigDecimal("0.07342"))).isEqualTo("7.3%");
        assertThat(Numbers.percent(new BigDecimal("3.3104"))).isEqualTo("331.0%");
    }

    @Test
    void ratiosAreWrittenAsPercentagesOrFractions() {
        assertThat(Numbers.parseRatio("5%")).isEqualByComparingTo("0.05");
        assertThat(Numbers.parseRatio(" 0.05 ")).isEqualByComparingTo("0.05");
        assertThat(Numbers.parseRatio("75 %")).isEqualByComparingTo("0.75");
        assertThatThrownBy(() -> Numbers.parseRatio("five")).hasMessage("'five' is not a ratio");
        assertThatThrownBy(() -> Numbers.parseRatio("-1%")).hasMessage("'-1%' is negative");
    }
}
