package dev.costscope.model;

/** A {@code @ModelRelease} as declared: the model's identity and size. */
public record ModelRelease(
        Value<String> name,
        Value<String> version,
        Value<String> releaseDate,
        Value<String> totalParameters,
        Value<String> activeParameters,
        Value<String> trainingTokens,
        Value<String> summary,
        SourceLocation location) {

    /** The name, with the version when there is one: {@code DeepSeek-V3 2024-12-26}. */
    public String displayName() {
        String n = name.hasText() ? name.text() : "(unnamed)";
        return version.hasText() ? n + " " + version.text() : n;
    }
}
