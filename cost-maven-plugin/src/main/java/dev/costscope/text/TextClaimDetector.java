package dev.costscope.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Tells which cost figures in a text state a training cost of a model without saying what it covers.
 * The meaning model, in the order it is applied to each figure ({@link PhraseClass} lists the phrases):
 * <ol>
 *   <li><b>Rate</b>: a figure followed by {@code /}, {@code per}, {@code an hour}, {@code a pop}, or with
 *       a rate phrase attached ({@code rental price}, {@code 每小时}, {@code あたり}) is a price, not a total.</li>
 *   <li><b>Money of another kind</b>: a phrase of a {@link PhraseClass.Role#NOT_TRAINING} class
 *       (hardware purchases, funding and valuation, compensation, credits and quotas, operating,
 *       inference and API costs, evaluation and annotation, data work, exchange rates) attached to the
 *       figure (within {@value #ATTACHED} characters of its clause) and nearer than any training phrase.</li>
 *   <li><b>Training of people</b>: the sentence speaks of teachers, students, a workforce and names no model.</li>
 *   <li><b>A training cost</b>: accelerator time is one by itself; money is one when its sentence speaks of
 *       training ({@code trained for}, {@code fine-tuning}, {@code 训练}, {@code 学習}), or calls an amount a
 *       cost or speaks of building and names a model ({@code Sky-T1 cost $450 to build}), or calls it a cost
 *       in a text that speaks of training.</li>
 *   <li><b>Scope</b>: the claim is scoped when its sentence, or the next sentence of the same paragraph,
 *       states a run scope ({@code final training run}, {@code each training run}, {@code per run}),
 *       includes or excludes a cost component ({@code excluding staff salaries}, {@code including failed
 *       runs}, {@code 若考虑调试与迭代}), states a program or R&amp;D total or amortization, names a build's
 *       own scope phrase, or points at a declared claim ({@link #DEFAULT_CLAIM_MARKERS}). A component word
 *       alone ({@code in compute alone}, {@code for pre-training alone}) is not a scope.</li>
 * </ol>
 */
public final class TextClaimDetector {

    /** Phrases that say what a figure covers: the run scopes and program scopes of {@link PhraseClass}. */
    public static final List<String> DEFAULT_SCOPE_PHRASES = concat(PhraseClass.RUN_SCOPE.phrases(),
            PhraseClass.PROGRAM_SCOPE.phrases());

    /** Markers that point at a declared {@code @TrainingCost}. */
    public static final List<String> DEFAULT_CLAIM_MARKERS = List.of("{@link", "{@linkplain", "@TrainingCost",
            "cost-claim:");

    /** How far, in characters, a phrase counts as attached to a figure. */
    static final int ATTACHED = 50;
    /** How far after a marker a component counts as included or excluded. */
    private static final int MARKER_REACH = 60;

    private final FigureFinder finder = new FigureFinder();
    private final Phrasebook book;
    private final List<String> claimMarkers;

    /** A detector with the default phrases and markers. */
    public TextClaimDetector() {
        this(List.of(), List.of());
    }

    /** A detector with the defaults plus {@code extraScopePhrases} and {@code extraClaimMarkers}. */
    public TextClaimDetector(List<String> extraScopePhrases, List<String> extraClaimMarkers) {
        this(extraScopePhrases, extraClaimMarkers, List.of());
    }

    /**
     * A detector with the defaults plus a build's own phrases: {@code extraScopePhrases} state a scope,
     * {@code extraClaimMarkers} point at a declared claim, {@code extraNonClaimPhrases} attached to a
     * figure make it money of another kind (as the {@link PhraseClass.Role#NOT_TRAINING} classes do).
     */
    public TextClaimDetector(List<String> extraScopePhrases, List<String> extraClaimMarkers,
                             List<String> extraNonClaimPhrases) {
        Map<PhraseClass, List<String>> extra = new EnumMap<>(PhraseClass.class);
        extra.put(PhraseClass.RUN_SCOPE, extraScopePhrases);
        extra.put(PhraseClass.OPERATING, extraNonClaimPhrases);
        this.book = new Phrasebook(extra);
        this.claimMarkers = concat(DEFAULT_CLAIM_MARKERS, extraClaimMarkers);
    }

    /** Whether {@code text} may hold a figure at all (cheap). */
    public boolean mayContainFigure(CharSequence text) {
        return finder.mayContain(text);
    }

    /** The figures of {@code text} that state a training cost without its scope, in order. */
    public List<Figure> unscoped(String text) {
        return unscoped(text, "");
    }

    /**
     * The figures of {@code text} that state a training cost without its scope, where {@code context}
     * (a table's column and row headers and caption) lends the text its meaning, its scope and, for a
     * bare number, its unit. Figures are looked for in {@code text} only.
     */
    public List<Figure> unscoped(String text, String context) {
        if (!finder.mayContain(text)) {
            return List.of();
        }
        return judge(text, finder.find(text), context);
    }

    /**
     * The figures of a table cell that state a training cost without its scope: a bare number takes its
     * unit from {@code columnHeader} ({@code Train H100 hours}, {@code Cost (USD)}); meaning and scope come
     * from the cell and {@code context} (the column and row headers and the table's caption).
     */
    public List<Figure> unscopedCell(String cell, String columnHeader, String context) {
        List<Figure> figures = finder.mayContain(cell) ? finder.find(cell) : List.of();
        if (figures.isEmpty()) {
            Figure bare = TableUnits.bareFigure(cell, columnHeader);
            figures = bare == null ? List.of() : List.of(bare);
        }
        return judge(cell, figures, context);
    }

    private List<Figure> judge(String text, List<Figure> figures, String context) {
        List<Figure> found = new ArrayList<>();
        if (figures.isEmpty()) {
            return found;
        }
        boolean hasContext = !context.isBlank();
        String lowerText = Phrasebook.lower(text);
        String lowerContext = Phrasebook.lower(context);
        boolean textTrains = book.has(lowerText, PhraseClass.TRAINING_WORK) || book.has(lowerContext, PhraseClass.TRAINING_WORK);
        boolean contextIsRate = hasContext && book.has(lowerContext, PhraseClass.RATE);
        boolean contextScoped = hasContext && isScoped(lowerContext, context);
        List<int[]> sentences = Sentences.split(text);
        int f = 0;
        for (int s = 0; s < sentences.size() && f < figures.size(); s++) {
            int[] sentence = sentences.get(s);
            List<Figure> inSentence = new ArrayList<>();
            while (f < figures.size() && figures.get(f).start() < sentence[1]) {
                if (figures.get(f).start() >= sentence[0]) {
                    inSentence.add(figures.get(f));
                }
                f++;
            }
            if (inSentence.isEmpty()) {
                continue;
            }
            String words = text.substring(sentence[0], sentence[1]);
            String lower = lowerText.substring(sentence[0], sentence[1]);
            String meaning = hasContext ? lower + " | " + lowerContext : lower;
            boolean scoped = contextScoped || isScoped(lower, words) || (s + 1 < sentences.size()
                    && nextSentenceScopes(text, lowerText, sentences.get(s + 1)));
            if (scoped || contextIsRate) {
                continue;
            }
            SentenceMeaning sense = new SentenceMeaning(book, lower, meaning, textTrains);
            for (Figure figure : inSentence) {
                Figure local = new Figure(figure.start() - sentence[0], figure.end() - sentence[0], figure.text(),
                        figure.kind());
                if (sense.isTrainingCost(words, local)) {
                    found.add(figure);
                }
            }
        }
        return found;
    }

    /** Whether the next sentence, on the same line, states the scope ("And keep in mind, that price is for a single training run!"). */
    private boolean nextSentenceScopes(String text, String lowerText, int[] next) {
        for (int i = next[0]; i < next[1] && Character.isWhitespace(text.charAt(i)); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                return false;
            }
        }
        return isScoped(lowerText.substring(next[0], next[1]), text.substring(next[0], next[1]));
    }

    /** Whether a sentence states a scope, or points at a declared claim. */
    private boolean isScoped(String lower, String original) {
        if (claimMarkers.stream().anyMatch(original::contains)) {
            return true;
        }
        if (book.has(lower, PhraseClass.RUN_SCOPE) || book.has(lower, PhraseClass.PROGRAM_SCOPE)) {
            return true;
        }
        List<Cue> markers = book.find(lower, PhraseClass.INCLUSION_MARKER);
        if (markers.isEmpty()) {
            return false;
        }
        List<Cue> components = book.find(lower, PhraseClass.COMPONENT);
        components.sort(Comparator.comparingInt(Cue::start));
        markers.sort(Comparator.comparingInt(Cue::end));
        int c = 0;
        for (Cue marker : markers) {
            while (c < components.size() && components.get(c).start() < marker.end()) {
                c++;
            }
            if (c < components.size() && components.get(c).start() - marker.end() <= MARKER_REACH) {
                return true;
            }
        }
        return false;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(all::add);
        return List.copyOf(all);
    }
}
