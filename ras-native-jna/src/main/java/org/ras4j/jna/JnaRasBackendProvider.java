package org.ras4j.jna;

import com.sun.jna.Platform;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.RasBackendProvider;

/**
 * Offers {@link JnaRasBackend} to {@link java.util.ServiceLoader} under the name {@code native},
 * with priority 100, so that {@code RasClient.create()} picks it on Windows.
 *
 * <p>Supported on Windows, where {@code rasapi32.dll} is part of the system, and anywhere the system
 * property {@value Rasapi32Library#LIBRARY_PROPERTY} names a library to load instead. Registered
 * in {@code module-info} ({@code provides}) and in {@code META-INF/services} for the class path.
 */
public final class JnaRasBackendProvider implements RasBackendProvider {
    /** The provider's name. */
    public static final String NAME = "native";
    /** The provider's priority: above the simulator's. */
    public static final int PRIORITY = 100;

    /** The provider {@link java.util.ServiceLoader} instantiates. */
    public JnaRasBackendProvider() {
    }

    /** {@value #NAME}. */
    @Override
    public String name() {
        return NAME;
    }

    /** Whether this is Windows or {@value Rasapi32Library#LIBRARY_PROPERTY} is set. */
    @Override
    public boolean isSupported() {
        String override = System.getProperty(Rasapi32Library.LIBRARY_PROPERTY);
        return Platform.isWindows() || (override != null && !override.isBlank());
    }

    /** {@value #PRIORITY}. */
    @Override
    public int priority() {
        return PRIORITY;
    }

    /**
     * {@link JnaRasBackend#load()}.
     *
     * @throws IllegalStateException if the library cannot be found or loaded; the message names the path
     */
    @Override
    public RasBackend create() {
        return JnaRasBackend.load();
    }
}
