package dev.costscope.text;

/**
 * A phrase of a class found in a sentence.
 *
 * @param phraseClass the class
 * @param start       offset of its first character in the sentence's text
 * @param end         offset after its last character
 */
record Cue(PhraseClass phraseClass, int start, int end) {

    /** Characters between this cue and [{@code from}, {@code to}); 0 when they overlap. */
    int distanceTo(int from, int to) {
        if (end <= from) {
            return from - end;
        }
        if (start >= to) {
            return start - to;
        }
        return 0;
    }

    boolean covers(Cue other) {
        return start <= other.start && end >= other.end;
    }
}
