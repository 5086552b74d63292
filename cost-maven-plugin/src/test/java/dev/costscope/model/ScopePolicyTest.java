package dev.costscope.model;

import static dev.costscope.annotations.CostComponent.DATA;
import static dev.costscope.annotations.CostComponent.ENERGY;
import static dev.costscope.annotations.CostComponent.EXPERIMENTS;
import static dev.costscope.annotations.CostComponent.FACILITIES;
import static dev.costscope.annotations.CostComponent.FINAL_RUN_COMPUTE;
import static dev.costscope.annotations.CostComponent.HARDWARE_ACQUISITION;
import static dev.costscope.annotations.CostComponent.HARDWARE_DEPRECIATION;
import static dev.costscope.annotations.CostComponent.PERSONNEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costscope.annotations.CostComponent;
import dev.costscope.annotations.Scope;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopePolicyTest {

    private final ScopePolicy policy = ScopePolicy.defaults();

    @Test
    void requiredComponentsFollowTheDesignTable() {
        assertThat(policy.required(Scope.UNSPECIFIED)).isEmpty();
        assertThat(policy.required(Scope.FINAL_RUN)).containsExactly(FINAL_RUN_COMPUTE);
        assertThat(policy.required(Scope.ALL_TRAINING_RUNS)).containsExactly(FINAL_RUN_COMPUTE, EXPERIMENTS);
        assertThat(policy.required(Scope.RESEARCH_AND_DEVELOPMENT))
                .containsExactly(FINAL_RUN_COMPUTE, EXPERIMENTS, PERSONNEL, DATA);
        assertThat(policy.required(Scope.TOTAL_PROGRAM)).containsExactly(FINAL_RUN_COMPUTE, EXPERIMENTS, PERSONNEL,
                DATA, HARDWARE_ACQUISITION, FACILITIES, ENERGY);
        assertThat(policy.required(Scope.AMORTIZED)).containsExactly(ENERGY, HARDWARE_DEPRECIATION);
    }

    @Test
    void theNarrowestScopeAllowingASetOfComponents() {
        assertThat(policy.narrowestAllowing(Set.of(FINAL_RUN_COMPUTE))).contains(Scope.FINAL_RUN);
        assertThat(policy.narrowestAllowing(Set.of(EXPERIMENTS))).contains(Scope.ALL_TRAINING_RUNS);
        assertThat(policy.narrowestAllowing(Set.of(ENERGY))).contains(Scope.AMORTIZED);
        assertThat(policy.narrowestAllowing(Set.of(ENERGY, PERSONNEL))).contains(Scope.TOTAL_PROGRAM);
        assertThat(policy.narrowestAllowing(Set.of(HARDWARE_DEPRECIATION, PERSONNEL))).isEmpty();
    }

    @Test
    void theWidestScopeBelowThatTheItemsCover() {
        assertThat(policy.widestCoveredBelow(Scope.TOTAL_PROGRAM, Set.of(FINAL_RUN_COMPUTE, EXPERIMENTS)))
                .contains(Scope.ALL_TRAINING_RUNS);
        assertThat(policy.widestCoveredBelow(Scope.ALL_TRAINING_RUNS, Set.of(FINAL_RUN_COMPUTE)))
                .contains(Scope.FINAL_RUN);
        assertThat(policy.widestCoveredBelow(Scope.ALL_TRAINING_RUNS, Set.of(EXPERIMENTS))).isEmpty();
        assertThat(policy.widestCoveredBelow(Scope.FINAL_RUN, Set.of(FINAL_RUN_COMPUTE))).isEmpty();
    }

    @Test
    void aNarrowerScopeFitsOnlyWhenItAllowsEveryItem() {
        assertThat(policy.widestFittingBelow(Scope.TOTAL_PROGRAM, Set.of(FINAL_RUN_COMPUTE, EXPERIMENTS)))
                .contains(Scope.ALL_TRAINING_RUNS);
        assertThat(policy.widestFittingBelow(Scope.RESEARCH_AND_DEVELOPMENT,
                Set.of(FINAL_RUN_COMPUTE, EXPERIMENTS, CostComponent.PERSONNEL))).isEmpty();
        assertThat(policy.widestCoveredBelow(Scope.RESEARCH_AND_DEVELOPMENT,
                Set.of(FINAL_RUN_COMPUTE, EXPERIMENTS, CostComponent.PERSONNEL))).contains(Scope.ALL_TRAINING_RUNS);
    }
}
