package dev.costscope.report;

import dev.costscope.annotations.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The scope ladder of one release as an inline SVG picture (no script, no external asset): four
 * steps from the final run to the total program, filled where the release discloses a figure, with
 * a bracket under the steps its headline figure covers. The headline is the narrowest figure on the
 * ladder, the one that gets quoted. Amortized figures count something else and are not on it.
 */
final class LadderPicture {

    private static final List<Scope> LADDER = List.of(Scope.FINAL_RUN, Scope.ALL_TRAINING_RUNS,
            Scope.RESEARCH_AND_DEVELOPMENT, Scope.TOTAL_PROGRAM);
    private static final List<String> LABELS = List.of("Final run", "All runs", "R&D", "Total program");
    private static final int STEP = 88;
    private static final int WIDTH = 80;
    private static final int BASE = 130;

    private LadderPicture() {
    }

    /** The picture as an {@code <svg>} element, labelled for screen readers by {@code id}. */
    static String svg(ReleaseReport release, String id) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"ladder\" viewBox=\"0 0 360 178\" role=\"img\" aria-labelledby=\"").append(id)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"").append(id).append("\">")
                .append(HtmlReportWriter.escape(caption(release))).append("</title>\n");
        for (int i = 0; i < LADDER.size(); i++) {
            Optional<String> amount = amount(release, LADDER.get(i));
            int height = 40 + 25 * i;
            int x = 8 + STEP * i;
            int top = BASE - height;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(top).append("\" width=\"").append(WIDTH)
                    .append("\" height=\"").append(height).append("\" rx=\"3\" class=\"")
                    .append(amount.isPresent() ? "on" : "off").append("\"/>\n");
            svg.append("<text x=\"").append(x + WIDTH / 2).append("\" y=\"").append(top + 17)
                    .append("\" class=\"").append(amount.isPresent() ? "amount" : "silent").append("\">")
                    .append(HtmlReportWriter.escape(amount.orElse("not disclosed"))).append("</text>\n");
            svg.append("<text x=\"").append(x + WIDTH / 2).append("\" y=\"").append(BASE + 16).append("\">")
                    .append(HtmlReportWriter.escape(LABELS.get(i))).append("</text>\n");
        }
        int covered = headlineSteps(release);
        if (covered > 0) {
            int end = 8 + STEP * (covered - 1) + WIDTH;
            svg.append("<path class=\"bracket\" d=\"M8 152v6H").append(end).append("v-6\"/>\n")
                    .append("<text x=\"8\" y=\"174\" class=\"headline\">")
                    .append(HtmlReportWriter.escape("headline " + headline(release).orElse("") + " covers " + covered
                            + " of " + LADDER.size() + " steps"))
                    .append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /** What the picture shows, in words. */
    static String caption(ReleaseReport release) {
        List<String> steps = new ArrayList<>();
        for (Scope scope : LADDER) {
            steps.add(Descriptions.name(scope).toLowerCase(Locale.ROOT) + " "
                    + amount(release, scope).orElse("not disclosed"));
        }
        int covered = headlineSteps(release);
        return "Scope ladder: " + String.join("; ", steps) + (covered > 0
                ? ". The headline " + headline(release).orElse("") + " covers " + covered + " of " + LADDER.size()
                + " steps." : ". No figure on the ladder.");
    }

    /** How many steps the headline covers: its position on the ladder, counted from 1; 0 when none. */
    static int headlineSteps(ReleaseReport release) {
        for (int i = 0; i < LADDER.size(); i++) {
            if (amount(release, LADDER.get(i)).isPresent()) {
                return i + 1;
            }
        }
        return 0;
    }

    private static Optional<String> headline(ReleaseReport release) {
        int steps = headlineSteps(release);
        return steps == 0 ? Optional.empty() : amount(release, LADDER.get(steps - 1));
    }

    /** The release's figure for {@code scope}: the first claim of that scope with an amount. */
    private static Optional<String> amount(ReleaseReport release, Scope scope) {
        return release.claims().stream().map(ClaimReport::claim)
                .filter(c -> c.scope().isResolved() && c.scope().is(scope) && c.amount().hasText())
                .map(PlainWords::money).findFirst();
    }
}
