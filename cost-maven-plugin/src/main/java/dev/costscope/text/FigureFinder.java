package dev.costscope.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds money and training-compute figures in text, the way they are written about training costs,
 * in one left-to-right pass (linear in the text; no regular expression):
 * <ul>
 *   <li>money with a sign or code before or a currency word after: {@code $5.6M}, {@code US$30 billion},
 *       {@code \$500k}, {@code USD 5,576,000}, {@code RMB 3}, {@code $1.52mil}, {@code $10s of millions},
 *       {@code $10M's}, {@code 63 million US dollars}, {@code 0.1M Dollars}, {@code 600 000 долларов},
 *       {@code 557.6万美元}, {@code 1.91 亿美元}, {@code 3 块钱}, {@code ≈1.57￥}, {@code 29万4000ドル},
 *       {@code 4300万円};</li>
 *   <li>number words with a currency: {@code four million dollars}, {@code a billion dollars};</li>
 *   <li>accelerator time: {@code 2.788M H800 GPU hours}, {@code 79,000 A100-hours}, {@code 675 A100 GPU days},
 *       {@code 200 million GPU-hours}, {@code 355个GPU年}, {@code 278.8 万个 GPU 小时},
 *       {@code 1,082,990 hours of computation}, {@code 1.3 million hours of training}, a model card's
 *       {@code Hours used: 150000};</li>
 *   <li>an amount with a magnitude and no currency that the words before call a cost:
 *       {@code estimated at 78 million}.</li>
 * </ul>
 * Every character is looked at a bounded number of times: a number is read once, and what stands
 * around it is looked at within a fixed window.
 */
public final class FigureFinder {

    private static final int WINDOW = 64;

    /** Whether {@code text} may hold a figure: a cheap test before {@link #find} ({@link FigureTriggers}). */
    public boolean mayContain(CharSequence text) {
        return FigureTriggers.mayContain(text);
    }

    /** The figures of {@code text} in order, each once. */
    public List<Figure> find(String text) {
        List<Figure> figures = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isDigit(c) && (i == 0 || !continuesToken(text.charAt(i - 1)))) {
                int numberEnd = Numerals.numberEnd(text, i);
                Figure figure = around(text, i, numberEnd);
                if (figure != null && (figures.isEmpty() || figure.start() >= last(figures).end())) {
                    figures.add(figure);
                    i = Math.max(figure.end(), numberEnd);
                } else {
                    i = numberEnd;
                }
            } else if (Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int wordEnd = wordEnd(text, i);
                Figure figure = NumberWords.money(text, i, wordEnd);
                if (figure != null && (figures.isEmpty() || figure.start() >= last(figures).end())) {
                    figures.add(figure);
                    i = figure.end();
                } else {
                    i = wordEnd;
                }
            } else {
                i++;
            }
        }
        return figures;
    }

    /** The figure around the number at [{@code start}, {@code numberEnd}), if the number is one. */
    private static Figure around(String text, int start, int numberEnd) {
        int signStart = Currency.signBefore(text, start);
        int afterMagnitude = Numerals.magnitudeEnd(text, numberEnd);
        boolean hasMagnitude = afterMagnitude > numberEnd;
        int currencyEnd = Currency.wordAfter(text, afterMagnitude);
        if (signStart >= 0) {
            int end = Math.max(afterMagnitude, currencyEnd);
            return figure(text, signStart, end, Figure.Kind.MONEY);
        }
        if (currencyEnd > afterMagnitude) {
            return figure(text, start, currencyEnd, Figure.Kind.MONEY);
        }
        int computeEnd = AcceleratorTime.unitAfter(text, afterMagnitude, hasMagnitude);
        if (computeEnd > afterMagnitude) {
            return figure(text, start, computeEnd, Figure.Kind.COMPUTE);
        }
        if (AcceleratorTime.hoursUsedBefore(text, start)) {
            return figure(text, start, numberEnd, Figure.Kind.COMPUTE);
        }
        if (hasMagnitude && Numerals.isWordMagnitude(text, numberEnd, afterMagnitude) && calledACost(text, start)) {
            return figure(text, start, afterMagnitude, Figure.Kind.MONEY);
        }
        return null;
    }

    /** Whether the words just before {@code start} call the amount a cost ("estimated at", "cost of", "budget"). */
    private static boolean calledACost(String text, int start) {
        String before = text.substring(Math.max(0, start - WINDOW), start).toLowerCase(Locale.ROOT);
        return before.contains("cost") || before.contains("budget") || before.contains("spent")
                || before.contains("expense");
    }

    private static Figure figure(String text, int start, int end, Figure.Kind kind) {
        return new Figure(start, end, text.substring(start, end).strip(), kind);
    }

    private static Figure last(List<Figure> figures) {
        return figures.get(figures.size() - 1);
    }

    /** A character that, before a digit, makes the digit part of another token (a name like A100, v2). */
    private static boolean continuesToken(char c) {
        return isDigit(c) || (c < 128 && Character.isLetter(c)) || c == '_';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
