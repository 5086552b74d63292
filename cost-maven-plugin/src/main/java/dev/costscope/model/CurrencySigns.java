package dev.costscope.model;

import java.util.Locale;

/** The currency signs an amount may start with ({@code $ € £ ¥}) and the ISO 4217 codes each may stand for. */
public final class CurrencySigns {

    private CurrencySigns() {
    }

    /** Whether an amount written with {@code sign} (empty for none) may be in {@code currency}, an ISO 4217 code. */
    public static boolean fits(String sign, String currency) {
        String code = currency.toUpperCase(Locale.ROOT);
        return switch (sign) {
            case "" -> true;
            case "$" -> code.length() == 3 && code.endsWith("D");
            case "€" -> code.equals("EUR");
            case "£" -> code.equals("GBP");
            case "¥" -> code.equals("JPY") || code.equals("CNY");
            default -> false;
        };
    }

    /** What {@code sign} says, for messages: {@code dollars}, {@code euros}, {@code pounds}, {@code yen or yuan}. */
    public static String meaning(String sign) {
        return switch (sign) {
            case "$" -> "dollars";
            case "€" -> "euros";
            case "£" -> "pounds";
            case "¥" -> "yen or yuan";
            default -> "no currency";
        };
    }
}
