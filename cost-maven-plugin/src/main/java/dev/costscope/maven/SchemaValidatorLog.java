package dev.costscope.maven;

import java.util.List;

/**
 * Keeps the JSON schema validator's notes about schema keywords it does not know out of the user's build
 * log. cyclonedx-core-java validates a BOM with networknt's validator, which warns once per JVM about each
 * annotation keyword of the CycloneDX schema it has no handler for ({@code meta:enum}, {@code deprecated}):
 * a {@code [WARNING]} the user can do nothing about, though the BOM is valid. Maven logs through a simple
 * SLF4J logger that reads a logger's level from system properties when the logger is created (Maven 3:
 * {@code org.slf4j.simpleLogger.log.<name>}; Maven 4: {@code maven.logger.log.<name>}, which it reads
 * first); this sets that one logger's level to {@code error} before it is created, unless the user has
 * chosen a level for it.
 */
final class SchemaValidatorLog {

    /** The validator's unknown-keyword logger. */
    static final String LOGGER = "com.networknt.schema.UnknownKeywordFactory";

    /** Its level property in Maven 4, then in Maven 3. */
    static final List<String> LEVEL_PROPERTIES = List.of("maven.logger.log." + LOGGER, "org.slf4j.simpleLogger.log." + LOGGER);

    private SchemaValidatorLog() {
    }

    /** Quiets the unknown-keyword warnings, unless a level is set already. */
    static void quietUnknownKeywords() {
        if (LEVEL_PROPERTIES.stream().allMatch(p -> System.getProperty(p) == null)) {
            LEVEL_PROPERTIES.forEach(p -> System.setProperty(p, "error"));
        }
    }
}
