/**
 * Cost figures in prose: finds monetary and training-compute figures in sentences and tells which
 * of them state a training cost without its scope. Plain Java, no parser: the extractor uses it to
 * skip files with no figure, the rule {@code unscoped-text-claim} to judge the rest.
 */
package dev.costscope.text;
