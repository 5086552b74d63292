package dev.costscope.text;

import java.util.Locale;
import java.util.Set;

/** Money written in words: {@code four million dollars}, {@code a billion dollars}, {@code tens of millions of dollars}. */
final class NumberWords {

    private static final Set<String> NUMBER_WORDS = Set.of("a", "an", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty",
            "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "few", "several", "tens", "dozens", "of");
    private static final Set<String> MAGNITUDES = Set.of("thousand", "million", "billion", "trillion", "thousands",
            "millions", "billions", "trillions");
    private static final Set<String> CURRENCIES = Set.of("dollars", "dollar", "euros", "yuan", "usd");
    private static final int MAX_WORDS = 8;

    private NumberWords() {
    }

    /** The money figure that starts with the word at [{@code start}, {@code end}), or null. */
    static Figure money(String text, int start, int end) {
        String first = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (!NUMBER_WORDS.contains(first) || first.equals("of")) {
            return null;
        }
        int i = end;
        boolean magnitude = false;
        for (int words = 0; words < MAX_WORDS; words++) {
            int wordStart = skipSpaces(text, i);
            if (wordStart == i || wordStart >= text.length()) {
                return null;
            }
            int wordEnd = FigureFinder.wordEnd(text, wordStart);
            String word = text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT);
            if (magnitude && CURRENCIES.contains(word)) {
                return new Figure(start, wordEnd, text.substring(start, wordEnd), Figure.Kind.MONEY);
            }
            if (MAGNITUDES.contains(word)) {
                magnitude = true;
            } else if (!(NUMBER_WORDS.contains(word) || (magnitude && (word.equals("us") || word.equals("of"))))) {
                return null;
            }
            i = wordEnd;
        }
        return null;
    }

    private static int skipSpaces(String text, int at) {
        int i = at;
        while (i < text.length() && i - at < 3 && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
            i++;
        }
        return i;
    }
}
