package dev.costscope.lint;

import dev.costscope.model.DeclaredType;
import dev.costscope.model.ProcessingError;
import dev.costscope.model.SourceLocation;
import dev.costscope.model.SourceModel;
import dev.costscope.model.Suppressible;
import dev.costscope.model.TextBlock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The entry point of the check: runs every rule over a source model, applies each type's
 * suppressions and sorts the findings. Stateless and safe to share between threads.
 */
public final class Linter {

    private final List<Rule> rules;

    /** A linter running {@code rules}, typically {@code Rules.all()}. */
    public Linter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules this linter runs. */
    public List<Rule> rules() {
        return rules;
    }

    /** Runs all rules over {@code model}. */
    public LintResult lint(SourceModel model) {
        List<Finding> findings = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(model, new FindingSink() {
                @Override
                public void report(Suppressible owner, SourceLocation location, String message) {
                    report(owner, rule.severity(), location, message);
                }

                @Override
                public void report(Suppressible owner, Severity severity, SourceLocation location, String message) {
                    Finding finding = new Finding(rule.id(), severity, location, message, subject(owner, location));
                    (owner.suppresses(rule.id()) ? suppressed : findings).add(finding);
                }
            });
        }
        Collections.sort(findings);
        Collections.sort(suppressed);
        List<ProcessingError> errors = new ArrayList<>(model.errors());
        Collections.sort(errors);
        return new LintResult(findings, suppressed, List.of(), errors, model.filesScanned(), model.filesParsed(),
                model.releaseCount(), model.claimCount());
    }

    /**
     * What a finding is about, stable when lines move: the declaring type of an annotated claim; the
     * file and origin of a text (a markdown file, a summary, a string constant).
     */
    private static String subject(Suppressible owner, SourceLocation location) {
        if (owner instanceof DeclaredType type) {
            return location.file() + "#" + type.qualifiedName();
        }
        if (owner instanceof TextBlock text) {
            return location.file() + "#" + text.origin();
        }
        return location.file();
    }
}
