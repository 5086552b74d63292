package dev.costscope.model;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks of the non-numeric formats the annotations use: ISO 4217 currencies and ISO dates. */
public final class Formats {

    private static final Set<String> CURRENCY_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    private Formats() {
    }

    /** Whether {@code code} is an ISO 4217 currency code the JDK knows, such as {@code USD} or {@code CNY}. */
    public static boolean isCurrency(String code) {
        return CURRENCY_CODES.contains(code);
    }

    /** Whether {@code text} is an ISO date: {@code 2024-12-26}. */
    public static boolean isIsoDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Whether {@code text} is an ISO date, a year-month ({@code 2024-12}) or a year ({@code 2024}). */
    public static boolean isIsoDateOrYear(String text) {
        if (text.matches("\\d{4}")) {
            return Year.parse(text).getValue() > 0;
        }
        if (text.matches("\\d{4}-\\d{2}")) {
            try {
                YearMonth.parse(text);
                return true;
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return isIsoDate(text);
    }
}
