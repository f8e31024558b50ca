package org.ras4j.jna;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.ras4j.RasClient;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.conformance.SimFixture;

import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.tck.RasClientContract;
import org.ras4j.tck.TckFixture;

/**
 * {@link RasClientContract}: {@link RasClient} over {@link JnaRasBackend} over the C stand-in over
 * a Windows 10 x64 {@link SimulatedRas}. The client's pooled direct buffers reach the DLL side
 * without a copy, so this is the path a Windows user runs, short of the real DLL.
 */
class JnaStandInClientConformanceTest extends RasClientContract {
    private final SimulatedRas sim = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
    private RasBackend backend;

    @Override
    protected RasBackend backend() {
        if (backend == null) {
            backend = StandIn.serving(sim);
        }
        return backend;
    }

    @Override
    protected WindowsProfile profile() {
        return sim.profile();
    }

    @Override
    protected Optional<TckFixture> fixture() {
        return Optional.of(SimFixture.of(sim));
    }

    @AfterEach
    void theSimulatorNeverThrewInsideTheStandIn() {
        assertNull(StandIn.failure(), "the simulator threw inside the stand-in callback");
    }
}
