package org.ras4j.jna;

import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import net.jqwik.api.Group;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.conformance.SimFixture;

import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.tck.RasBackendContract;
import org.ras4j.tck.TckFixture;

/**
 * The whole TCK ({@link RasBackendContract}: JUnit tests and jqwik properties) against
 * {@link JnaRasBackend} loaded from the C stand-in of {@code rasapi32}, which forwards every call,
 * with the raw memory JNA passed, to a {@link SimulatedRas}; the simulator's fixture drives the
 * state. So every byte a requirement checks has crossed JNA twice. One nested class per 64-bit
 * Windows profile (the stand-in has this JVM's pointer size): XP (NULL buffer rejected with 632,
 * {@code A} checking pointers first, RASCONN up to V501), 7 (the NULL size query, V600, the
 * Windows 7 RASCONNSTATUS) and 11. ras-sim runs the kit directly against every profile.
 */
@AddLifecycleHook(value = StandInRequired.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class JnaStandInConformanceTest {

    /** The contract through JNA and the stand-in, over a fresh simulator of {@code profile}. */
    abstract static class ThroughStandIn extends RasBackendContract {
        private final WindowsProfile profile;
        private final java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong();
        private final SimulatedRas sim;
        private RasBackend backend;

        ThroughStandIn(WindowsProfile profile) {
            this.profile = profile;
            this.sim = SimFixture.simulator(profile, clock);
        }

        @Override
        protected RasBackend backend() {
            if (backend == null) {
                backend = StandIn.serving(sim);
            }
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

        @AfterEach
        void theSimulatorNeverThrewInsideTheStandIn() {
            assertNull(StandIn.failure(), "the simulator threw inside the stand-in callback");
        }
    }

    @Nested @Group class WindowsXpX64 extends ThroughStandIn { WindowsXpX64() { super(WindowsProfile.windowsXpx64()); } }
    @Nested @Group class Windows7X64 extends ThroughStandIn { Windows7X64() { super(WindowsProfile.windows7x64()); } }
    @Nested @Group class Windows11X64 extends ThroughStandIn { Windows11X64() { super(WindowsProfile.windows11x64()); } }
}
