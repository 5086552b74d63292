package dev.costscope.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract of DESIGN.md section 2, as the compiler and the JVM see it. */
class AnnotationContractTest {

    @ModelRelease(name = "DeepSeek-V3", version = "2024-12-26", totalParameters = "671B", activeParameters = "37B",
            trainingTokens = "14.8T")
    @TrainingCost(scope = Scope.FINAL_RUN, amount = "5.576M", basis = Basis.RENTAL_EQUIVALENT,
            items = @Item(component = CostComponent.FINAL_RUN_COMPUTE, amount = "5.576M",
                    compute = @Compute(accelerator = "H800", count = 2048, hours = "2.788M", ratePerHour = "2")),
            excludes = @Excluded(component = CostComponent.EXPERIMENTS, reason = "not included", low = "10M",
                    high = "30M"),
            source = "DeepSeek-V3 Technical Report, Table 1")
    @TrainingCost(scope = Scope.ALL_TRAINING_RUNS, amount = "20M")
    static final class Declared {
    }

    @Test
    void annotationsAreKeptAtRunTimeAndRepeatable() {
        ModelRelease release = Declared.class.getAnnotation(ModelRelease.class);
        assertThat(release.name()).isEqualTo("DeepSeek-V3");
        assertThat(release.activeParameters()).isEqualTo("37B");
        TrainingCost[] claims = Declared.class.getAnnotationsByType(TrainingCost.class);
        assertThat(claims).extracting(TrainingCost::scope).containsExactly(Scope.FINAL_RUN, Scope.ALL_TRAINING_RUNS);
        assertThat(claims[0].items()[0].compute()[0].count()).isEqualTo(2048);
        assertThat(claims[0].excludes()[0].high()).isEqualTo("30M");
        assertThat(TrainingCost.class.getAnnotation(Repeatable.class).value()).isEqualTo(TrainingCosts.class);
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        TrainingCost bare = Declared.class.getAnnotationsByType(TrainingCost.class)[1];
        assertThat(bare.currency()).isEqualTo("USD");
        assertThat(bare.basis()).isEqualTo(Basis.UNSPECIFIED);
        assertThat(bare.items()).isEmpty();
        assertThat(bare.excludes()).isEmpty();
        assertThat(bare.low() + bare.high() + bare.asOf() + bare.source() + bare.note()).isEmpty();
        Compute compute = Declared.class.getAnnotationsByType(TrainingCost.class)[0].items()[0].compute()[0];
        assertThat(compute.energy() + compute.locationBasedEmissions() + compute.marketBasedEmissions()
                + compute.wallClock()).as("physical quantities default to not stated").isEmpty();
    }

    @Test
    void topLevelAnnotationsGoOnTypesAndNestedOnesNowhereElse() {
        for (Class<?> type : List.of(ModelRelease.class, TrainingCost.class, TrainingCosts.class)) {
            assertThat(type.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.RUNTIME);
            assertThat(type.getAnnotation(Target.class).value()).containsExactly(ElementType.TYPE);
        }
        for (Class<?> type : List.of(Item.class, Compute.class, Excluded.class)) {
            assertThat(type.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.RUNTIME);
            assertThat(type.getAnnotation(Target.class).value()).isEmpty();
        }
    }

    @Test
    void requiredElementsHaveNoDefault() throws NoSuchMethodException {
        assertThat(ModelRelease.class.getMethod("name").getDefaultValue()).isNull();
        assertThat(TrainingCost.class.getMethod("amount").getDefaultValue()).isNull();
        assertThat(Item.class.getMethod("component").getDefaultValue()).isNull();
        assertThat(Excluded.class.getMethod("component").getDefaultValue()).isNull();
        assertThat(Excluded.class.getMethod("reason").getDefaultValue()).isNull();
        assertThat(Arrays.stream(Compute.class.getDeclaredMethods()).map(Method::getDefaultValue))
                .doesNotContainNull();
    }

    @Test
    void enumsHoldTheContractConstantsInOrder() {
        assertThat(Scope.values()).extracting(Enum::name).containsExactly("UNSPECIFIED", "FINAL_RUN",
                "ALL_TRAINING_RUNS", "RESEARCH_AND_DEVELOPMENT", "TOTAL_PROGRAM", "AMORTIZED");
        assertThat(CostComponent.values()).extracting(Enum::name).containsExactly("FINAL_RUN_COMPUTE", "EXPERIMENTS",
                "PERSONNEL", "DATA", "HARDWARE_ACQUISITION", "FACILITIES", "ENERGY", "HARDWARE_DEPRECIATION");
        assertThat(Basis.values()).extracting(Enum::name).containsExactly("UNSPECIFIED", "REPORTED",
                "RENTAL_EQUIVALENT", "AMORTIZED_CAPEX", "THIRD_PARTY_ESTIMATE");
    }
}
