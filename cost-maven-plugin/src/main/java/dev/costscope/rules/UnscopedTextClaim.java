package dev.costscope.rules;

import dev.costscope.analysis.ProjectFacts;
import dev.costscope.model.SourceModel;
import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.TextBlock;
import dev.costscope.text.Figure;
import dev.costscope.text.TextClaimDetector;
import java.util.List;

/**
 * {@code unscoped-text-claim}: prose that states a training cost, in money or in accelerator-hours,
 * without saying in the same sentence what it covers: a model's summary, a claim's note, the
 * comments of a model-release type, a string constant, or the README and model card.
 */
public final class UnscopedTextClaim extends RuleBase {

    private final TextClaimDetector detector;

    /** The rule, with the scope phrases and claim markers of {@code settings} added to the defaults. */
    public UnscopedTextClaim(RuleSettings settings) {
        super("unscoped-text-claim", Severity.ERROR, "Free text states a training cost without saying its scope.");
        this.detector = new TextClaimDetector(settings.scopePhrases(), settings.claimMarkers());
    }

    @Override
    public void check(ProjectFacts facts, FindingSink sink) {
        SourceModel model = facts.model();
        for (TextBlock text : model.texts()) {
            List<Figure> figures = text.columnHeader().isPresent()
                    ? detector.unscopedCell(text.text(), text.columnHeader().get(), text.context())
                    : detector.unscoped(text.text(), text.context());
            for (Figure figure : figures) {
                sink.report(text, text.locate(figure.start()), text.origin() + " states \"" + figure.text()
                        + "\" without saying what it covers: name the scope in the same sentence (\"final training"
                        + " run\", \"all training runs\", \"including experiments\", \"R&D\", \"total program\","
                        + " \"amortized\"), or point at the declared claim with {@link}.");
            }
        }
    }
}
