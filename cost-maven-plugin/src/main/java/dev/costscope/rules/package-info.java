/**
 * The rules, one small final class each, and {@link dev.costscope.rules.Rules#all()}, the one explicit
 * list of them. Each rule has a page {@code docs/rules/<id>.md}.
 */
package dev.costscope.rules;
