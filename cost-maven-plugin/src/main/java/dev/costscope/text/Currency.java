package dev.costscope.text;

import java.util.List;

/** Currency signs, codes and words around a number, in the scripts the detector reads. */
final class Currency {

    private static final String SIGNS = "$€£¥￥";
    private static final List<String> CODES = List.of("USD", "EUR", "CNY", "RMB", "GBP", "JPY");
    /** Words after an amount, longest first so that {@code 元人民币} wins over {@code 元}. */
    private static final List<String> WORDS_AFTER = List.of("US dollars", "U.S. dollars", "dollars", "dollar",
            "euros", "euro", "yuan", "元人民币", "人民币", "美元", "欧元", "日元", "英镑", "块钱", "元", "ドル", "円",
            "долларов", "доллара", "доллар", "рублей", "руб", "￥", "¥", "€");

    private Currency() {
    }

    /** Where a currency sign or code right before the number at {@code start} begins, or -1. */
    static int signBefore(String text, int start) {
        int i = start - 1;
        if (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i--;
        }
        if (i < 0) {
            return -1;
        }
        if (SIGNS.indexOf(text.charAt(i)) >= 0) {
            int from = i;
            if (text.charAt(i) == '$' && i >= 2 && text.startsWith("US", i - 2)) {
                from = i - 2;
            }
            return from;
        }
        for (String code : CODES) {
            int from = i - code.length() + 1;
            if (from >= 0 && text.startsWith(code, from) && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
                return from;
            }
        }
        return -1;
    }

    /** The end of a currency code or word right after {@code at} (one space allowed), or {@code at}. */
    static int wordAfter(String text, int at) {
        int n = text.length();
        int from = at < n && (text.charAt(at) == ' ' || text.charAt(at) == '\u00A0' || text.charAt(at) == '\n') ? at + 1 : at;
        for (String code : CODES) {
            if (text.startsWith(code, from) && endsWord(text, from + code.length())) {
                return from + code.length();
            }
        }
        for (String word : WORDS_AFTER) {
            boolean ascii = word.charAt(0) < 128;
            if (ascii ? text.regionMatches(true, from, word, 0, word.length()) && endsWord(text, from + word.length())
                    : text.startsWith(word, from)) {
                return from + word.length();
            }
        }
        return at;
    }

    private static boolean endsWord(String text, int at) {
        return at >= text.length() || !Character.isLetter(text.charAt(at)) || text.charAt(at) > 127;
    }
}
