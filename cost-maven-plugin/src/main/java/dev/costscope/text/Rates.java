package dev.costscope.text;

/** Whether a money figure is a rate ({@code $2 per GPU hour}, {@code $1.99/hour}) or an exchange rate ({@code 7￥ ≈ 1 美元}). */
final class Rates {

    private static final String[] AFTER = {"/", "per ", "per-", "an hour", "a month", "a year", "a day", "an h",
        "a pop", "each", "apiece", "hourly", "monthly", "a gpu", "一小时", "每"};
    private static final int LOOK = 24;

    private Rates() {
    }

    static boolean isRate(String sentence, Figure figure) {
        int i = skipRangePartner(sentence, figure.end());
        String after = sentence.substring(i, Math.min(sentence.length(), i + LOOK)).stripLeading();
        String lower = after.toLowerCase(java.util.Locale.ROOT);
        for (String marker : AFTER) {
            if (lower.startsWith(marker)) {
                return true;
            }
        }
        return false;
    }

    /** A figure set equal to one in another currency: {@code 7￥ ≈ 1 美元}, {@code 1 USD = 7 CNY}. */
    static boolean isExchange(String sentence, Figure figure) {
        String after = sentence.substring(figure.end(), Math.min(sentence.length(), figure.end() + LOOK)).strip();
        String before = sentence.substring(Math.max(0, figure.start() - LOOK), figure.start()).strip();
        boolean equalsAfter = after.startsWith("≈") || after.startsWith("=");
        boolean equalsBefore = before.endsWith("≈") || before.endsWith("=");
        String other = equalsAfter ? after : equalsBefore ? before : null;
        return other != null && (yuanLike(figure.text()) && dollarLike(other)
                || dollarLike(figure.text()) && yuanLike(other));
    }

    private static boolean dollarLike(String s) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        return s.contains("$") || s.contains("美元") || s.contains("ドル") || lower.contains("usd")
                || lower.contains("dollar");
    }

    private static boolean yuanLike(String s) {
        return s.contains("￥") || s.contains("¥") || s.contains("元") || s.contains("円") || s.contains("RMB")
                || s.contains("CNY") || s.contains("JPY");
    }

    /** After a range ({@code $2.00–$2.50}, {@code $2 to $3.50}), the end of its second figure. */
    private static int skipRangePartner(String sentence, int at) {
        int n = sentence.length();
        int i = at;
        while (i < n && i - at < 3 && sentence.charAt(i) == ' ') {
            i++;
        }
        if (i < n && (sentence.charAt(i) == '–' || sentence.charAt(i) == '-' || sentence.charAt(i) == '~'
                || sentence.charAt(i) == '〜' || sentence.charAt(i) == '至')) {
            i++;
        } else if (sentence.startsWith("to ", i)) {
            i += 3;
        } else {
            return at;
        }
        while (i < n && i - at < 8 && (sentence.charAt(i) == ' ' || sentence.charAt(i) == '$')) {
            i++;
        }
        if (i >= n || !FigureFinder.isDigit(sentence.charAt(i))) {
            return at;
        }
        int end = Numerals.magnitudeEnd(sentence, Numerals.numberEnd(sentence, i));
        return Currency.wordAfter(sentence, end);
    }
}
