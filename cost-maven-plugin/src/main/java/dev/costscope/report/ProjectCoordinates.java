package dev.costscope.report;

import java.util.Objects;

/**
 * The project a report is about, as a repository names it.
 *
 * @param groupId    e.g. {@code com.acme}
 * @param artifactId e.g. {@code models}
 * @param version    e.g. {@code 1.0.0}
 */
public record ProjectCoordinates(String groupId, String artifactId, String version) {

    public ProjectCoordinates {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
    }
}
