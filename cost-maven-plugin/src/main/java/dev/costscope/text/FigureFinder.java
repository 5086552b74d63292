package dev.costscope.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds money and training-compute figures in text, the way they are written about training costs:
 * {@code $5.6M}, {@code $6 million}, {@code USD 5,576,000}, {@code 6M USD}, {@code 5.6 million dollars},
 * {@code €40M}, {@code ¥1.2B}, {@code 2.788M GPU hours}. No network, no model: regular expressions.
 */
public final class FigureFinder {

    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String MAGNITUDE =
            "(?:(?:[KMBTkmb]|bn|mn|mln)(?![A-Za-z])|\\s?(?:thousand|million|billion|trillion)\\b)?";
    private static final String AMOUNT = "(?:" + NUMBER + ")" + MAGNITUDE;
    private static final String CODES = "(?:USD|EUR|CNY|RMB|GBP|JPY)";

    private static final Pattern MONEY = Pattern.compile(String.join("|",
            "(?:US)?[$€£¥]\\s?" + AMOUNT,
            "\\b" + CODES + "\\s?" + AMOUNT,
            "\\b" + AMOUNT + "\\s?" + CODES + "\\b",
            "\\b" + AMOUNT + "\\s(?:US\\s)?(?:dollars?|euros?|yuan|pounds)\\b"));

    private static final Pattern COMPUTE = Pattern.compile("\\b" + AMOUNT
            + "\\s?(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*[- ])?(?:GPU|TPU|accelerator|chip)[- ]?hours?\\b", Pattern.CASE_INSENSITIVE);

    /** Whether {@code text} may hold a figure: a cheap test before {@link #find} ({@link FigureTriggers}). */
    public boolean mayContain(CharSequence text) {
        return FigureTriggers.mayContain(text);
    }

    /** The figures of {@code text} in order; overlapping matches are reported once. */
    public List<Figure> find(String text) {
        List<Figure> figures = new ArrayList<>();
        collect(MONEY.matcher(text), Figure.Kind.MONEY, figures);
        collect(COMPUTE.matcher(text), Figure.Kind.COMPUTE, figures);
        figures.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Figure> distinct = new ArrayList<>();
        for (Figure f : figures) {
            if (distinct.isEmpty() || f.start() >= distinct.get(distinct.size() - 1).end()) {
                distinct.add(f);
            }
        }
        return distinct;
    }

    private static void collect(Matcher m, Figure.Kind kind, List<Figure> out) {
        while (m.find()) {
            out.add(new Figure(m.start(), m.end(), m.group().strip(), kind));
        }
    }
}
