/**
 * The linter: runs the rules over a {@link dev.costscope.model.SourceModel}, applies suppressions and
 * returns findings in a stable order. No build tool and no parser types here.
 */
package dev.costscope.lint;
