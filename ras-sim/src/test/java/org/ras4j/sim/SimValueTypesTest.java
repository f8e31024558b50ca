package org.ras4j.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.ConnectionState;
import org.ras4j.RasHandle;
import org.ras4j.TunnelEndpoint;
import org.ras4j.codec.RasCharset;
import org.ras4j.spi.WindowsProfile;

/** The simulator's own value types and its builder refuse nulls and follow equals/hashCode. */
class SimValueTypesTest {

    @Test
    @DisplayName("public methods refuse nulls; value types follow equals/hashCode")
    void nullsAndValues() {
        NullPointerTester nulls = new NullPointerTester()
                .setDefault(WindowsProfile.class, WindowsProfile.windowsXpx86())
                .setDefault(RasHandle.class, RasHandle.of(4))
                .setDefault(ConnectionState.class, ConnectionState.AUTHENTICATE)
                .setDefault(TunnelEndpoint.class, TunnelEndpoint.NONE);
        nulls.testAllPublicStaticMethods(SimulatedRas.class);
        nulls.testAllPublicInstanceMethods(SimulatedRas.builder(WindowsProfile.windows10x64()));
        nulls.testAllPublicStaticMethods(SimFunction.class);
        nulls.testAllPublicConstructors(StatusDetails.class);
        new EqualsTester()
                .addEqualityGroup(StatusDetails.ofPhoneNumber("1"), StatusDetails.ofPhoneNumber("1"))
                .addEqualityGroup(StatusDetails.NONE, StatusDetails.defaultsFor(Samples.vpn("Office")))
                .addEqualityGroup(StatusDetails.NONE.withSubState(1))
                .testEquals();
        assertEquals(StatusDetails.ofPhoneNumber("5551234"), StatusDetails.defaultsFor(Samples.phoneCall("5551234")));
        assertEquals("RasGetConnectStatusA", SimFunction.getConnectStatus(RasCharset.A).win32Name());
    }
}
