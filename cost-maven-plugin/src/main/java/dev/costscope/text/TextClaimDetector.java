package dev.costscope.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells which cost figures in a text state a training cost without saying what it covers.
 *
 * <p>A figure is reported when all of these hold:
 * <ul>
 *   <li>it is a training-compute figure ({@code 2.788M GPU hours}), or a money figure in a sentence
 *       that speaks of training or its cost (train, compute, GPU, cost, spent, budget, built, model...);</li>
 *   <li>it is not a price or rate: no {@code /}, {@code per}, {@code an hour} or {@code a month}
 *       right after it ({@code $0.27/million tokens}, {@code $2 per GPU hour}), and its sentence
 *       does not count per unit of training ({@code each trillion tokens requires 180K GPU hours});</li>
 *   <li>it is not money of another kind: funding, valuation, revenue, market value, shares, or the
 *       price of one piece of hardware ({@code each H800 costs about $30,000});</li>
 *   <li>its sentence names no scope (one of {@link #DEFAULT_SCOPE_PHRASES} or the build's own) and
 *       refers to no declared claim (one of {@link #DEFAULT_CLAIM_MARKERS} or the build's own).</li>
 * </ul>
 */
public final class TextClaimDetector {

    /** Phrases that say what a figure covers. */
    public static final List<String> DEFAULT_SCOPE_PHRASES = List.of(
            "final training run", "final run", "final pre-training run", "final pretraining run", "last training run",
            "official training", "single training run", "one training run", "training run alone", "full training",
            "pre-training stage", "pretraining stage", "post-training", "context extension", "context length extension",
            "all training runs", "including experiments", "including prior research", "including ablation",
            "including research", "including failed runs", "prior research", "ablation experiments", "excluding",
            "not including", "does not include", "do not include", "R&D", "research and development",
            "total program", "total programme", "total cost of ownership", "all-in", "amortized", "amortised",
            "depreciation", "capex", "capital expenditure", "compute only", "compute cost only");

    /** Markers that point at a declared {@code @TrainingCost}. */
    public static final List<String> DEFAULT_CLAIM_MARKERS = List.of("{@link", "{@linkplain", "@TrainingCost",
            "cost-claim:");

    private static final Pattern TRAINING_CONTEXT = Pattern.compile(
            "\\b(?:train\\w*|pre-?train\\w*|fine-?tun\\w*|compute|GPUs?|TPUs?|accelerators?|cost\\w*|spent|spend\\w*"
                    + "|budget\\w*|built|build\\w*|develop\\w*|models?)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern PRICE_AFTER = Pattern.compile(
            "^\\s*(?:USD|EUR)?\\s*(?:/|per\\b|an?\\s+(?:hour|month|year|seat|user|token|GPU)\\b|each\\b|apiece\\b"
                    + "|hourly\\b|monthly\\b)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern OTHER_MONEY_BEFORE = Pattern.compile(
            "(?:raised|raising|funding|valuation|valued at|revenue|market (?:value|cap\\w*)|worth|wiped|stock|shares"
                    + "|invest\\w*|salary of|prize|fine of|acquired for|acquisition of|price of|priced at|sells? for"
                    + "|retails? for|each (?:[A-Z]\\d+\\w*|GPU|chip|card|accelerator|server|node)s?)"
                    + "\\W+(?:\\w+\\W+){0,4}$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern OTHER_MONEY_AFTER = Pattern.compile(
            "^\\W*(?:\\w+\\W+){0,2}(?:in funding|in revenue|valuation|in market value|of market value|off|in shares"
                    + "|funding round|investment)",
            Pattern.CASE_INSENSITIVE);

    /** A figure per unit of training ("each trillion tokens requires 180K GPU hours") is a rate, not a total. */
    private static final Pattern PER_UNIT_SENTENCE = Pattern.compile(
            "\\b(?:per|each|every)\\s+(?:trillion|billion|million|thousand)\\s+tokens\\b", Pattern.CASE_INSENSITIVE);

    private static final int LOOK = 40;

    private final FigureFinder finder = new FigureFinder();
    private final List<String> scopePhrases;
    private final List<String> claimMarkers;

    /** A detector with the default phrases and markers. */
    public TextClaimDetector() {
        this(List.of(), List.of());
    }

    /** A detector with the defaults plus {@code extraScopePhrases} and {@code extraClaimMarkers}. */
    public TextClaimDetector(List<String> extraScopePhrases, List<String> extraClaimMarkers) {
        this.scopePhrases = lowerCase(concat(DEFAULT_SCOPE_PHRASES, extraScopePhrases));
        this.claimMarkers = concat(DEFAULT_CLAIM_MARKERS, extraClaimMarkers);
    }

    /** Whether {@code text} may hold a figure at all (cheap). */
    public boolean mayContainFigure(CharSequence text) {
        return finder.mayContain(text);
    }

    /** The figures of {@code text} that state a training cost without its scope, in order. */
    public List<Figure> unscoped(String text) {
        List<Figure> found = new ArrayList<>();
        if (!finder.mayContain(text)) {
            return found;
        }
        List<Figure> figures = finder.find(text);
        if (figures.isEmpty()) {
            return found;
        }
        for (int[] sentence : Sentences.split(text)) {
            String words = text.substring(sentence[0], sentence[1]);
            boolean scoped = isScoped(words);
            for (Figure figure : figures) {
                if (figure.start() >= sentence[0] && figure.start() < sentence[1] && !scoped
                        && statesTrainingCost(text, figure, words)) {
                    found.add(figure);
                }
            }
        }
        return found;
    }

    private boolean isScoped(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return scopePhrases.stream().anyMatch(lower::contains) || claimMarkers.stream().anyMatch(sentence::contains);
    }

    private static boolean statesTrainingCost(String text, Figure figure, String sentence) {
        String after = text.substring(figure.end(), Math.min(text.length(), figure.end() + LOOK));
        String before = text.substring(Math.max(0, figure.start() - LOOK), figure.start());
        if (PRICE_AFTER.matcher(after).find() || OTHER_MONEY_BEFORE.matcher(before).find()
                || OTHER_MONEY_AFTER.matcher(after).find() || PER_UNIT_SENTENCE.matcher(sentence).find()) {
            return false;
        }
        return figure.kind() == Figure.Kind.COMPUTE || TRAINING_CONTEXT.matcher(sentence).find();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(all::add);
        return all;
    }

    private static List<String> lowerCase(List<String> phrases) {
        return phrases.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
    }
}
