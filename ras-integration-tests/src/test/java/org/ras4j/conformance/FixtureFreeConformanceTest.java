package org.ras4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Group;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.tck.RasBackendContract;

/**
 * The kit as a real Windows box runs it: no fixture, whatever connections exist. With none (a
 * machine without RAS entries) and with a few, every fixture-free requirement runs and passes, and
 * every skipped one says what it needs.
 */
class FixtureFreeConformanceTest {

    /** The contract over a simulator holding {@code n} connections it cannot change. */
    abstract static class Undriven extends RasBackendContract {
        private final SimulatedRas sim = SimulatedRas.builder(WindowsProfile.windows10x64()).build();

        Undriven(int n) {
            for (int i = 0; i < n; i++) {
                sim.connect(Subject.standingConnection(i));
            }
        }

        @Override
        protected RasBackend backend() {
            return sim;
        }

        @Override
        protected WindowsProfile profile() {
            return sim.profile();
        }
    }

    @Nested @Group class NoConnections extends Undriven { NoConnections() { super(0); } }
    @Nested @Group class ThreeConnections extends Undriven { ThreeConnections() { super(3); } }

    static final class Empty extends Undriven {
        Empty() {
            super(0);
        }
    }

    @Test
    @DisplayName("without a fixture every skipped requirement names the fixture feature or trait it needs")
    void skipsSayWhy() {
        ContractRun run = ContractRun.of(Empty.class);
        assertTrue(run.skipped().size() > 10, "requirements that need a fixture are skipped: " + run.skipped());
        for (String reason : run.skipped()) {
            assertTrue(reason.contains("needs") || reason.startsWith("not applicable"), reason);
        }
        assertEquals(List.of(), run.failed());
    }
}
