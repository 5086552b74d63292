package dev.costscope.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What one sentence says about the figures in it: which phrases of which class stand where, and
 * whether the sentence speaks of training, of a cost, of a model or of people. Built once per
 * sentence; each figure is then judged by the phrases attached to it (found by binary search).
 */
final class SentenceMeaning {

    private static final PhraseClass[] NOT_TRAINING = {PhraseClass.RATE, PhraseClass.HARDWARE, PhraseClass.FUNDING,
        PhraseClass.COMPENSATION, PhraseClass.CREDITS, PhraseClass.OPERATING, PhraseClass.EVALUATION,
        PhraseClass.DATA_WORK, PhraseClass.EXCHANGE};

    /** How close after an inclusion or exclusion marker a phrase is what the figure includes or excludes. */
    private static final int MARKED = 16;
    /** Longer than any phrase: how far back a cue covering or naming another may start. */
    private static final int LONGEST = 48;
    /**
     * How close after a figure a model's name makes the figure that model's cost ("a $50 AI reasoning model");
     * a model or a making verb right before it with "for" does too ("a model for $6M", "built for $6M").
     */
    private static final int MODEL_AFTER = 24;

    private final List<Cue> negatives;
    private final List<Cue> modelCues;
    private final boolean accelerator;
    private final List<Cue> positives;
    private final boolean trains;
    private final boolean costOrBuild;
    private final boolean model;
    private final boolean people;
    private final boolean paragraphTrains;

    /**
     * @param lower           the sentence, lower-cased
     * @param meaning         the sentence with any context lent to it (table headers, caption), lower-cased
     * @param paragraphTrains whether the paragraph around the sentence speaks of training
     */
    SentenceMeaning(Phrasebook book, String lower, String meaning, boolean paragraphTrains) {
        List<Cue> pos = sorted(book.find(lower, PhraseClass.TRAINING_WORK));
        List<Cue> markers = sorted(book.find(lower, PhraseClass.INCLUSION_MARKER));
        List<Cue> neg = new ArrayList<>();
        for (Cue cue : book.find(lower, NOT_TRAINING)) {
            boolean covered = window(pos, cue.start() - LONGEST, cue.start()).stream().anyMatch(p -> p.covers(cue));
            boolean named = window(markers, cue.start() - MARKED - LONGEST, cue.start()).stream()
                    .anyMatch(m -> m.end() <= cue.start() && cue.start() - m.end() <= MARKED);
            if (!covered && !named) {
                neg.add(cue);
            }
        }
        neg.addAll(unitPrices(lower));
        List<Cue> models = book.find(lower, PhraseClass.MODEL);
        models.addAll(book.find(lower, PhraseClass.BUILD));
        this.modelCues = sorted(models);
        sorted(neg);
        this.positives = pos;
        this.negatives = neg;
        this.trains = !pos.isEmpty() || book.has(meaning, PhraseClass.TRAINING_WORK);
        this.costOrBuild = book.has(meaning, PhraseClass.COST) || book.has(meaning, PhraseClass.BUILD);
        this.model = book.has(meaning, PhraseClass.MODEL) || ModelNames.namesOne(meaning);
        this.people = book.has(meaning, PhraseClass.PEOPLE);
        this.accelerator = meaning.contains("gpu") || meaning.contains("tpu") || ModelNames.namesChip(meaning);
        this.paragraphTrains = paragraphTrains;
    }

    private static List<Cue> sorted(List<Cue> cues) {
        cues.sort(Comparator.comparingInt(Cue::start));
        return cues;
    }

    /** The cues of {@code sorted} (by start) that start within [{@code from}, {@code to}]: two binary searches. */
    static List<Cue> window(List<Cue> sorted, int from, int to) {
        int lo = firstAtOrAfter(sorted, from);
        int hi = firstAtOrAfter(sorted, to + 1);
        return sorted.subList(lo, Math.max(lo, hi));
    }

    private static int firstAtOrAfter(List<Cue> sorted, int position) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** "each H800", "each GPU", "per card": the price of one piece of hardware (a cue of class HARDWARE). */
    private static List<Cue> unitPrices(String lower) {
        List<Cue> cues = new ArrayList<>();
        int from = 0;
        while (true) {
            int at = lower.indexOf("each ", from);
            if (at < 0) {
                return cues;
            }
            int next = at + 5;
            int end = Math.min(lower.length(), next + 8);
            String word = lower.substring(next, end);
            if (ModelNames.namesChip(word) || word.startsWith("gpu") || word.startsWith("card") || word.startsWith("chip")) {
                cues.add(new Cue(PhraseClass.HARDWARE, at, next + 4));
            }
            from = next;
        }
    }

    /** Whether {@code figure} (offsets within {@code sentence}) states a training cost. */
    boolean isTrainingCost(String sentence, Figure figure) {
        if (Rates.isRate(sentence, figure) || Rates.isExchange(sentence, figure)) {
            return false;
        }
        int negative = nearest(negatives, figure);
        int positive = nearest(positives, figure);
        if (negative <= TextClaimDetector.ATTACHED && negative <= positive) {
            return false;
        }
        if (people && !model) {
            return false;
        }
        if (figure.kind() == Figure.Kind.COMPUTE) {
            return true;
        }
        boolean modelAfter = window(modelCues, figure.start() - 12 - LONGEST, figure.end() + MODEL_AFTER).stream().anyMatch(c -> c.start() >= figure.end()
                && c.start() - figure.end() <= MODEL_AFTER || c.end() <= figure.start()
                && figure.start() - c.end() <= 12 && sentence.substring(c.end(), figure.start()).matches("[a-z]* ?for ?"));
        return trains || modelAfter || (costOrBuild && (model || paragraphTrains || accelerator));
    }

    /** The distance from {@code figure} to the nearest cue of {@code sorted}, or {@link Integer#MAX_VALUE}. */
    private static int nearest(List<Cue> sorted, Figure figure) {
        int best = Integer.MAX_VALUE;
        for (Cue cue : window(sorted, figure.start() - TextClaimDetector.ATTACHED - LONGEST,
                figure.end() + TextClaimDetector.ATTACHED)) {
            best = Math.min(best, cue.distanceTo(figure.start(), figure.end()));
        }
        return best;
    }
}
