package dev.costscope.analysis;

import dev.costscope.model.Claim;
import dev.costscope.model.DeclaredType;

/**
 * What is known of one claim, derived once.
 *
 * @param id    the claim's stable id, e.g. {@code deepseek-v3@2024-12-26/final-run}
 * @param owner the type that declares the claim
 * @param claim the claim as declared
 */
public record ClaimFacts(String id, DeclaredType owner, Claim claim) {
}
