package org.ras4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.spi.WindowsProfile;

/**
 * The kit is not toothless: the contract, run with the JUnit Platform Launcher against
 * deliberately broken wrappers of the simulator ({@link BrokenBackends}), fails each of them on the
 * requirement that names the mistake. The broken contract classes are static nested classes, so
 * the build's own test run (which skips nested classes) never runs them directly.
 */
class BrokenBackendsTest {
    private static final WindowsProfile X64 = WindowsProfile.windowsXpx64();

    static final class Unbroken extends SimulatedRasContract {
        Unbroken() {
            super(X64);
        }
    }

    static final class ReportsWrittenCount extends SimulatedRasContract {
        ReportsWrittenCount() {
            super(X64, BrokenBackends::reportsWrittenCountOn603);
        }
    }

    static final class AcceptsAnyDwSize extends SimulatedRasContract {
        AcceptsAnyDwSize() {
            super(X64, BrokenBackends::acceptsAnyDwSize);
        }
    }

    static final class AlignsHandleTo8 extends SimulatedRasContract {
        AlignsHandleTo8() {
            super(X64, BrokenBackends::alignsHandleTo8);
        }
    }

    static final class WritesOneBytePastLpcb extends SimulatedRasContract {
        WritesOneBytePastLpcb() {
            super(X64, BrokenBackends::writesOneBytePastLpcb);
        }
    }

    static final class ForgetsToZeroOutputs extends SimulatedRasContract {
        ForgetsToZeroOutputs() {
            super(X64, BrokenBackends::forgetsToZeroOutputs);
        }
    }

    static final class NullStatusIsInvalidHandle extends SimulatedRasContract {
        NullStatusIsInvalidHandle() {
            super(X64, BrokenBackends::nullStatusIsInvalidHandle);
        }
    }

    static final class StatusWritesPastDwSize extends SimulatedRasContract {
        StatusWritesPastDwSize() {
            super(X64, BrokenBackends::statusWritesPastDwSize);
        }
    }

    private static void assertFails(Class<?> contract, String... expectedIds) {
        ContractRun run = ContractRun.of(contract);
        Set<String> failed = run.failedIds();
        for (String id : expectedIds) {
            assertTrue(failed.contains(id), contract.getSimpleName() + " should fail " + id + "; it failed " + failed
                    + " (" + run.failed() + ")");
        }
    }

    @Test
    @DisplayName("control: the unbroken simulator fails no requirement when run through the launcher")
    void unbrokenPasses() {
        ContractRun run = ContractRun.of(Unbroken.class);
        assertEquals(List.of(), run.failed());
        assertTrue(run.succeeded() > 50, "the launcher ran the contract: " + run.succeeded() + " tests passed");
    }

    @Test
    @DisplayName("reporting the written count instead of the total on 603 fails ENUM-12")
    void writtenCountOn603() {
        assertFails(ReportsWrittenCount.class, "ENUM-12");
    }

    @Test
    @DisplayName("accepting any dwSize fails ENUM-02, ENUM-03 and ENUM-04")
    void anyDwSize() {
        assertFails(AcceptsAnyDwSize.class, "ENUM-02", "ENUM-03", "ENUM-04");
    }

    @Test
    @DisplayName("aligning hrasconn to 8 on x64 fails ENUM-20")
    void handleAlignedTo8() {
        assertFails(AlignsHandleTo8.class, "ENUM-20");
    }

    @Test
    @DisplayName("writing one byte past *lpcb fails ENUM-14")
    void oneBytePastLpcb() {
        assertFails(WritesOneBytePastLpcb.class, "ENUM-14");
    }

    @Test
    @DisplayName("forgetting to zero the outputs fails ENUM-10")
    void outputsNotZeroed() {
        assertFails(ForgetsToZeroOutputs.class, "ENUM-10");
    }

    @Test
    @DisplayName("answering a NULL RASCONNSTATUS with 6 instead of 632 fails STAT-01")
    void nullStatusAnsweredWithInvalidHandle() {
        assertFails(NullStatusIsInvalidHandle.class, "STAT-01");
    }

    @Test
    @DisplayName("writing the byte past a RASCONNSTATUS's dwSize fails STAT-02")
    void statusPastDwSize() {
        assertFails(StatusWritesPastDwSize.class, "STAT-02");
    }
}
