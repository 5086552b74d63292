package dev.costscope.text;

import java.util.List;
import java.util.Locale;

/**
 * Accelerator time after a number: {@code GPU hours}, {@code H100-hours}, {@code A100 GPU days},
 * {@code GPU-years}, {@code 个GPU年}, {@code 万个 GPU 小时}, {@code hours of computation}, or a model
 * card's {@code Hours used:} field before it. Wall-clock time ({@code 3 hours on 8 A100s}) is not.
 */
final class AcceleratorTime {

    private static final List<String> DEVICES = List.of("gpus", "gpu", "tpus", "tpu", "npu", "accelerators",
            "accelerator", "chips", "chip");
    private static final List<String> UNITS = List.of("hours", "hour", "hrs", "hr", "days", "day", "years", "year",
            "h", "小时", "小時", "時間", "年", "天");
    private static final List<String> OF_WORK = List.of(" of computation", " of compute", " of training",
            " of gpu", " of accelerator", " of tpu");

    private AcceleratorTime() {
    }

    /** The end of an accelerator-time unit starting at {@code at}, or {@code at}. */
    static int unitAfter(String text, int at, boolean largeMagnitude) {
        int n = text.length();
        int i = skipSpace(text, at);
        if (i < n && (text.charAt(i) == '个' || text.charAt(i) == '個')) {
            i = skipSpace(text, i + 1);
        }
        boolean device = false;
        int chipEnd = chipNameEnd(text, i);
        if (chipEnd > i) {
            device = true;
            i = separator(text, chipEnd);
        }
        for (String word : DEVICES) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                device = true;
                i = separator(text, i + word.length());
                break;
            }
        }
        for (String unit : UNITS) {
            if (text.regionMatches(true, i, unit, 0, unit.length())) {
                int end = i + unit.length();
                if (unit.charAt(0) < 128 && end < n && Character.isLetter(text.charAt(end)) && text.charAt(end) < 128) {
                    continue;
                }
                boolean hours = unit.startsWith("h");
                if (unit.equals("h") && !device) {
                    return at;
                }
                if (device || (hours && (largeMagnitude || ofWork(text, end)))) {
                    return device || !ofWork(text, end) ? end : end + ofWorkLength(text, end);
                }
                return at;
            }
        }
        return at;
    }

    /** Whether the text before {@code start} is a model card's {@code Hours used:} label. */
    static boolean hoursUsedBefore(String text, int start) {
        int i = start;
        while (i > 0 && " \t*_:".indexOf(text.charAt(i - 1)) >= 0 && start - i < 8) {
            i--;
        }
        String label = "hours used";
        return i >= label.length() && text.regionMatches(true, i - label.length(), label, 0, label.length());
    }

    private static boolean ofWork(String text, int at) {
        return ofWorkLength(text, at) > 0;
    }

    private static int ofWorkLength(String text, int at) {
        String after = text.substring(at, Math.min(text.length(), at + 20)).toLowerCase(Locale.ROOT);
        for (String phrase : OF_WORK) {
            if (after.startsWith(phrase)) {
                return phrase.length();
            }
        }
        return 0;
    }

    /** A chip name such as {@code A100}, {@code H800}, {@code TPUv4}, {@code MI300X}: capitals then digits. */
    private static int chipNameEnd(String text, int at) {
        int n = text.length();
        int i = at;
        while (i < n && i - at < 4 && text.charAt(i) >= 'A' && text.charAt(i) <= 'Z') {
            i++;
        }
        if (i == at) {
            return at;
        }
        if (i < n && text.charAt(i) == 'v') {
            i++;
        }
        int digits = Numerals.digitsEnd(text, i);
        if (digits - i < 2) {
            return at;
        }
        i = digits;
        while (i < n && i - at < 10 && Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) < 128) {
            i++;
        }
        return i;
    }

    private static int separator(String text, int at) {
        int i = at;
        if (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '-' || text.charAt(i) == '‑')) {
            i++;
        }
        return i;
    }

    private static int skipSpace(String text, int at) {
        return at < text.length() && text.charAt(at) == ' ' ? at + 1 : at;
    }
}
