package org.ras4j.spi;

/**
 * A {@link java.util.ServiceLoader} service that offers a {@link RasBackend}.
 * {@code RasClient.create()} takes the supported provider with the highest priority that is not a
 * {@linkplain #isSimulator() simulator}, or the one the system property {@code ras4j.backend} names
 * (see {@code RasBackends}).
 */
public interface RasBackendProvider {

    /** {@return a short name for the backend, e.g. {@code native} or {@code sim}} */
    String name();

    /** {@return whether the backend can work here (e.g. the native one only on Windows)} */
    boolean isSupported();

    /** {@return the priority: higher wins among supported providers; the native backend uses 100} */
    int priority();

    /**
     * Whether the backend answers from a simulation rather than from the system's RAS. Such a
     * provider is chosen by {@code RasClient.create()} only off Windows, where no real backend is
     * supported, and with a warning; or when the system property {@code ras4j.backend} names it.
     * The default is {@code false}.
     *
     * @return whether the backend is a simulation
     */
    default boolean isSimulator() {
        return false;
    }

    /**
     * A backend ready to use.
     *
     * @return a new backend
     * @throws IllegalStateException if the backend cannot be created after all
     */
    RasBackend create();
}
