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
        if (text == null || text.isBlank()) {
            throw new MojoExecutionException(name(parameter, property) + " is empty; write a ratio such as 5% or 0.05");
        }
        if (text.length() > 40) {
            throw new MojoExecutionException(name(parameter, property) + " '" + text.substring(0, 40) + "...' is not a"
                    + " ratio such as 5% or 0.05");
        }
        BigDecimal value;
        try {
            value = Numbers.parseRatio(text);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(name(parameter, property) + ": " + e.getMessage());
        }
        if (value.compareTo(max) > 0) {
            throw new MojoExecutionException(name(parameter, property) + " '" + text.strip() + "' is out of range;"
                    + " use a ratio from 0% to " + Numbers.plain(max.movePointRight(2)) + "%");
        }
        return value;
    }

    /** {@code costscope: <parameter> (property)}, how every message begins. */
    static String name(String parameter, String property) {
        return "costscope: <" + parameter + "> (" + property + ")";
    }
}
