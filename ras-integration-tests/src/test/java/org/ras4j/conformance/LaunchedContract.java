package org.ras4j.conformance;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.tck.RasBackendContract;
import org.ras4j.tck.TckFixture;

/**
 * {@link RasBackendContract} over the {@link Subject} of the Launcher run in progress
 * ({@link #running}). Not a test class of the build's own run: it has no subject there, so surefire
 * never selects it (its name ends in neither Test nor Tests).
 */
final class LaunchedContract extends RasBackendContract {
    /** The simulator signals before a change returns: a missing signal shows at once. */
    static final Duration SIGNAL_WAIT = Duration.ofMillis(200);
    private static final Object RUNNING = new Object();
    private static volatile Subject current;

    private final Subject.Instance instance = current().instantiate();

    /** The subject of the run in progress; fails outside {@link #running}. */
    static Subject current() {
        return Objects.requireNonNull(current, "LaunchedContract runs only within ContractRun.of(Subject)");
    }

    /** Runs {@code run} (a Launcher run of the contract classes) with {@code subject} as theirs, one run at a time. */
    static <T> T running(Subject subject, Supplier<T> run) {
        synchronized (RUNNING) {
            current = subject;
            try {
                return run.get();
            } finally {
                current = null;
            }
        }
    }

    @Override
    protected RasBackend backend() {
        return instance.backend();
    }

    @Override
    protected WindowsProfile profile() {
        return current().declared();
    }

    @Override
    protected Optional<TckFixture> fixture() {
        return instance.fixture();
    }

    @Override
    protected Duration signalWait() {
        return SIGNAL_WAIT;
    }
}
