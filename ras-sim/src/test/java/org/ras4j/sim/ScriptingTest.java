package org.ras4j.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.ras4j.sim.Samples.enumerate;
import static org.ras4j.sim.Samples.vpn;
import static org.ras4j.sim.Samples.withDwSize;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.codec.RasConnStatusVersion;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.spi.WindowsProfile;

/** Scripted races, faults and the call counters. */
class ScriptingTest {
    private static final int ERROR_BUFFER_TOO_SMALL = 603;

    private static SimulatedRas vistaWith(String... names) {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windowsVistax64()).build();
        for (String name : names) {
            ras.connect(vpn(name));
        }
        return ras;
    }

    private static int v600(SimulatedRas ras) {
        return Samples.size(RasConnVersion.V600, RasCharset.W, ras.profile());
    }

    @Test
    @DisplayName("a connection that appears before the fetch makes the fetch sized by the query too small: 603")
    void connectionAppearingBeforeTheFetch() {
        SimulatedRas ras = vistaWith("One");
        RasHandle late = ras.connectBeforeNextFetch(vpn("Late"));
        Samples.Outcome query = enumerate(ras, RasCharset.W, null, 0);
        assertEquals(new Samples.Outcome(ERROR_BUFFER_TOO_SMALL, v600(ras), 1), query);
        ByteBuffer buffer = withDwSize((int) query.lpcb(), v600(ras));
        assertEquals(new Samples.Outcome(ERROR_BUFFER_TOO_SMALL, 2L * v600(ras), 2),
                enumerate(ras, RasCharset.W, buffer, buffer.capacity()));
        assertTrue(ras.connection(late).isPresent());
        ByteBuffer bigger = withDwSize(2 * v600(ras), v600(ras));
        assertEquals(new Samples.Outcome(0, 2L * v600(ras), 2), enumerate(ras, RasCharset.W, bigger, bigger.capacity()));
    }

    @Test
    @DisplayName("a connection hung up before the fetch: the fetch lists one fewer")
    void connectionVanishingBeforeTheFetch() {
        SimulatedRas ras = vistaWith("One");
        RasHandle two = ras.connect(vpn("Two"));
        ras.hangUpBeforeNextFetch(two);
        Samples.Outcome query = enumerate(ras, RasCharset.W, null, 0);
        assertEquals(2, query.count());
        ByteBuffer buffer = withDwSize((int) query.lpcb(), v600(ras));
        assertEquals(new Samples.Outcome(0, v600(ras), 1), enumerate(ras, RasCharset.W, buffer, buffer.capacity()));
    }

    @Test
    @DisplayName("changes scripted before the n-th fetch wait for it; a NULL-buffer call is no fetch")
    void changesWaitForTheirFetch() {
        SimulatedRas ras = vistaWith();
        ras.connectBeforeFetch(2, vpn("Second"));
        ByteBuffer buffer = withDwSize(4 * v600(ras), v600(ras));
        assertEquals(0, enumerate(ras, RasCharset.W, null, 0).count());
        assertEquals(0, enumerate(ras, RasCharset.W, buffer, buffer.capacity()).count());
        assertEquals(0, enumerate(ras, RasCharset.W, null, 0).count());
        assertEquals(1, enumerate(ras, RasCharset.A, withDwSize(4096, Samples.size(RasConnVersion.V600, RasCharset.A,
                ras.profile())), 4096).count());
    }

    @Test
    @DisplayName("the next call of a function returns the scripted code, touches nothing, and only once")
    void scriptedFaultIsReturnedOnce() {
        SimulatedRas ras = vistaWith("One");
        ras.failNextCall(SimFunction.ENUM_CONNECTIONS_W, 8);
        ByteBuffer buffer = withDwSize(v600(ras), v600(ras));
        assertEquals(ERROR_BUFFER_TOO_SMALL, enumerate(ras, RasCharset.A, null, 0).code(), "A is another function");
        assertEquals(new Samples.Outcome(8, v600(ras), 0xDEADBEEFL), enumerate(ras, RasCharset.W, buffer, v600(ras)));
        assertTrue(Samples.untouchedFrom(buffer, 4));
        assertEquals(0, enumerate(ras, RasCharset.W, buffer, v600(ras)).code());
    }

    @Test
    @DisplayName("scripted codes of one function come back in order; status calls have their own")
    void scriptedFaultsQueuePerFunction() {
        SimulatedRas ras = vistaWith();
        RasHandle handle = ras.connect(vpn("One"));
        ras.failNextCall(SimFunction.GET_CONNECT_STATUS_A, 1);
        ras.failNextCall(SimFunction.GET_CONNECT_STATUS_A, 2);
        int size = RasConnStatusLayout.of(RasConnStatusVersion.V401, RasCharset.A, ras.abi()).size();
        assertEquals(0, ras.getConnectStatus(RasCharset.W, handle, withDwSize(4096,
                RasConnStatusLayout.of(RasConnStatusVersion.V401, RasCharset.W, ras.abi()).size())));
        assertEquals(1, ras.getConnectStatus(RasCharset.A, handle, withDwSize(size, size)));
        assertEquals(2, ras.getConnectStatus(RasCharset.A, handle, withDwSize(size, size)));
        assertEquals(0, ras.getConnectStatus(RasCharset.A, handle, withDwSize(size, size)));
        assertThrows(IllegalArgumentException.class, () -> ras.failNextCall(SimFunction.ENUM_CONNECTIONS_A, 0));
    }

    @Test
    @DisplayName("every call is counted per function, failed and scripted calls included")
    void callsAreCountedPerFunction() {
        SimulatedRas ras = vistaWith("One");
        ras.failNextCall(SimFunction.ENUM_CONNECTIONS_A, 8);
        enumerate(ras, RasCharset.W, null, 0);
        enumerate(ras, RasCharset.W, withDwSize(8, 3), 8);
        enumerate(ras, RasCharset.A, null, 0);
        ras.getConnectStatus(RasCharset.W, RasHandle.NULL, null);
        assertEquals(2, ras.callCount(SimFunction.ENUM_CONNECTIONS_W));
        assertEquals(1, ras.callCount(SimFunction.ENUM_CONNECTIONS_A));
        assertEquals(1, ras.callCount(SimFunction.GET_CONNECT_STATUS_W));
        assertEquals(0, ras.callCount(SimFunction.GET_CONNECT_STATUS_A));
    }

    @Test
    @DisplayName("simulators are independent: one's state, script and counters are not another's")
    void instancesAreIndependent() {
        SimulatedRas first = vistaWith("One");
        SimulatedRas second = vistaWith();
        first.failNextCall(SimFunction.ENUM_CONNECTIONS_W, 8);
        assertEquals(new Samples.Outcome(0, 0, 0), enumerate(second, RasCharset.W, null, 0));
        assertEquals(0, first.callCount(SimFunction.ENUM_CONNECTIONS_W));
        assertEquals(8, enumerate(first, RasCharset.W, null, 0).code());
    }

    @Test
    @DisplayName("a connection scripted to appear while the service is stopped does not appear")
    void scriptedConnectionNeedsTheService() {
        SimulatedRas ras = vistaWith();
        RasHandle late = ras.connectBeforeNextFetch(vpn("Late"));
        ras.stopService();
        ByteBuffer buffer = withDwSize(v600(ras), v600(ras));
        assertEquals(new Samples.Outcome(0, 0, 0), enumerate(ras, RasCharset.W, buffer, buffer.capacity()));
        assertTrue(ras.connection(late).isEmpty());
    }
}
