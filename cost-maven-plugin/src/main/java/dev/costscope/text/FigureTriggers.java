package dev.costscope.text;

import java.util.List;
import java.util.Locale;

/**
 * The one list of what every cost figure the text detector recognises contains: a currency sign
 * followed by a digit, a currency code or word, an accelerator-time word, or a magnitude word. A text
 * that holds none of them holds no figure, so scanning it stops here.
 *
 * <p>Any faster screen placed in front of the detector (a byte screen over Java files, a cache) must
 * stay a superset of this vocabulary: derive it from these lists, never from a copy. When the
 * detector learns a new figure form, its trigger is added here first.
 */
public final class FigureTriggers {

    /** Currency signs; a trigger only next to a digit (before it, optionally after one space, or right after it: {@code 1.57￥}). */
    public static final List<String> SIGNS = List.of("$", "€", "£", "¥", "￥");

    /**
     * ASCII words, matched case-insensitively anywhere in a word: currency codes and names,
     * accelerator-time words and magnitude words ({@code estimated at 78 million}).
     */
    public static final List<String> WORDS = List.of("usd", "eur", "cny", "rmb", "gbp", "jpy", "dollar", "euro",
            "yuan", "pound", "hour", "gpu", "tpu", "million", "billion", "trillion");

    /** Words of other scripts (Chinese, Japanese, Russian), matched as written. */
    public static final List<String> OTHER_SCRIPTS = List.of("元", "块钱", "円", "ドル", "доллар", "руб",
            "小时", "時間");

    private FigureTriggers() {
    }

    /** Whether {@code text} holds at least one trigger; one pass over the text per word, linear. */
    public static boolean mayContain(CharSequence text) {
        String s = text.toString();
        if (hasSignBeforeDigit(s)) {
            return true;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        for (String word : WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        for (String word : OTHER_SCRIPTS) {
            if (s.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSignBeforeDigit(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '$' || c == '€' || c == '£' || c == '¥' || c == '￥') {
                int j = i + 1;
                if (j < n && s.charAt(j) == ' ') {
                    j++;
                }
                if (j < n && Character.isDigit(s.charAt(j)) || i > 0 && Character.isDigit(s.charAt(i - 1))) {
                    return true;
                }
            }
        }
        return false;
    }
}
