package org.ras4j.conformance;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.tck.RasBackendContract;
import org.ras4j.tck.TckFixture;

/**
 * The whole {@link RasBackendContract} against a fresh {@link SimulatedRas} of one profile, driven
 * by a {@link SimFixture}; the backend under test may be a wrapper around the simulator (the
 * deliberately broken backends of {@link BrokenBackendsTest}).
 */
abstract class SimulatedRasContract extends RasBackendContract {
    private final WindowsProfile profile;
    private final java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong();
    private final SimulatedRas sim;
    private final RasBackend backend;

    SimulatedRasContract(WindowsProfile profile) {
        this(profile, UnaryOperator.identity());
    }

    SimulatedRasContract(WindowsProfile profile, UnaryOperator<RasBackend> wrapper) {
        this.profile = profile;
        this.sim = SimFixture.simulator(profile, clock);
        this.backend = wrapper.apply(sim);
    }

    @Override
    protected RasBackend backend() {
        return backend;
    }

    @Override
    protected WindowsProfile profile() {
        return profile;
    }

    @Override
    protected Optional<TckFixture> fixture() {
        return Optional.of(SimFixture.of(sim, clock));
    }
}
