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
 * The entry point of the check: runs every rule over a source model, applies each type's
 * suppressions and sorts the findings, bounded by a {@link FindingBudget}. Stateless and safe to
 * share between threads.
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
        FindingBudget findings = new FindingBudget();
        FindingBudget suppressed = new FindingBudget();
        for (Rule rule : rules) {
            rule.check(facts, new Collector(rule, Optional.empty(), findings, suppressed));
        }
        List<Omission> omitted = new ArrayList<>();
        List<Finding> listed = findings.listed(omitted);
        List<Finding> silenced = suppressed.listed(new ArrayList<>());
        SourceModel model = facts.model();
        List<ProcessingError> errors = new ArrayList<>(model.errors());
        Collections.sort(errors);
        return new LintResult(listed, silenced, errors, model.filesScanned(), model.filesParsed(),
                model.releaseCount(), model.claimCount(), omitted);
    }

    /** Turns one rule's reports into findings, standing or suppressed. */
    private record Collector(Rule rule, Optional<String> claimId, FindingBudget findings, FindingBudget suppressed)
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
