package dev.costscope.analysis;

import dev.costscope.model.Claim;
import dev.costscope.model.DeclaredType;
import dev.costscope.model.ModelRelease;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Stable claim ids: {@code <release>[@<version>]/<scope>}, e.g. {@code deepseek-v3@2024-12-26/final-run},
 * so that an id survives edits that move a claim to another line. Only a second claim of the same
 * release and scope gets an ordinal ({@code .../final-run/2}), counted in the model's stable order.
 * A claim on a type without {@code @ModelRelease} is named after the type. Ids are lower-case ASCII
 * letters, digits and {@code . _ - @ /}, safe in file names, URIs and fingerprints.
 */
final class ClaimIds {

    private final Map<String, Integer> seen = new HashMap<>();

    /** The id of {@code claim} declared on {@code owner}; call in the model's order, once per claim. */
    String next(DeclaredType owner, Claim claim) {
        String base = release(owner) + "/" + scope(claim);
        int ordinal = seen.merge(base, 1, Integer::sum);
        return ordinal == 1 ? base : base + "/" + ordinal;
    }

    private static String release(DeclaredType owner) {
        if (owner.release().isEmpty() || !owner.release().get().name().hasText()) {
            return slug(owner.qualifiedName());
        }
        ModelRelease release = owner.release().get();
        String name = slug(release.name().text());
        return release.version().hasText() ? name + "@" + slug(release.version().text()) : name;
    }

    private static String scope(Claim claim) {
        return claim.scope().isResolved() ? claim.scope().value().name().toLowerCase(Locale.ROOT).replace('_', '-')
                : "unresolved";
    }

    /** Lower-case ASCII: accents dropped, every run of other characters one {@code -}. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        boolean dash = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_') {
                if (dash && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                dash = false;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                dash = true;
            }
        }
        return slug.length() == 0 ? "unnamed" : slug.toString();
    }
}
