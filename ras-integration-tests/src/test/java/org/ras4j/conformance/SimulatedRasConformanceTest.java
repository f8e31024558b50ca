package org.ras4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Group;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.WindowsProfile;

/**
 * The whole TCK ({@code RasBackendContract}: JUnit tests and jqwik properties) against
 * {@link SimulatedRas}, once per ready-made {@link WindowsProfile}. Each profile is one nested
 * class of one line, both a JUnit {@link Nested} class and a jqwik {@link Group}, so that both
 * engines run the inherited requirements for it.
 */
class SimulatedRasConformanceTest {

    /** The profiles the nested classes below run, in {@link WindowsProfile#all()} order. */
    private static final List<WindowsProfile> COVERED = List.of(WindowsProfile.windows95x86(),
            WindowsProfile.windows98x86(), WindowsProfile.windowsMex86(), WindowsProfile.windowsNt4x86(),
            WindowsProfile.windows2000x86(), WindowsProfile.windowsXpx86(), WindowsProfile.windowsXpx64(),
            WindowsProfile.windowsVistax86(), WindowsProfile.windowsVistax64(), WindowsProfile.windows7x86(),
            WindowsProfile.windows7x64(), WindowsProfile.windows10x86(), WindowsProfile.windows10x64(),
            WindowsProfile.windows11x64());

    @Test
    @DisplayName("every ready-made profile has its run of the kit here")
    void everyProfileIsCovered() {
        assertEquals(WindowsProfile.all(), COVERED);
    }

    @Nested @Group class Windows95 extends SimulatedRasContract { Windows95() { super(COVERED.get(0)); } }
    @Nested @Group class Windows98 extends SimulatedRasContract { Windows98() { super(COVERED.get(1)); } }
    @Nested @Group class WindowsMe extends SimulatedRasContract { WindowsMe() { super(COVERED.get(2)); } }
    @Nested @Group class WindowsNt4 extends SimulatedRasContract { WindowsNt4() { super(COVERED.get(3)); } }
    @Nested @Group class Windows2000 extends SimulatedRasContract { Windows2000() { super(COVERED.get(4)); } }
    @Nested @Group class WindowsXpX86 extends SimulatedRasContract { WindowsXpX86() { super(COVERED.get(5)); } }
    @Nested @Group class WindowsXpX64 extends SimulatedRasContract { WindowsXpX64() { super(COVERED.get(6)); } }
    @Nested @Group class WindowsVistaX86 extends SimulatedRasContract { WindowsVistaX86() { super(COVERED.get(7)); } }
    @Nested @Group class WindowsVistaX64 extends SimulatedRasContract { WindowsVistaX64() { super(COVERED.get(8)); } }
    @Nested @Group class Windows7X86 extends SimulatedRasContract { Windows7X86() { super(COVERED.get(9)); } }
    @Nested @Group class Windows7X64 extends SimulatedRasContract { Windows7X64() { super(COVERED.get(10)); } }
    @Nested @Group class Windows10X86 extends SimulatedRasContract { Windows10X86() { super(COVERED.get(11)); } }
    @Nested @Group class Windows10X64 extends SimulatedRasContract { Windows10X64() { super(COVERED.get(12)); } }
    @Nested @Group class Windows11X64 extends SimulatedRasContract { Windows11X64() { super(COVERED.get(13)); } }
}
