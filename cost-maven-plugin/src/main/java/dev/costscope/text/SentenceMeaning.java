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

    private final List<Cue> negatives;
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
        List<Cue> pos = book.find(lower, PhraseClass.TRAINING_WORK);
        List<Cue> neg = new ArrayList<>();
        for (Cue cue : book.find(lower, NOT_TRAINING)) {
            if (pos.stream().noneMatch(p -> p.covers(cue))) {
                neg.add(cue);
            }
        }
        pos.sort(Comparator.comparingInt(Cue::start));
        neg.sort(Comparator.comparingInt(Cue::start));
        this.positives = pos;
        this.negatives = neg;
        this.trains = !pos.isEmpty() || book.has(meaning, PhraseClass.TRAINING_WORK);
        this.costOrBuild = book.has(meaning, PhraseClass.COST) || book.has(meaning, PhraseClass.BUILD);
        this.model = book.has(meaning, PhraseClass.MODEL) || ModelNames.namesOne(meaning);
        this.people = book.has(meaning, PhraseClass.PEOPLE);
        this.paragraphTrains = paragraphTrains;
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
        return trains || (costOrBuild && (model || paragraphTrains));
    }

    /** The distance from {@code figure} to the nearest cue of {@code sorted}, or {@link Integer#MAX_VALUE}. */
    private static int nearest(List<Cue> sorted, Figure figure) {
        int lo = 0;
        int hi = sorted.size();
        int from = figure.start() - TextClaimDetector.ATTACHED - 64;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int best = Integer.MAX_VALUE;
        for (int i = lo; i < sorted.size(); i++) {
            Cue cue = sorted.get(i);
            if (cue.start() > figure.end() + TextClaimDetector.ATTACHED) {
                break;
            }
            best = Math.min(best, cue.distanceTo(figure.start(), figure.end()));
        }
        return best;
    }
}
