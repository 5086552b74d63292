package dev.costscope.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceleratorCatalogTest {

    private final AcceleratorCatalog catalog = AcceleratorCatalog.builtIn();

    @Test
    void coversTheAcceleratorsModelsAreTrainedOn() {
        assertThat(catalog.all()).extracting(Accelerator::name).contains("V100", "A100-40GB", "A100-80GB", "H100",
                "H800", "H20", "H200", "B200", "MI250X", "MI300X", "TPUv4", "TPUv5e", "TPUv5p");
    }

    @Test
    void everyRowHasASourceAPeakAndAnOrderedBand() {
        assertThat(catalog.all()).allSatisfy(a -> {
            assertThat(a.source()).isNotBlank();
            assertThat(a.peakBf16()).isGreaterThan(new BigDecimal("1e13"));
            assertThat(a.rentalLowUsd()).isPositive().isLessThan(a.rentalHighUsd());
        });
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "H100, H100", "H100-SXM, H100", "h100 sxm5, H100", "H100_80GB, H100", "H800, H800",
            "A100, A100-80GB", "A100-80GB, A100-80GB", "A100 40GB, A100-40GB", "TPU v5p, TPUv5p", "tpu-v5e, TPUv5e",
            "TPU-v4, TPUv4", "MI300X, MI300X", "Instinct MI250X, MI250X", "B200, B200", "H20, H20", "H200-SXM, H200",
            "Tesla V100, V100"})
    void findsByNameOrAliasInAnyCaseAndPunctuation(String written, String name) {
        assertThat(catalog.find(written)).map(Accelerator::name).contains(name);
    }

    @Test
    void peaksAreTheDatasheetOnes() {
        assertThat(catalog.find("H100").orElseThrow().peakBf16()).isEqualByComparingTo("989e12");
        assertThat(catalog.find("H100").orElseThrow().peakFp8()).get().isEqualTo(new BigDecimal("1979e12"));
        assertThat(catalog.find("A100").orElseThrow().peakBf16()).isEqualByComparingTo("312e12");
        assertThat(catalog.find("MI250X").orElseThrow().peakFp8()).isEmpty();
        assertThat(catalog.find("TPUv5p").orElseThrow().tdpWatts()).isEmpty();
        assertThat(catalog.find("H100").orElseThrow().tdpWatts()).contains(700);
    }

    @Test
    void unknownNamesAreNotFound() {
        assertThat(catalog.find("H900")).isEmpty();
        assertThat(catalog.find("")).isEmpty();
    }

    @Test
    void aBuildCanAddAndReplaceRows() {
        Accelerator gaudi = new Accelerator("Gaudi3", List.of("Gaudi-3"), new BigDecimal("1835e12"), Optional.empty(),
                Optional.empty(), BigDecimal.ONE, BigDecimal.TEN, "test");
        Accelerator cheapH100 = new Accelerator("H100-SXM", List.of(), new BigDecimal("989e12"), Optional.empty(),
                Optional.empty(), new BigDecimal("0.5"), BigDecimal.ONE, "test");
        AcceleratorCatalog extended = catalog.with(List.of(gaudi, cheapH100));
        assertThat(extended.find("gaudi 3")).contains(gaudi);
        assertThat(extended.find("H100-SXM")).contains(cheapH100);
        assertThat(extended.find("H100")).as("the whole replaced row goes, aliases and all").isEmpty();
        assertThat(catalog.find("Gaudi3")).as("the built-in catalog is unchanged").isEmpty();
    }
}
