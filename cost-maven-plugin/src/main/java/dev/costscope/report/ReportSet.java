package dev.costscope.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files one goal writes in one run, put in place together so that the folder never holds files
 * of two runs side by side: every file is first written to a temporary file; only when all are
 * written are the set's earlier files (every name the goal may write, chosen this time or not)
 * removed and the new ones moved in. A failure or a kill before that leaves the earlier set as it
 * was; a kill during it leaves part of the new set and nothing of the old. A set of one file is
 * replaced in one atomic move. Close it to remove temporary files of a set that was not committed.
 */
public final class ReportSet implements AutoCloseable {

    private final Path dir;
    private final List<String> members;
    private final Map<String, Path> written = new LinkedHashMap<>();
    private final List<String> committed = new ArrayList<>();

    /**
     * A set in {@code dir} whose files may be named {@code members}: the names of every file the
     * goal may write, so that a file of an earlier run with other formats does not stay behind.
     */
    public ReportSet(Path dir, List<String> members) {
        this.dir = dir.toAbsolutePath();
        this.members = List.copyOf(members);
    }

    /** Writes {@code content} for the file {@code name}, one of the members, to a temporary file. */
    public void add(String name, String content) throws IOException {
        add(name, out -> out.write(content));
    }

    /**
     * Writes what {@code content} writes for the file {@code name}, one of the members, to a temporary
     * file, and returns that file, to be checked before the set is committed.
     */
    public Path add(String name, ReportFiles.Content content) throws IOException {
        if (!members.contains(name)) {
            throw new IllegalArgumentException(name + " is not one of " + members);
        }
        Path temp = ReportFiles.writeTemporary(dir, name, content);
        Path earlier = written.put(name, temp);
        if (earlier != null) {
            Files.deleteIfExists(earlier);
        }
        return temp;
    }

    /** Removes the earlier set and stale temporary files, and moves the new files in. */
    public void commit() throws IOException {
        for (String member : members) {
            ReportFiles.removeStale(dir, member);
        }
        for (String member : members) {
            if (members.size() > 1 || !written.containsKey(member)) {
                Files.deleteIfExists(dir.resolve(member));
            }
        }
        for (Map.Entry<String, Path> file : written.entrySet()) {
            ReportFiles.moveOver(file.getValue(), dir.resolve(file.getKey()));
            committed.add(file.getKey());
        }
        committed.forEach(written::remove);
    }

    /** The names of the files put in place, in the order they were added. */
    public List<String> committed() {
        return List.copyOf(committed);
    }

    /** The file {@code name} of this set. */
    public Path file(String name) {
        return dir.resolve(name);
    }

    @Override
    public void close() throws IOException {
        for (Path temp : written.values()) {
            Files.deleteIfExists(temp);
        }
        written.clear();
    }
}
