package dev.costscope.lint;

import dev.costscope.analysis.ProjectFacts;
import dev.costscope.model.ProcessingError;
import dev.costscope.model.SourceLocation;
import dev.costscope.model.SourceModel;
import dev.costscope.model.Suppressible;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The entry point of the check: runs every rule over the facts of a source model, applies each
 * type's suppressions and sorts the findings. Stateless and safe to share between threads.
 */
public final class Linter {

    private final List<Rule> rules;

    /** A linter running {@code rules}, typically {@code Rules.all(settings)}. */
    public Linter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules this linter runs. */
    public List<Rule> rules() {
        return rules;
    }

    /** Runs all rules over {@code facts}. */
    public LintResult lint(ProjectFacts facts) {
        List<Finding> findings = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        for (Rule rule : rules) {
            rule.check(facts, new Collector(rule, Optional.empty(), findings, suppressed));
        }
        Collections.sort(findings);
        Collections.sort(suppressed);
        SourceModel model = facts.model();
        List<ProcessingError> errors = new ArrayList<>(model.errors());
        Collections.sort(errors);
        return new LintResult(findings, suppressed, errors, model.filesScanned(), model.filesParsed(),
                model.releaseCount(), model.claimCount());
    }

    /** Turns one rule's reports into findings, standing or suppressed. */
    private record Collector(Rule rule, Optional<String> claimId, List<Finding> findings, List<Finding> suppressed)
            implements FindingSink {

        @Override
        public void report(Suppressible owner, SourceLocation location, String message) {
            report(owner, rule.severity(), location, message);
        }

        @Override
        public void report(Suppressible owner, Severity severity, SourceLocation location, String message) {
            Finding finding = new Finding(rule.id(), severity, location, message, claimId);
            (owner.suppresses(rule.id()) ? suppressed : findings).add(finding);
        }

        @Override
        public FindingSink about(String id) {
            return new Collector(rule, Optional.of(id), findings, suppressed);
        }
    }
}
