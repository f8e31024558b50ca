package org.ras4j.conformance;

import java.util.Optional;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.tck.RasClientContract;
import org.ras4j.tck.TckFixture;

/** {@link RasClientContract} over the {@link Subject} of the Launcher run in progress, as {@link LaunchedContract}. */
final class LaunchedClientContract extends RasClientContract {
    private final Subject.Instance instance = LaunchedContract.current().instantiate();

    @Override
    protected RasBackend backend() {
        return instance.backend();
    }

    @Override
    protected WindowsProfile profile() {
        return LaunchedContract.current().declared();
    }

    @Override
    protected java.time.Duration signalWait() {
        return LaunchedContract.SIGNAL_WAIT;
    }

    @Override
    protected Optional<TckFixture> fixture() {
        return instance.fixture();
    }
}
