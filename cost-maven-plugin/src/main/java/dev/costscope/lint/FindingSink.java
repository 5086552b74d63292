package dev.costscope.lint;

import dev.costscope.model.SourceLocation;
import dev.costscope.model.Suppressible;

/** Where a rule reports what it finds, naming what it found it in (a type, a text) so that suppressions apply. */
public interface FindingSink {

    /** Reports a finding at the rule's own severity. */
    void report(Suppressible owner, SourceLocation location, String message);

    /** Reports a finding at {@code severity}, for rules whose findings differ in seriousness. */
    void report(Suppressible owner, Severity severity, SourceLocation location, String message);

    /** A sink whose findings are about the claim with the stable id {@code claimId}. */
    FindingSink about(String claimId);
}
