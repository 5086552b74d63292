package dev.costscope.model;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

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
            "3 million   | 3000000",
            "5.6 Million | 5600000",
            "2.5billion  | 2500000000",
            "200 thousand| 200000",
            "$3M         | 3000000",
            "€1,200      | 1200",
    })
    void parsesWhatPeopleWrite(String text, String expected) {
        assertThat(Quantity.parse(text).value()).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
            "''          | is empty",
            "-5M         | is negative",
            "5.6 millions| is not a number such as",
            "6 USD       | is not a number such as",
            "5%          | is not a number such as",
            "1._5        | is not a number such as",
            "_1          | is not a number such as",
            "1e12345     | is not a number such as",
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

    @Test
    void aCurrencySignIsKeptApartFromTheValue() {
        assertThat(Quantity.parse("$3M").currencySymbol()).isEqualTo("$");
        assertThat(Quantity.parse("3M").currencySymbol()).isEmpty();
    }

    @Test
    void thousandsOfUnderscoreGroupsParseWithoutOverflowingTheStack() {
        assertThat(Quantity.parse("1_".repeat(49) + "1").value().precision()).isEqualTo(50);
        assertThatThrownBy(() -> Quantity.parse("1_".repeat(4000) + "1")).isInstanceOf(Quantity.QuantityFormatException.class)
                .hasMessageContaining("has 4001 digits");
        assertThatThrownBy(() -> Quantity.parse("1_".repeat(4000))).isInstanceOf(Quantity.QuantityFormatException.class);
    }

    @Test
    void aQuantityOfAMillionDigitsIsRejectedWithItsLengthNotParsed() {
        String digits = "7".repeat(1_280_000);
        assertThatThrownBy(() -> Quantity.parse(digits)).isInstanceOf(Quantity.QuantityFormatException.class)
                .hasMessageContaining("has 1280000 digits; a quantity has at most 100")
                .hasMessageContaining("(1280000 characters)");
    }

    @ParameterizedTest(name = "{0} = {1} kWh")
    @CsvSource(delimiter = '|', value = {
            "21.6 GWh    | 21600000",
            "450MWh      | 450000",
            "1,200 kwh   | 1200",
            "3 million kWh | 3000000",
            "1.5K MWh    | 1500000",
    })
    void quantitiesWithAUnitAreInTheBaseUnit(String text, String kWh) {
        assertThat(Quantity.parseWithUnit(text, ENERGY, Optional.empty(), "energy").value())
                .isEqualByComparingTo(new BigDecimal(kWh));
    }

    @Test
    void aQuantityWithoutItsRequiredUnitIsRejected() {
        assertThatThrownBy(() -> Quantity.parseWithUnit("21.6", ENERGY, Optional.empty(), "an energy such as \"21.6 GWh\""))
                .hasMessage("\"21.6\" is not an energy such as \"21.6 GWh\"");
        assertThatThrownBy(() -> Quantity.parseWithUnit("21.6 GW", ENERGY, Optional.empty(), "an energy"))
                .isInstanceOf(Quantity.QuantityFormatException.class);
        assertThat(Quantity.parseWithUnit("21.6", ENERGY, Optional.of("kWh"), "energy").value())
                .isEqualByComparingTo("21.6");
    }

    private static final Map<String, BigDecimal> ENERGY = Map.of("kWh", BigDecimal.ONE, "MWh", new BigDecimal("1000"),
            "GWh", new BigDecimal("1000000"));
}
