package dev.costscope.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The phrases of every {@link PhraseClass}, defaults plus a build's own, and where they occur in a
 * text. Finding them costs one {@code indexOf} pass per phrase over the text: linear in the text.
 */
final class Phrasebook {

    private final Map<PhraseClass, List<String>> phrases = new EnumMap<>(PhraseClass.class);

    Phrasebook(Map<PhraseClass, List<String>> extra) {
        for (PhraseClass c : PhraseClass.values()) {
            List<String> all = new ArrayList<>(c.phrases());
            for (String phrase : extra.getOrDefault(c, List.of())) {
                String p = phrase.strip().toLowerCase(Locale.ROOT);
                if (!p.isEmpty()) {
                    all.add(p);
                }
            }
            phrases.put(c, List.copyOf(all));
        }
    }

    /** The cues of {@code classes} in {@code lower} (a lower-cased text), in no particular order. */
    List<Cue> find(String lower, PhraseClass... classes) {
        List<Cue> cues = new ArrayList<>();
        for (PhraseClass c : classes) {
            for (String phrase : phrases.get(c)) {
                boolean wholeWord = phrase.endsWith("$");
                String p = wholeWord ? phrase.substring(0, phrase.length() - 1) : phrase;
                boolean ascii = p.charAt(0) < 128;
                int from = 0;
                while (true) {
                    int at = lower.indexOf(p, from);
                    if (at < 0) {
                        break;
                    }
                    int end = at + p.length();
                    boolean startsWord = !ascii || at == 0 || !isAsciiWordChar(lower.charAt(at - 1));
                    boolean endsWord = !wholeWord || end >= lower.length() || !isAsciiWordChar(lower.charAt(end));
                    if (startsWord && endsWord) {
                        cues.add(new Cue(c, at, end));
                    }
                    from = at + 1;
                }
            }
        }
        return cues;
    }

    private static boolean isAsciiWordChar(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** {@code text} lower-cased character by character, so that offsets still match ({@code İ} stays one character). */
    static String lower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    /** Whether {@code lower} holds a phrase of {@code c}; stops at the first. */
    boolean has(String lower, PhraseClass c) {
        for (String phrase : phrases.get(c)) {
            boolean wholeWord = phrase.endsWith("$");
            String p = wholeWord ? phrase.substring(0, phrase.length() - 1) : phrase;
            boolean ascii = p.charAt(0) < 128;
            int at = lower.indexOf(p);
            while (at >= 0) {
                int end = at + p.length();
                boolean startsWord = !ascii || at == 0 || !isAsciiWordChar(lower.charAt(at - 1));
                boolean endsWord = !wholeWord || end >= lower.length() || !isAsciiWordChar(lower.charAt(end));
                if (startsWord && endsWord) {
                    return true;
                }
                at = lower.indexOf(p, at + 1);
            }
        }
        return false;
    }
}
