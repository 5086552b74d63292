package dev.costscope.model;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Finds a policy file the way checkstyle finds its {@code configLocation}: a file (relative to the
 * project's directory, or absolute), else a URL, else a resource on the given class loader, such as a
 * company's policy jar added as a dependency of the plugin ({@code classpath:} may prefix it). The
 * origin it reports is stable across machines: the path relative to the project, the URL, or the
 * resource with the name of the jar it came from.
 */
public final class ScopePolicyLocator {

    /** The prefix that asks for a classpath resource explicitly. */
    public static final String CLASSPATH = "classpath:";

    private static final int MAX_BYTES = 1 << 20;

    private ScopePolicyLocator() {
    }

    /**
     * Reads the policy at {@code location}.
     *
     * @param location a path, a URL or a classpath resource
     * @param basedir  the directory relative paths start from
     * @param loader   where classpath resources are looked up
     * @throws InvalidPolicyException when nothing is found there, it cannot be read, or it is not a valid policy
     */
    public static ScopePolicy load(String location, Path basedir, ClassLoader loader) throws InvalidPolicyException {
        String where = location.strip();
        if (where.isEmpty()) {
            throw new InvalidPolicyException(location, 0, "the location is empty; give a file, a URL or a classpath resource");
        }
        if (!where.startsWith(CLASSPATH)) {
            Path file = file(where, basedir);
            if (file != null && Files.isRegularFile(file)) {
                String origin = file.startsWith(basedir) ? basedir.relativize(file).toString().replace('\\', '/')
                        : file.toString();
                return read(origin, () -> Files.newInputStream(file));
            }
            URL url = url(where);
            if (url != null) {
                return read(where, url::openStream);
            }
        }
        String resource = where.startsWith(CLASSPATH) ? where.substring(CLASSPATH.length()) : where;
        resource = resource.startsWith("/") ? resource.substring(1) : resource;
        URL found = loader.getResource(resource);
        if (found == null) {
            throw new InvalidPolicyException(where, 0, "no such file (looked in " + basedir + "), URL or resource on"
                    + " the plugin's classpath (add the policy's jar as a <dependency> of the plugin)");
        }
        return read(CLASSPATH + resource + jarOf(found), found::openStream);
    }

    private static Path file(String location, Path basedir) {
        try {
            return basedir.resolve(location).normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static URL url(String location) {
        int colon = location.indexOf(':');
        if (colon < 2) {
            return null;
        }
        try {
            return URI.create(location).toURL();
        } catch (IllegalArgumentException | MalformedURLException e) {
            return null;
        }
    }

    /** {@code " in name.jar"} for a resource inside a jar, else nothing. */
    private static String jarOf(URL resource) {
        String text = resource.toString();
        int bang = text.indexOf("!/");
        if (!text.startsWith("jar:") || bang < 0) {
            return "";
        }
        String jar = text.substring(0, bang);
        return " in " + jar.substring(jar.lastIndexOf('/') + 1);
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    private static ScopePolicy read(String origin, Opener opener) throws InvalidPolicyException {
        byte[] bytes;
        try (InputStream in = opener.open()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new InvalidPolicyException(origin, 0, "it cannot be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + ")");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidPolicyException(origin, 0, "it is larger than 1 MiB, which no policy needs");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return ScopePolicyReader.read(text.startsWith("\uFEFF") ? text.substring(1) : text, origin);
        } catch (CharacterCodingException e) {
            throw new InvalidPolicyException(origin, 0, "it is not UTF-8 text");
        }
    }
}
