package dev.costscope.lint;

import dev.costscope.model.DeclaredType;
import dev.costscope.model.SourceLocation;

/** Where a rule reports what it finds, naming the type it found it in so that suppressions apply. */
public interface FindingSink {

    /** Reports a finding at the rule's own severity. */
    void report(DeclaredType owner, SourceLocation location, String message);

    /** Reports a finding at {@code severity}, for rules whose findings differ in seriousness. */
    void report(DeclaredType owner, Severity severity, SourceLocation location, String message);
}
