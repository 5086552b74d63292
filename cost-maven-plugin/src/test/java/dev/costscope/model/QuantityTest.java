package dev.costscope.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "5.576M      | 5576000",
            "2.788M      | 2788000",
            "14.8T       | 14800000000000",
            "671B        | 671000000000",
            "200K        | 200000",
            "2.10        | 2.10",
            "2           | 2",
            "0           | 0",
            "3.3e24      | 3300000000000000000000000",
            "3.3E+24     | 3300000000000000000000000",
            "1e-3        | 0.001",
            "2,788,000   | 2788000",
            "2_788_000   | 2788000",
            "1_000.5     | 1000.5",
            "+7          | 7",
            "' 5.576M '  | 5576000",
    })
    void parsesWhatPeopleWrite(String text, String expected) {
        assertThat(Quantity.parse(text).value()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
            "''          | is empty",
            "-5M         | is negative",
            "5.6 million | is not a number such as",
            "$6M         | is not a number such as",
            "6m          | is not a number such as",
            "1,5         | is not a number such as",
            "12,34,567   | is not a number such as",
            "1e3K        | has both an exponent and a suffix",
            "M           | is not a number such as",
            "1.          | is not a number such as",
            "2__         | is not a number such as",
            "NaN         | is not a number such as",
    })
    void rejectsAnythingElseWithAReason(String text, String reason) {
        assertThatThrownBy(() -> Quantity.parse(text)).isInstanceOf(Quantity.QuantityFormatException.class)
                .hasMessageContaining(reason);
        assertThat(Quantity.tryParse(text)).isEmpty();
    }
}
