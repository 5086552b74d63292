package dev.costscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.annotations.Basis;
import dev.costscope.annotations.CostComponent;
import dev.costscope.annotations.Scope;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimSummaryTest {

    private static final SourceLocation AT = new SourceLocation("M.java", 1, 1);

    private static Value<String> text(String s) {
        return Value.of(s, AT);
    }

    private static Claim claim(Value<Scope> scope, Basis basis, CostComponent... items) {
        List<Item> list = java.util.Arrays.stream(items).map(c -> new Item(Value.of(c, AT), text(""), text(""),
                text(""), List.of(), text(""), AT)).toList();
        return new Claim(scope, text("5.576M"), text("USD"), text(""), text(""), Value.of(basis, AT), list, List.of(),
                text(""), text(""), text(""), AT);
    }

    private static DeclaredType type(Claim claim) {
        ModelRelease release = new ModelRelease(text("DeepSeek-V3"), text("2024-12-26"), text(""), text(""), text(""),
                text(""), text(""), AT);
        return new DeclaredType("a.M", AT, Optional.of(release), List.of(claim), Set.of(), List.of());
    }

    @Test
    void saysWhatAScopedClaimLeavesOut() {
        Claim claim = claim(Value.of(Scope.FINAL_RUN, AT), Basis.RENTAL_EQUIVALENT, CostComponent.FINAL_RUN_COMPUTE);
        assertThat(ClaimSummary.of(type(claim), claim)).isEqualTo("DeepSeek-V3 2024-12-26: FINAL_RUN 5.576M USD"
                + " (RENTAL_EQUIVALENT); not included: EXPERIMENTS, PERSONNEL, DATA, HARDWARE_ACQUISITION, FACILITIES,"
                + " ENERGY, HARDWARE_DEPRECIATION");
    }

    @Test
    void anUnscopedOrUnresolvedClaimClaimsNothingAboutComponents() {
        Claim unscoped = claim(Value.of(Scope.UNSPECIFIED, AT), Basis.UNSPECIFIED);
        assertThat(ClaimSummary.of(type(unscoped), unscoped)).isEqualTo("DeepSeek-V3 2024-12-26: UNSPECIFIED 5.576M USD");
        Claim unresolved = claim(Value.unresolved(AT), Basis.REPORTED);
        assertThat(ClaimSummary.of(type(unresolved), unresolved))
                .isEqualTo("DeepSeek-V3 2024-12-26: (scope unresolved) 5.576M USD (REPORTED)");
    }
}
