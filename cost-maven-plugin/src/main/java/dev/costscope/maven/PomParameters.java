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
        return "costscope: <" + parameter + "> (" + property + ")";
    }
}
