package org.ras4j;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.RasBackendProvider;

/**
 * Finds {@link RasBackend}s through {@link ServiceLoader}: every module or jar that provides a
 * {@link RasBackendProvider} ({@code ras-native-jna} on Windows, {@code ras-sim} anywhere).
 *
 * <p>{@link #best()}, behind {@link RasClient#create()}, never answers from a simulator without
 * saying so:
 * <ol>
 *   <li>The system property {@value #BACKEND_PROPERTY} ({@code sim}, {@code native} or any
 *       provider's {@link RasBackendProvider#name() name}) picks that provider, whatever the
 *       platform; it must exist and be supported here.</li>
 *   <li>Otherwise the supported provider of the highest priority that is not a
 *       {@linkplain RasBackendProvider#isSimulator() simulator} (on Windows {@code native}). Its
 *       failure to load is an exception naming the cause: never a fallback to another backend.</li>
 *   <li>Only off Windows, and only where no such provider is supported, a simulator, after a
 *       {@link System.Logger.Level#WARNING WARNING} (once per JVM, on the {@link System.Logger}
 *       named after this class) that names it and says its connections are not real.</li>
 * </ol>
 */
public final class RasBackends {
    /** The system property that names the backend {@link #best()} takes: {@code sim}, {@code native}, or a provider's name. */
    public static final String BACKEND_PROPERTY = "ras4j.backend";

    private static final System.Logger LOG = System.getLogger(RasBackends.class.getName());
    private static final AtomicBoolean SIMULATOR_WARNED = new AtomicBoolean();

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
     * The backend {@link RasClient#create()} uses, chosen as the class comment says: the one
     * {@value #BACKEND_PROPERTY} names, else the best supported real backend, else (off Windows
     * only) a simulator, with a warning.
     *
     * @return the backend
     * @throws IllegalStateException if {@value #BACKEND_PROPERTY} names no provider or one not
     *                               supported here; if the chosen provider fails to create its
     *                               backend (the cause attached and named); on Windows, if no real
     *                               backend is supported; elsewhere, if no backend is at all
     */
    public static RasBackend best() {
        String os = System.getProperty("os.name", "");
        return choose(providers(), System.getProperty(BACKEND_PROPERTY), os, os.startsWith("Windows"), LOG,
                SIMULATOR_WARNED);
    }

    /**
     * {@link #best()} with its inputs given.
     *
     * @param providers highest priority first
     * @param named     the value of {@value #BACKEND_PROPERTY}, or {@code null}
     * @param os        the operating system's name, for messages
     * @param windows   whether this is Windows
     * @param log       where the warning about a simulator goes
     * @param warned    set once the warning was given, so that it is given once
     */
    static RasBackend choose(List<RasBackendProvider> providers, String named, String os, boolean windows,
                             System.Logger log, AtomicBoolean warned) {
        if (named != null && !named.isBlank()) {
            RasBackendProvider provider = providers.stream()
                    .filter(p -> p.name().equals(named.strip()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("-D" + BACKEND_PROPERTY + "=" + named
                            + " names no RAS backend; found " + names(providers)));
            if (!provider.isSupported()) {
                throw new IllegalStateException("the RAS backend '" + provider.name() + "' that -D" + BACKEND_PROPERTY
                        + " names is not supported on " + os);
            }
            return create(provider);
        }
        Optional<RasBackendProvider> real = providers.stream()
                .filter(p -> !p.isSimulator() && p.isSupported())
                .findFirst();
        if (real.isPresent()) {
            return create(real.get());
        }
        if (windows) {
            throw new IllegalStateException("no native RAS backend on " + os + ": put ras-native-jna on the class path"
                    + " (found " + names(providers) + "; a simulator is used on Windows only when -D"
                    + BACKEND_PROPERTY + " names it)");
        }
        RasBackendProvider simulator = providers.stream()
                .filter(p -> p.isSimulator() && p.isSupported())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no RAS backend on " + os + ": add ras-native-jna"
                        + " (Windows) or ras-sim to the class path, or use RasClient.using(backend)"));
        RasBackend backend = create(simulator);
        if (warned.compareAndSet(false, true)) {
            log.log(System.Logger.Level.WARNING, "RasClient.create(): no native RAS on " + os + "; using the"
                    + " simulator '" + simulator.name() + "' (" + simulator.getClass().getName() + "), whose"
                    + " connections are simulated, not real. -D" + BACKEND_PROPERTY + "=" + simulator.name()
                    + " chooses it without this warning.");
        }
        return backend;
    }

    /** The provider's backend, or an exception that names the provider and the cause. */
    private static RasBackend create(RasBackendProvider provider) {
        try {
            return Objects.requireNonNull(provider.create(), "the provider created no backend");
        } catch (RuntimeException | LinkageError failure) {
            throw new IllegalStateException("the RAS backend '" + provider.name() + "' (" + provider.getClass().getName()
                    + ") cannot be created: " + failure.getMessage(), failure);
        }
    }

    private static List<String> names(List<RasBackendProvider> providers) {
        return providers.stream().map(RasBackendProvider::name).toList();
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
