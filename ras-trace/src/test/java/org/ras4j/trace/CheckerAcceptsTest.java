package org.ras4j.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ras4j.spi.WindowsProfile;

/** The checker finds nothing in a trace of the simulator, for every profile, written and read back. */
class CheckerAcceptsTest {
    static Stream<WindowsProfile> profiles() {
        return WindowsProfile.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void aTraceOfTheSimulatorAgrees(WindowsProfile profile) {
        Trace trace = Trace.parse(Capture.run(Machines.busy(profile), profile).toText());
        List<Finding> findings = TraceChecker.check(trace);
        assertEquals(List.of(), findings);
    }
}
