package dev.costscope.analysis;

import dev.costscope.model.Quantity;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The kinds of quantity the annotations hold, each with how it is written and its base unit. */
public enum QuantityKind {
    /** A count or an amount of work: parameters, tokens, accelerator-hours, FLOP. */
    NUMBER("", Map.of(), Optional.empty(), Quantity.EXPECTED_FORM),
    /** Money in the claim's currency; may start with a currency sign that fits it. */
    MONEY("", Map.of(), Optional.empty(), Quantity.EXPECTED_FORM),
    /** Electricity, in kWh. */
    ENERGY("kWh", units("kWh", "1", "MWh", "1000", "GWh", "1000000"), Optional.empty(),
            "an energy with its unit, such as \"21.6 GWh\", \"450 MWh\" or \"1,200 kWh\""),
    /** Greenhouse-gas emissions, in tonnes of CO2 equivalent. */
    EMISSIONS("tCO2eq", units("tCO2eq", "1", "tCO2e", "1", "t", "1"), Optional.of("tCO2eq"),
            "tonnes of CO2 equivalent, such as \"8,930\" or \"8930 tCO2eq\""),
    /** Elapsed time, in hours. */
    DURATION("hours", units("hours", "1", "hour", "1", "h", "1", "days", "24", "day", "24", "d", "24", "weeks", "168"),
            Optional.empty(), "a duration with its unit, such as \"54 days\" or \"1,300 hours\"");

    private final String baseUnit;
    private final Map<String, BigDecimal> units;
    private final Optional<String> defaultUnit;
    private final String expected;

    QuantityKind(String baseUnit, Map<String, BigDecimal> units, Optional<String> defaultUnit, String expected) {
        this.baseUnit = baseUnit;
        this.units = units;
        this.defaultUnit = defaultUnit;
        this.expected = expected;
    }

    /** The unit values of this kind are in; empty for plain numbers and money. */
    public String baseUnit() {
        return baseUnit;
    }

    /**
     * Parses {@code text} as a quantity of this kind, in the base unit.
     *
     * @throws Quantity.QuantityFormatException saying what is wrong and what is expected
     */
    Quantity parse(String text) {
        return units.isEmpty() ? Quantity.parse(text) : Quantity.parseWithUnit(text, units, defaultUnit, expected);
    }

    private static Map<String, BigDecimal> units(String... pairs) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], new BigDecimal(pairs[i + 1]));
        }
        return map;
    }
}
