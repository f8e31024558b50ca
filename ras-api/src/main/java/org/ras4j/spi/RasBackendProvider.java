package org.ras4j.spi;

/**
 * A {@link java.util.ServiceLoader} service that offers a {@link RasBackend}.
 * {@code RasClient.create()} takes the supported provider with the highest priority.
 */
public interface RasBackendProvider {

    /** {@return a short name for the backend, e.g. {@code native} or {@code sim}} */
    String name();

    /** {@return whether the backend can work here (e.g. the native one only on Windows)} */
    boolean isSupported();

    /** {@return the priority: higher wins among supported providers; the native backend uses 100} */
    int priority();

    /**
     * A backend ready to use.
     *
     * @return a new backend
     * @throws IllegalStateException if the backend cannot be created after all
     */
    RasBackend create();
}
