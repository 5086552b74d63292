package dev.costscope.maven;

/**
 * Keeps the JSON schema validator's notes about schema keywords it does not know out of the user's build
 * log. cyclonedx-core-java validates a BOM with networknt's validator, which warns once per JVM about each
 * annotation keyword of the CycloneDX schema it has no handler for ({@code meta:enum}, {@code deprecated}):
 * a {@code [WARNING]} the user can do nothing about, though the BOM is valid. Maven logs through its
 * SLF4J simple logger, which reads a logger's level from system properties when the logger is created;
 * this sets that one logger's level to {@code error} before it is, unless the user has chosen a level.
 */
final class SchemaValidatorLog {

    /** The simple logger's level property of the validator's unknown-keyword logger. */
    static final String LEVEL_PROPERTY = "org.slf4j.simpleLogger.log.com.networknt.schema.UnknownKeywordFactory";

    private SchemaValidatorLog() {
    }

    /** Quiets the unknown-keyword warnings, unless a level is set already. */
    static void quietUnknownKeywords() {
        if (System.getProperty(LEVEL_PROPERTY) == null) {
            System.setProperty(LEVEL_PROPERTY, "error");
        }
    }
}
