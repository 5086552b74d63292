package dev.costscope.rules;

import dev.costscope.analysis.ClaimFacts;
import dev.costscope.analysis.ComputeFacts;
import dev.costscope.analysis.Figure;
import dev.costscope.lint.FindingSink;
import dev.costscope.lint.Severity;
import dev.costscope.model.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * {@code implausible-energy}: stated energy that the accelerators could not have drawn in their
 * hours. The reference is accelerator-hours × the accelerator's power (TDP, from the catalog); a
 * run draws between half of it (accelerators below TDP, an efficient facility) and three times it
 * (hosts, network and cooling at a PUE up to 2). Outside that band is suspect (WARNING); off by ten
 * times or more is a unit slip or a wrong figure (ERROR).
 */
public final class ImplausibleEnergy extends ClaimRule {

    /** The plausible band of stated energy over accelerator-hours × TDP. */
    static final BigDecimal MIN_RATIO = new BigDecimal("0.5");
    static final BigDecimal MAX_RATIO = new BigDecimal("3");
    /** Beyond these the figure is wrong, not merely unusual. */
    static final BigDecimal MIN_POSSIBLE = new BigDecimal("0.1");
    static final BigDecimal MAX_POSSIBLE = BigDecimal.TEN;

    /** The rule; the catalog's power figures are the ones the facts were derived with. */
    public ImplausibleEnergy() {
        super("implausible-energy", Severity.ERROR,
                "Stated energy is far from accelerator-hours × the accelerators' power, or outside the plausible band.");
    }

    @Override
    void check(ClaimFacts facts, FindingSink sink) {
        Optional<Figure> stated = facts.derived().energy();
        Optional<Figure> drawn = facts.derived().acceleratorEnergy();
        if (stated.isEmpty() || drawn.isEmpty() || drawn.get().value().signum() == 0) {
            return;
        }
        BigDecimal ratio = Numbers.divide(stated.get().value(), drawn.get().value());
        ComputeFacts first = facts.compute().filter(c -> c.energy().isValid()).findFirst().orElseThrow();
        String arithmetic = "stated energy " + Numbers.human(stated.get().value()) + " kWh is " + Numbers.plain(
                ratio.round(new MathContext(3))) + " × the accelerators' " + drawn.get().formula();
        if (ratio.compareTo(MIN_POSSIBLE) < 0 || ratio.compareTo(MAX_POSSIBLE) > 0) {
            sink.report(facts.owner(), first.energy().location(), arithmetic + ": off by ten times or more, so the"
                    + " figure is wrong; check its unit (kWh, MWh, GWh) and the hours.");
        } else if (ratio.compareTo(MIN_RATIO) < 0 || ratio.compareTo(MAX_RATIO) > 0) {
            sink.report(facts.owner(), Severity.WARNING, first.energy().location(), arithmetic + ", outside the plausible"
                    + " band " + Numbers.plain(MIN_RATIO) + "-" + Numbers.plain(MAX_RATIO) + " × (half the TDP at PUE 1"
                    + " to hosts and cooling at PUE 2); check the energy, the hours and the accelerator.");
        }
    }
}
