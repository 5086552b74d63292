package dev.costscope.report;

import dev.costscope.annotations.CostComponent;
import dev.costscope.annotations.Scope;
import java.util.EnumMap;
import java.util.Map;

/** The two tables of the domain in words: what each scope includes and what each component is. */
public final class Descriptions {

    private static final Map<Scope, String> SCOPES = new EnumMap<>(Scope.class);
    private static final Map<CostComponent, String> COMPONENTS = new EnumMap<>(CostComponent.class);

    static {
        SCOPES.put(Scope.UNSPECIFIED, "not said");
        SCOPES.put(Scope.FINAL_RUN, "accelerator-hours of the final run only");
        SCOPES.put(Scope.ALL_TRAINING_RUNS, "+ prior experiments and failed runs");
        SCOPES.put(Scope.RESEARCH_AND_DEVELOPMENT, "+ team and data costs");
        SCOPES.put(Scope.TOTAL_PROGRAM, "+ hardware acquisition, facilities, energy and operations");
        SCOPES.put(Scope.AMORTIZED, "hardware depreciation + energy for the runs covered");
        COMPONENTS.put(CostComponent.FINAL_RUN_COMPUTE, "accelerator-hours of the final run × price per hour");
        COMPONENTS.put(CostComponent.EXPERIMENTS, "prior experiments, ablations and failed runs");
        COMPONENTS.put(CostComponent.PERSONNEL, "researcher salaries and team costs");
        COMPONENTS.put(CostComponent.DATA, "data acquisition, preparation and cleaning");
        COMPONENTS.put(CostComponent.HARDWARE_ACQUISITION, "buying the accelerators and servers");
        COMPONENTS.put(CostComponent.FACILITIES, "infrastructure, data centres, networking");
        COMPONENTS.put(CostComponent.ENERGY, "electricity and operations");
        COMPONENTS.put(CostComponent.HARDWARE_DEPRECIATION, "the share of hardware value used up (amortized cost)");
    }

    private Descriptions() {
    }

    /** What {@code scope} includes. */
    public static String of(Scope scope) {
        return SCOPES.get(scope);
    }

    /** What {@code component} is. */
    public static String of(CostComponent component) {
        return COMPONENTS.get(component);
    }
}
