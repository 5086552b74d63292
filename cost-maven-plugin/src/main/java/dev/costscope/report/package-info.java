/**
 * The transparency report: what each model release claims, what every claim includes and leaves
 * out, and the findings, built from a lint result into plain records, then written by one stateless
 * writer per format. No Maven types here.
 */
package dev.costscope.report;
