package dev.costscope.rules;

import dev.costscope.annotations.CostComponent;
import java.util.Collection;
import java.util.stream.Collectors;

/** Phrases shared by the rules' messages. */
final class Describe {

    private Describe() {
    }

    /** {@code A, B and C}: components in their declared order. */
    static String components(Collection<CostComponent> components) {
        var names = components.stream().sorted().map(Enum::name).collect(Collectors.toList());
        if (names.isEmpty()) {
            return "(none)";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
