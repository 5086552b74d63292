package dev.costscope.report;

import dev.costscope.annotations.Basis;
import dev.costscope.annotations.CostComponent;
import dev.costscope.annotations.Scope;
import java.util.EnumMap;
import java.util.Map;

/**
 * The two tables of the domain in words: what each scope includes and what each component is, and
 * the names people use for them (never the enum constants).
 */
public final class Descriptions {

    private static final Map<Scope, String> SCOPES = new EnumMap<>(Scope.class);
    private static final Map<CostComponent, String> COMPONENTS = new EnumMap<>(CostComponent.class);
    private static final Map<Scope, String> SCOPE_NAMES = new EnumMap<>(Scope.class);
    private static final Map<CostComponent, String> COMPONENT_NAMES = new EnumMap<>(CostComponent.class);
    private static final Map<CostComponent, String> LEFT_OUT = new EnumMap<>(CostComponent.class);

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
        SCOPE_NAMES.put(Scope.UNSPECIFIED, "Scope not said");
        SCOPE_NAMES.put(Scope.FINAL_RUN, "Final training run");
        SCOPE_NAMES.put(Scope.ALL_TRAINING_RUNS, "All training runs");
        SCOPE_NAMES.put(Scope.RESEARCH_AND_DEVELOPMENT, "Research and development");
        SCOPE_NAMES.put(Scope.TOTAL_PROGRAM, "Total program");
        SCOPE_NAMES.put(Scope.AMORTIZED, "Amortized hardware and energy");
        COMPONENT_NAMES.put(CostComponent.FINAL_RUN_COMPUTE, "Final-run compute");
        COMPONENT_NAMES.put(CostComponent.EXPERIMENTS, "Experiments");
        COMPONENT_NAMES.put(CostComponent.PERSONNEL, "Personnel");
        COMPONENT_NAMES.put(CostComponent.DATA, "Data");
        COMPONENT_NAMES.put(CostComponent.HARDWARE_ACQUISITION, "Hardware purchase");
        COMPONENT_NAMES.put(CostComponent.FACILITIES, "Facilities");
        COMPONENT_NAMES.put(CostComponent.ENERGY, "Energy");
        COMPONENT_NAMES.put(CostComponent.HARDWARE_DEPRECIATION, "Hardware depreciation");
        LEFT_OUT.put(CostComponent.FINAL_RUN_COMPUTE, "the final run's compute");
        LEFT_OUT.put(CostComponent.EXPERIMENTS, "experiments");
        LEFT_OUT.put(CostComponent.PERSONNEL, "salaries");
        LEFT_OUT.put(CostComponent.DATA, "data");
        LEFT_OUT.put(CostComponent.HARDWARE_ACQUISITION, "hardware");
        LEFT_OUT.put(CostComponent.FACILITIES, "facilities");
        LEFT_OUT.put(CostComponent.ENERGY, "energy");
        LEFT_OUT.put(CostComponent.HARDWARE_DEPRECIATION, "depreciation");
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

    /** How an amount was arrived at, for people: {@code rental equivalent (hours × market rate)}. */
    public static String name(Basis basis) {
        return switch (basis) {
            case UNSPECIFIED -> "not said";
            case REPORTED -> "reported (from accounts or invoices)";
            case RENTAL_EQUIVALENT -> "rental equivalent (hours × market rate)";
            case AMORTIZED_CAPEX -> "amortized capital expense";
            case THIRD_PARTY_ESTIMATE -> "third-party estimate";
        };
    }

    /** The scope's name for people: {@code Final training run}. */
    public static String name(Scope scope) {
        return SCOPE_NAMES.get(scope);
    }

    /** The component's name for people: {@code Final-run compute}. */
    public static String name(CostComponent component) {
        return COMPONENT_NAMES.get(component);
    }

    /** The component as one word of a list of what a figure leaves out: {@code salaries}. */
    public static String shortName(CostComponent component) {
        return LEFT_OUT.get(component);
    }
}
