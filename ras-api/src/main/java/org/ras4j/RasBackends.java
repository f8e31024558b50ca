package org.ras4j;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.RasBackendProvider;

/**
 * Finds {@link RasBackend}s through {@link ServiceLoader}: every module or jar that provides a
 * {@link RasBackendProvider} ({@code ras-native-jna} on Windows, {@code ras-sim} anywhere).
 */
public final class RasBackends {
    private RasBackends() {
    }

    /** {@return every provider found, supported here or not, highest priority first} */
    public static List<RasBackendProvider> providers() {
        List<RasBackendProvider> providers = new ArrayList<>();
        ServiceLoader.load(RasBackendProvider.class).forEach(providers::add);
        providers.sort(Comparator.comparingInt(RasBackendProvider::priority).reversed());
        return List.copyOf(providers);
    }

    /**
     * {@return a backend from the supported provider with the highest priority}
     *
     * @throws IllegalStateException if no provider is supported on this platform
     */
    public static RasBackend best() {
        return providers().stream()
                .filter(RasBackendProvider::isSupported)
                .findFirst()
                .map(RasBackendProvider::create)
                .orElseThrow(() -> new IllegalStateException("no RAS backend on " + System.getProperty("os.name")
                        + ": add ras-native-jna (Windows) or ras-sim to the class path, or use RasClient.using(backend)"));
    }

    /**
     * {@return a backend from the provider with this name}
     *
     * @param name the provider's {@link RasBackendProvider#name() name}, e.g. {@code native}, {@code sim}
     * @throws IllegalStateException if no provider has the name or it is not supported here
     */
    public static RasBackend named(String name) {
        Objects.requireNonNull(name, "name");
        RasBackendProvider provider = providers().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no RAS backend named '" + name + "'; found "
                        + providers().stream().map(RasBackendProvider::name).toList()));
        if (!provider.isSupported()) {
            throw new IllegalStateException("the RAS backend '" + name + "' is not supported on "
                    + System.getProperty("os.name"));
        }
        return provider.create();
    }
}
