package dev.costscope.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The one registry of report formats, in the order they are written. Add a format's writer here. */
public final class ReportWriters {

    /** The word that selects every format. */
    public static final String ALL = "all";

    private static final List<ReportWriter> WRITERS = List.of(
            new JsonReportWriter(),
            new MarkdownReportWriter(),
            new HtmlReportWriter(),
            new SarifReportWriter(),
            new CycloneDxWriter(),
            new SpdxWriter(),
            new HuggingFaceWriter());

    private ReportWriters() {
    }

    /** Every writer, in registry order. */
    public static List<ReportWriter> all() {
        return WRITERS;
    }

    /** The ids of every format, in registry order. */
    public static List<String> ids() {
        return WRITERS.stream().map(ReportWriter::id).toList();
    }

    /** The writer of format {@code id}, if there is one. */
    public static Optional<ReportWriter> byId(String id) {
        return WRITERS.stream().filter(w -> w.id().equals(id)).findFirst();
    }

    /**
     * The writers of the formats {@code requested} (ids, or {@code all}; surrounding blanks and case
     * ignored), each once, in registry order.
     *
     * @throws UnknownFormatException for the first entry that names no format, or is empty
     */
    public static List<ReportWriter> select(Collection<String> requested) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String entry : requested) {
            String id = entry == null ? "" : entry.strip().toLowerCase(Locale.ROOT);
            if (id.equals(ALL)) {
                wanted.addAll(ids());
            } else if (byId(id).isPresent()) {
                wanted.add(id);
            } else {
                List<String> known = new ArrayList<>(ids());
                known.add(ALL);
                throw new UnknownFormatException(entry == null ? "" : entry, known);
            }
        }
        return WRITERS.stream().filter(w -> wanted.contains(w.id())).toList();
    }
}
