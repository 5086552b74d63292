package dev.costscope.text;

import java.util.Locale;

/** A table cell's bare number read with the unit its column header names ({@code Train H100 hours}, {@code Cost (USD)}). */
final class TableUnits {

    private TableUnits() {
    }

    /** The cell's number as a figure of the header's unit, or null when the cell is not a bare number or the header names none. */
    static Figure bareFigure(String cell, String header) {
        int n = cell.length();
        int start = 0;
        while (start < n && " ≈~<>≤≥*".indexOf(cell.charAt(start)) >= 0) {
            start++;
        }
        if (start >= n || !FigureFinder.isDigit(cell.charAt(start))) {
            return null;
        }
        int end = Numerals.magnitudeEnd(cell, Numerals.numberEnd(cell, start));
        for (int i = end; i < n; i++) {
            if (cell.charAt(i) != ' ' && cell.charAt(i) != '*') {
                return null;
            }
        }
        Figure.Kind kind = unitOf(header.toLowerCase(Locale.ROOT));
        return kind == null ? null : new Figure(start, end, cell.substring(start, end), kind);
    }

    private static Figure.Kind unitOf(String header) {
        boolean time = header.contains("hour") || header.contains("day") || header.contains("小时")
                || header.contains("時間");
        if (time && (header.contains("gpu") || header.contains("tpu") || hasChipName(header))) {
            return Figure.Kind.COMPUTE;
        }
        if (header.contains("$") || header.contains("usd") || header.contains("cost") || header.contains("dollar")
                || header.contains("成本") || header.contains("费用") || header.contains("￥") || header.contains("美元")) {
            return Figure.Kind.MONEY;
        }
        return null;
    }

    /** A letter followed by three digits: {@code a100}, {@code h800}. */
    private static boolean hasChipName(String header) {
        for (int i = 0; i + 3 < header.length(); i++) {
            if (Character.isLetter(header.charAt(i)) && FigureFinder.isDigit(header.charAt(i + 1))
                    && FigureFinder.isDigit(header.charAt(i + 2)) && FigureFinder.isDigit(header.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }
}
