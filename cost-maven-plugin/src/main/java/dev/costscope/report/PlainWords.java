package dev.costscope.report;

import dev.costscope.annotations.Basis;
import dev.costscope.annotations.CostComponent;
import dev.costscope.annotations.Scope;
import dev.costscope.model.Claim;
import dev.costscope.model.Compute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A claim in one plain sentence, for a reader who has ten seconds: what the money is the price of,
 * and what it leaves out. {@code $5.576M is the rental price of the final training run's GPU time;
 * experiments, salaries, data, hardware, facilities, energy and depreciation are not included.}
 */
final class PlainWords {

    /** NVIDIA and AMD data-centre GPU names: H100, A800, GB200, V100, L40S, MI300X, RTX 4090. */
    private static final Pattern GPU = Pattern.compile("(H|A|B|GB|V|L|MI|RTX)\\s?\\d");

    private PlainWords() {
    }

    /** The sentence for {@code report}'s claim, ending with a full stop. */
    static String sentence(ClaimReport report) {
        Claim claim = report.claim();
        Scope scope = claim.scope().isResolved() ? claim.scope().value() : Scope.UNSPECIFIED;
        StringBuilder sentence = new StringBuilder(money(claim)).append(" is ");
        if (scope == Scope.UNSPECIFIED) {
            return sentence.append("a cost that does not say what it covers, so nobody can tell what it includes.")
                    .toString();
        }
        sentence.append(price(claim)).append(what(scope, hardware(claim)));
        List<String> leftOut = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ComponentRow row : report.components()) {
            switch (row.status()) {
                case EXCLUDED, OUT_OF_SCOPE -> leftOut.add(Descriptions.shortName(row.component()));
                case MISSING -> missing.add(Descriptions.shortName(row.component()));
                default -> { }
            }
        }
        if (!leftOut.isEmpty()) {
            sentence.append("; ").append(list(leftOut)).append(leftOut.size() == 1 ? " is" : " are")
                    .append(" not included");
        }
        if (!missing.isEmpty()) {
            sentence.append("; ").append(list(missing)).append(missing.size() == 1 ? " is" : " are")
                    .append(" required by this scope but not accounted for");
        }
        return sentence.append('.').toString();
    }

    /** {@code $5.576M}, {@code €2M}, {@code £1M}, else {@code 40M CNY}. */
    static String money(Claim claim) {
        String amount = claim.amount().hasText() ? claim.amount().text() : "an unstated amount";
        if (!claim.amount().hasText()) {
            return amount;
        }
        return switch (claim.currency().text()) {
            case "USD" -> "$" + amount;
            case "EUR" -> "€" + amount;
            case "GBP" -> "£" + amount;
            default -> amount + " " + claim.currency().text();
        };
    }

    private static String price(Claim claim) {
        Basis basis = claim.basis().isResolved() ? claim.basis().value() : Basis.UNSPECIFIED;
        return switch (basis) {
            case RENTAL_EQUIVALENT -> "the rental price of ";
            case REPORTED -> "the reported cost of ";
            case THIRD_PARTY_ESTIMATE -> "an outside estimate of the cost of ";
            case AMORTIZED_CAPEX -> "the amortized hardware cost of ";
            case UNSPECIFIED -> "the cost, on an unstated basis, of ";
        };
    }

    private static String what(Scope scope, String hardware) {
        return switch (scope) {
            case FINAL_RUN -> "the final training run's " + hardware + " time";
            case ALL_TRAINING_RUNS -> "every training run, experiments and failed runs included";
            case RESEARCH_AND_DEVELOPMENT -> "research and development: every training run, the team and the data";
            case TOTAL_PROGRAM -> "the whole program: research, hardware, facilities and energy";
            case AMORTIZED -> "the hardware value used up and the energy of the runs it covers";
            case UNSPECIFIED -> "";
        };
    }

    /** {@code GPU} or {@code TPU} when every accelerator named is one, else {@code accelerator}. */
    private static String hardware(Claim claim) {
        List<String> kinds = claim.items().stream().filter(i -> i.component().is(CostComponent.FINAL_RUN_COMPUTE))
                .flatMap(i -> i.compute().stream()).map(Compute::accelerator).filter(a -> a.hasText())
                .map(a -> kind(a.text().toUpperCase(Locale.ROOT))).distinct().toList();
        return kinds.size() == 1 ? kinds.get(0) : "accelerator";
    }

    private static String kind(String accelerator) {
        if (accelerator.startsWith("TPU")) {
            return "TPU";
        }
        return GPU.matcher(accelerator).lookingAt() ? "GPU" : "accelerator";
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String list(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
