package dev.costscope.maven;

import dev.costscope.extract.Globs;
import dev.costscope.model.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Reads the goals' parameters as the user wrote them in the pom or with {@code -Dcost.*}, and words
 * every bad value in those terms: the parameter, its user property, and what is allowed.
 */
final class PomParameters {

    private PomParameters() {
    }

    /**
     * The entries of a list parameter, stripped; {@code null} (left out) is the empty list. An empty
     * entry, as a doubled or trailing comma gives, is an error.
     */
    static List<String> list(String parameter, String property, List<String> values, String example)
            throws MojoExecutionException {
        if (values == null) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                throw new MojoExecutionException(name(parameter, property) + " has an empty entry (a doubled or"
                        + " trailing comma?); write entries separated by single commas, such as " + example);
            }
            entries.add(value.strip());
        }
        return entries;
    }

    /** A list of glob patterns, each one checked. */
    static List<String> globs(String parameter, String property, List<String> values) throws MojoExecutionException {
        splitGroup(parameter, property, values);
        List<String> globs = list(parameter, property, values, "**/*.java,**/generated/**");
        for (String glob : globs) {
            Optional<String> problem = Globs.problem(glob);
            if (problem.isPresent()) {
                throw new MojoExecutionException(name(parameter, property) + " has '" + glob + "', which is not a glob"
                        + " pattern (" + problem.get() + "); use * for any name, ** for any folders, ? for one"
                        + " character, [abc] or [a-z] for one of a set, {a,b} for either, such as **/*.java");
            }
        }
        return globs;
    }

    /**
     * Rejects a {@code {a,b}} group that arrived in pieces: Maven splits a list property at every comma,
     * those inside braces too, so {@code -Dcost.excludes={a,b}} arrives as {@code {a} and {@code b}},
     * and {@code {a,} as {@code {a} and an empty entry. An entry that opens more braces than it closes,
     * followed by more entries, is such a piece.
     */
    private static void splitGroup(String parameter, String property, List<String> values)
            throws MojoExecutionException {
        if (values == null) {
            return;
        }
        for (int i = 0; i + 1 < values.size(); i++) {
            int open = openBraces(values.get(i));
            if (open > 0) {
                List<String> pieces = new ArrayList<>(List.of(entry(values.get(i))));
                for (int j = i + 1; open > 0 && j < values.size(); j++) {
                    pieces.add(entry(values.get(j)));
                    open += openBraces(values.get(j));
                }
                String whole = String.join(",", pieces);
                String example = open == 0 ? whole : "**/{generated,target}/**";
                String element = parameter.endsWith("s") ? parameter.substring(0, parameter.length() - 1) : parameter;
                throw new MojoExecutionException(name(parameter, property) + " has '" + shortened(pieces.get(0))
                        + "', a {...} group that is not closed: Maven splits a list property at every comma, inside"
                        + " braces too, so '" + shortened(whole) + "' arrived as " + pieces(pieces) + "; write each"
                        + " alternative as an entry of its own (a,b for {a,b}), or write the pattern in the pom, where"
                        + " commas do not split it: <" + parameter + "><" + element + ">" + shortened(example) + "</"
                        + element + "></" + parameter + ">");
            }
        }
    }

    /** How many more braces {@code value} opens than it closes (a brace after a backslash is a character). */
    private static int openBraces(String value) {
        int open = 0;
        String text = entry(value);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                open++;
            } else if (c == '}') {
                open--;
            }
        }
        return open;
    }

    private static String entry(String value) {
        return value == null ? "" : value;
    }

    /** {@code '{a' and 'b}'}, {@code '{a' and an empty entry}, {@code 'x', 'y' and 'z'}. */
    private static String pieces(List<String> pieces) {
        List<String> shown = pieces.stream().map(p -> p.isBlank() ? "an empty entry" : "'" + shortened(p) + "'").toList();
        return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
    }

    /** A ratio written {@code 5%} or {@code 0.05}, from 0 to {@code max} (a ratio too). */
    static BigDecimal ratio(String parameter, String property, String text, BigDecimal max)
            throws MojoExecutionException {
        String range = "a ratio from 0% to " + Numbers.plain(max.movePointRight(2)) + "%";
        if (text == null || text.isBlank()) {
            throw new MojoExecutionException(name(parameter, property) + " is empty; write " + range + ", such as 5% or"
                    + " 0.05");
        }
        if (text.length() > 40) {
            throw new MojoExecutionException(name(parameter, property) + " '" + shortened(text) + "' is not a ratio;"
                    + " use " + range.replace("a ratio", "one") + ", such as 5% or 0.05");
        }
        BigDecimal value;
        try {
            value = Numbers.parseRatio(text);
        } catch (Numbers.InvalidRatio e) {
            String use = switch (e.reason()) {
                case NOT_A_NUMBER -> range.replace("a ratio", "one");
                case NEGATIVE -> range;
                case TOO_FINE -> "0 or " + range + " with at most " + Numbers.RATIO_DECIMALS + " decimals";
            };
            throw new MojoExecutionException(name(parameter, property) + ": " + e.getMessage() + "; use " + use
                    + ", such as 5% or 0.05");
        }
        if (value.compareTo(max) > 0) {
            throw new MojoExecutionException(name(parameter, property) + " '" + text.strip() + "' is out of range;"
                    + " use " + range);
        }
        return value;
    }

    /**
     * A switch, {@code true} or {@code false} in any case; Maven itself would read any other word as
     * false, so that {@code -Dcost.failOnViolation=no} happened to work and {@code -Dcost.skip=yes} did nothing.
     */
    static boolean flag(String parameter, String property, String text) throws MojoExecutionException {
        String value = text == null ? "" : text.strip();
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new MojoExecutionException(name(parameter, property) + (value.isEmpty() ? " is empty" : " is '"
                + shortened(value) + "'") + "; use true or false");
    }

    /** A whole number from 0 up, written in decimal digits; {@code null} or blank is an error too. */
    static int count(String parameter, String property, String text) throws MojoExecutionException {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new MojoExecutionException(name(parameter, property) + " is empty; write a whole number of 0 or more,"
                    + " such as 0 or 10");
        }
        if (value.startsWith("-") && value.length() > 1 && value.substring(1).chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new MojoExecutionException(name(parameter, property) + " is " + value + "; use 0 or more");
        }
        if (value.length() > 10 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new MojoExecutionException(name(parameter, property) + " '" + shortened(value) + "' is not a whole"
                    + " number of 0 or more, such as 0 or 10");
        }
        long number = Long.parseLong(value);
        if (number > Integer.MAX_VALUE) {
            throw new MojoExecutionException(name(parameter, property) + " '" + value + "' is out of range; use 0 to "
                    + Integer.MAX_VALUE);
        }
        return (int) number;
    }

    /** The first 40 characters of a value, for a message. */
    private static String shortened(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }

    /** {@code costscope: <parameter> (property)}, how every message begins. */
    static String name(String parameter, String property) {
        return "costscope: " + setting(parameter, property);
    }

    /** {@code <parameter> (property)}: a parameter as the pom and the command line name it. */
    static String setting(String parameter, String property) {
        return "<" + parameter + "> (" + property + ")";
    }
}
