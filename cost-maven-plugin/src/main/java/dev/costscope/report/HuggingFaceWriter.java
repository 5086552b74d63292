package dev.costscope.report;

import dev.costscope.model.Numbers;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * Writes a report as Hugging Face model-card metadata: for each release one YAML front-matter block
 * ({@code ---} ... {@code ---}) to merge into the top of its model card, holding the costscope keys
 * (each claim's id, scope, amount, currency, basis, included and excluded components, hours) under
 * {@code costscope}, and Hugging Face's own {@code co2_eq_emissions} where a final-run claim states
 * emissions. Every string is double-quoted, every number plain, so that the block reads the
 * same in any YAML parser. Not attached: it is meant to be merged by hand into a README.
 */
public final class HuggingFaceWriter implements ReportWriter {

    /** What {@code training_type} says: the claim's scope (the Hub suggests "pre-training" or "fine-tuning"). */
    static final String TRAINING_TYPE = "final training run";

    private static final int GRAMS_PER_TONNE_EXPONENT = 6;

    @Override
    public String id() {
        return "huggingface";
    }

    @Override
    public String extension() {
        return "hf.yaml";
    }

    @Override
    public String mediaType() {
        return "application/yaml";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        StreamedText.to(out, yaml -> write(report, yaml));
    }

    private static void write(Report report, StreamedText yaml) {
        yaml.append("# Hugging Face model-card metadata written by costscope: merge each block into the front matter\n")
                .append("# of the model's README.md.\n");
        for (ReleaseReport release : report.releases()) {
            yaml.append("---\n# ").append(oneLine(release.release().displayName())).append('\n');
            co2(yaml, release);
            yaml.append("costscope:\n  release: ").append(quoted(release.release().displayName())).append('\n');
            List<ClaimReport> claims = release.claims();
            if (claims.isEmpty()) {
                yaml.append("  claims: []\n");
            } else {
                yaml.append("  claims:\n");
            }
            for (ClaimReport claim : claims) {
                String prefix = CostProperties.PREFIX + "claim:" + CostProperties.key(claim) + ":";
                boolean first = true;
                for (CostProperties.Property property : CostProperties.of(claim)) {
                    String key = property.name().substring(prefix.length());
                    yaml.append(first ? "    - " : "      ").append(key(key)).append(": ")
                            .append(property.number() ? property.value() : quoted(property.value())).append('\n');
                    first = false;
                }
            }
        }
        yaml.append(report.releases().isEmpty() ? "" : "---\n");
    }

    /** A key as YAML: plain when it is letters, digits and dashes, else quoted. */
    private static String key(String key) {
        return key.matches("[A-Za-z][A-Za-z0-9]*") ? key : quoted(key);
    }

    /**
     * Hugging Face's {@code co2_eq_emissions}, only for a {@code FINAL_RUN} claim that states emissions: in
     * grams (the claim's tonnes × 10⁶), its source with the method (location- or market-based), the
     * training type as the claim's scope, and the hardware of its compute.
     */
    private static void co2(StreamedText yaml, ReleaseReport release) {
        Optional<ClaimReport> finalRun = Footprint.finalRun(release);
        Optional<Footprint.Emissions> emissions = finalRun.flatMap(Footprint.Emissions::of);
        if (emissions.isEmpty()) {
            return;
        }
        ClaimReport claim = finalRun.get();
        String method = emissions.get().method() + " emissions of the final training run";
        yaml.append("co2_eq_emissions:\n  emissions: ")
                .append(Numbers.plain(emissions.get().tonnes().value().movePointRight(GRAMS_PER_TONNE_EXPONENT))).append('\n')
                .append("  source: ").append(quoted(ReportText.text(claim.claim().source()).map(s -> s + "; " + method)
                        .orElse(method))).append('\n')
                .append("  training_type: ").append(quoted(TRAINING_TYPE)).append('\n');
        Optional<String> hours = claim.derived().acceleratorHours().map(h -> ReportText.hours(h) + " accelerator-hours");
        Optional<String> hardware = ReportText.hardware(claim.facts().compute().toList());
        Optional<String> used = hardware.map(h -> h + hours.map(x -> ", " + x).orElse("")).or(() -> hours);
        used.ifPresent(h -> yaml.append("  hardware_used: ").append(quoted(h)).append('\n'));
    }

    /** {@code text} as a YAML double-quoted scalar: backslash, quote and every control character escaped. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029'
                            || Character.isSurrogate(c) && !validPair(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static boolean validPair(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]", " ");
    }
}
