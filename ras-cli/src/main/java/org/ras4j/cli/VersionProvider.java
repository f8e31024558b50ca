package org.ras4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.ras4j.RasBackends;
import org.ras4j.spi.RasBackendProvider;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code ras4j --version}: the project version, the Java runtime and operating system, and the
 * backends {@link java.util.ServiceLoader} finds, each named once and marked with whether it works
 * here or is a simulator (the simulator is built into the command, so it is always there).
 */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        Map<String, String> found = new LinkedHashMap<>();
        for (RasBackendProvider p : RasBackends.providers()) {
            found.putIfAbsent(p.name(), p.name() + (!p.isSupported() ? " (not supported on "
                    + System.getProperty("os.name") + ")" : p.isSimulator() ? " (simulator)" : ""));
        }
        found.putIfAbsent(BackendOptions.SIM, BackendOptions.SIM + " (simulator)");
        String backends = String.join(", ", found.values());
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
