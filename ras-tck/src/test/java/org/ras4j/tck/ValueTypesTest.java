package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.ConnectionFlags;
import org.ras4j.ConnectionState;
import org.ras4j.Luid;
import org.ras4j.RasHandle;
import org.ras4j.TunnelEndpoint;
import org.ras4j.codec.Abi;

/** The kit's own value types: null checks, equality, and the traits builder's defaults. */
class ValueTypesTest {

    @Test
    @DisplayName("ConnectionSpec and the traits builder refuse nulls at every public boundary")
    void nullsAreRefused() {
        NullPointerTester tester = new NullPointerTester()
                .setDefault(Abi.class, Abi.X64)
                .setDefault(Luid.class, new Luid(1, 0))
                .setDefault(ConnectionFlags.class, ConnectionFlags.NONE)
                .setDefault(TunnelEndpoint.class, TunnelEndpoint.NONE)
                .setDefault(ConnectionState.class, ConnectionState.CONNECTED);
        tester.testAllPublicConstructors(ConnectionSpec.class);
        tester.testAllPublicInstanceMethods(ConnectionSpec.entry("vpn"));
    }

    @Test
    @DisplayName("ConnectionSpecs are equal when every member is")
    void specEquality() {
        new EqualsTester()
                .addEqualityGroup(ConnectionSpec.entry("vpn"), ConnectionSpec.entry("vpn"))
                .addEqualityGroup(ConnectionSpec.entry("other"))
                .addEqualityGroup(ConnectionSpec.entry("vpn").withPhoneNumber("5550100"))
                .testEquals();
    }

    @Test
    @DisplayName("a phone-number spec is listed as '.' and the number, and reports the number in its status")
    void phoneNumberSpec() {
        ConnectionSpec spec = ConnectionSpec.phoneNumber("5550100");
        assertEquals(".5550100", spec.toConnection(RasHandle.of(4)).entryName());
        assertEquals("5550100", spec.toStatus(ConnectionState.CONNECTED, 0).phoneNumber().orElseThrow());
    }
}
