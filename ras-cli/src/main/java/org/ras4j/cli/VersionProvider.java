package org.ras4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.stream.Collectors;
import org.ras4j.RasBackends;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code ras4j --version}: the project version, the Java runtime and operating system, and the
 * backends {@link java.util.ServiceLoader} finds, each marked with whether it works here.
 */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String providers = RasBackends.providers().stream()
                .map(p -> p.name() + (p.isSupported() ? "" : " (not on this OS)"))
                .collect(Collectors.joining(", "));
        String backends = (providers.isEmpty() ? "" : providers + ", ") + BackendOptions.SIM + " (built in)";
        return new String[] {
            "ras4j " + projectVersion(),
            "Java " + System.getProperty("java.version") + " on " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch"),
            "Backends: " + backends,
        };
    }

    /** The Maven project version, written into {@code version.properties} at build time. */
    static String projectVersion() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "(unknown version)";
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "(unknown version)");
    }
}
