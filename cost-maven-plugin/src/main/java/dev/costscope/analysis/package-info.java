/**
 * Claims turned into facts, once, between extraction and linting: each claim's stable id, its
 * quantities parsed, its component table under the one scope policy and the figures derived from
 * it, each with the formula that produced it. Rules judge these facts; the report formats them.
 * Plain Java: no build tool, no parser types.
 */
package dev.costscope.analysis;
