package dev.costscope.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The accelerators costscope knows, looked up by name or alias in any case and with any
 * punctuation ({@code "H100 SXM"}, {@code "h100-sxm"} and {@code "H100_SXM"} are one name). The
 * built-in rows come from {@code accelerators.tsv} beside this class; a build may add or replace rows.
 */
public final class AcceleratorCatalog {

    private static final String RESOURCE = "accelerators.tsv";
    private static final AcceleratorCatalog BUILT_IN = load();

    private final Map<String, Accelerator> byName;

    private AcceleratorCatalog(Map<String, Accelerator> byName) {
        this.byName = byName;
    }

    /** The catalog shipped with costscope. */
    public static AcceleratorCatalog builtIn() {
        return BUILT_IN;
    }

    /** This catalog with {@code extra} added; an entry whose name or alias is already known replaces that entry. */
    public AcceleratorCatalog with(Collection<Accelerator> extra) {
        Map<String, Accelerator> names = new LinkedHashMap<>(byName);
        for (Accelerator accelerator : extra) {
            for (String name : namesOf(accelerator)) {
                Accelerator replaced = names.get(key(name));
                if (replaced != null) {
                    namesOf(replaced).forEach(old -> names.remove(key(old)));
                }
            }
            namesOf(accelerator).forEach(name -> names.put(key(name), accelerator));
        }
        return new AcceleratorCatalog(names);
    }

    /** The accelerator called {@code name}, if known. */
    public Optional<Accelerator> find(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /** The accelerator a {@code @Compute} names, if it names one the catalog knows. */
    public Optional<Accelerator> of(Compute compute) {
        return compute.accelerator().hasText() ? find(compute.accelerator().text()) : Optional.empty();
    }

    /** Every accelerator, each once, in catalog order. */
    public List<Accelerator> all() {
        return byName.values().stream().distinct().toList();
    }

    private static List<String> namesOf(Accelerator accelerator) {
        List<String> names = new ArrayList<>();
        names.add(accelerator.name());
        names.addAll(accelerator.aliases());
        return names;
    }

    /** Upper case, letters and digits only. */
    static String key(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private static AcceleratorCatalog load() {
        try (InputStream in = AcceleratorCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the plugin");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Accelerator> rows = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(row(line, number));
                }
            }
            return new AcceleratorCatalog(new LinkedHashMap<>()).with(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Accelerator row(String line, int number) {
        String[] cells = line.split("\t");
        if (cells.length != 8) {
            throw new IllegalStateException(RESOURCE + " line " + number + " has " + cells.length + " cells, not 8");
        }
        List<String> aliases = cells[1].isBlank() ? List.of() : Arrays.stream(cells[1].split(",")).map(String::strip).toList();
        return new Accelerator(cells[0].strip(), aliases, new BigDecimal(cells[2]), optional(cells[3]).map(BigDecimal::new),
                optional(cells[4]).map(Integer::valueOf), new BigDecimal(cells[5]), new BigDecimal(cells[6]), cells[7].strip());
    }

    private static Optional<String> optional(String cell) {
        return cell.isBlank() || cell.strip().equals("-") ? Optional.empty() : Optional.of(cell.strip());
    }
}
