package dev.costscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void currenciesAreIso4217Codes() {
        assertThat(Formats.isCurrency("USD")).isTrue();
        assertThat(Formats.isCurrency("CNY")).isTrue();
        assertThat(Formats.isCurrency("EUR")).isTrue();
        assertThat(Formats.isCurrency("usd")).isFalse();
        assertThat(Formats.isCurrency("$")).isFalse();
        assertThat(Formats.isCurrency("XYZ")).isFalse();
    }

    @Test
    void datesAreIsoDatesOrForAsOfAlsoYearsAndMonths() {
        assertThat(Formats.isIsoDate("2024-12-26")).isTrue();
        assertThat(Formats.isIsoDate("2024-02-30")).isFalse();
        assertThat(Formats.isIsoDate("26/12/2024")).isFalse();
        assertThat(Formats.isIsoDate("2024")).isFalse();
        assertThat(Formats.isIsoDateOrYear("2024")).isTrue();
        assertThat(Formats.isIsoDateOrYear("2024-12")).isTrue();
        assertThat(Formats.isIsoDateOrYear("2024-13")).isFalse();
        assertThat(Formats.isIsoDateOrYear("2024-12-26")).isTrue();
        assertThat(Formats.isIsoDateOrYear("late 2024")).isFalse();
    }
}
