package dev.costscope.analysis;

import dev.costscope.model.CurrencySigns;
import dev.costscope.model.Formats;
import dev.costscope.model.Quantity;
import dev.costscope.model.Value;

/** Reads an annotation attribute into a {@link QuantityFact}, once. */
final class QuantityReader {

    private QuantityReader() {
    }

    /** {@code value} as a quantity of {@code kind}; money in {@code currency} (upper-case ISO 4217). */
    static QuantityFact read(Value<String> value, QuantityKind kind, String currency) {
        if (!value.isResolved()) {
            return new QuantityFact(QuantityFact.State.UNRESOLVED, "", null, "", "", value.location());
        }
        if (!value.hasText()) {
            return new QuantityFact(QuantityFact.State.NOT_STATED, "", null, "", "", value.location());
        }
        String text = value.text();
        try {
            Quantity quantity = kind.parse(value.value());
            String sign = quantity.currencySymbol();
            if (!sign.isEmpty() && kind != QuantityKind.MONEY) {
                return malformed(text, "\"" + text + "\" starts with a currency sign, but it is not money: write the"
                        + " number alone", value);
            }
            if (Formats.isCurrency(currency) && !CurrencySigns.fits(sign, currency)) {
                return malformed(text, "\"" + text + "\" is in " + CurrencySigns.meaning(sign) + ", but the claim's currency"
                        + " is " + currency + ": drop the sign, or correct the currency", value);
            }
            return new QuantityFact(QuantityFact.State.VALID, text, quantity.value(), "", sign, value.location());
        } catch (Quantity.QuantityFormatException e) {
            return malformed(text, e.getMessage(), value);
        }
    }

    private static QuantityFact malformed(String text, String problem, Value<String> value) {
        return new QuantityFact(QuantityFact.State.MALFORMED, text, null, problem, "", value.location());
    }
}
