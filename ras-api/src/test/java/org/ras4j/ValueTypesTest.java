package org.ras4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The value types of the domain: equality by value ({@link EqualsTester}), {@code null} refused at
 * every public entry ({@link NullPointerTester}), and the Win32 meaning of their bits.
 */
class ValueTypesTest {
    private static final UUID GUID = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

    private static NullPointerTester nullTester() {
        return new NullPointerTester()
                .setDefault(RasHandle.class, RasHandle.of(1))
                .setDefault(ConnectionState.class, ConnectionState.CONNECTED)
                .setDefault(ConnectionFlag.class, ConnectionFlag.ALL_USERS)
                .setDefault(TunnelEndpoint.class, TunnelEndpoint.NONE);
    }

    @Test
    void rasConnectionIsEqualByEveryMember() {
        RasConnection full = RasConnection.builder(RasHandle.of(1), "VPN").deviceType("vpn").deviceName("WAN")
                .phonebook("p.pbk").subEntry(1).entryId(GUID).flags(ConnectionFlags.NONE).luid(new Luid(1, 2))
                .correlationId(GUID).build();
        new EqualsTester()
                .addEqualityGroup(full, full.toBuilder().build())
                .addEqualityGroup(full.toBuilder().handle(RasHandle.of(2)).build())
                .addEqualityGroup(full.toBuilder().entryName("Other").build())
                .addEqualityGroup(full.toBuilder().deviceType("modem").build())
                .addEqualityGroup(full.toBuilder().deviceName("COM1").build())
                .addEqualityGroup(full.toBuilder().phonebook("q.pbk").build())
                .addEqualityGroup(full.toBuilder().subEntry(2).build())
                .addEqualityGroup(full.toBuilder().entryId(new UUID(0, 0)).build())
                .addEqualityGroup(full.toBuilder().flags(new ConnectionFlags(1)).build())
                .addEqualityGroup(full.toBuilder().luid(new Luid(1, 3)).build())
                .addEqualityGroup(full.toBuilder().correlationId(new UUID(0, 1)).build())
                .addEqualityGroup(RasConnection.builder(RasHandle.of(1), "VPN").build())
                .testEquals();
    }

    @Test
    void rasConnectionRefusesNull() {
        nullTester().testAllPublicConstructors(RasConnection.class);
        nullTester().testAllPublicStaticMethods(RasConnection.class);
        nullTester().testAllPublicInstanceMethods(RasConnection.builder(RasHandle.of(1), "VPN").build());
        nullTester().testAllPublicInstanceMethods(RasConnection.builder(RasHandle.of(1), "VPN"));
    }

    @Test
    void anAbsentMemberIsNotAZero() {
        RasConnection bare = RasConnection.builder(RasHandle.of(1), "VPN").build();
        assertFalse(bare.equals(bare.toBuilder().subEntry(0).build()));
        assertFalse(bare.equals(bare.toBuilder().deviceType("").build()));
        assertEquals(OptionalInt.empty(), bare.subEntry());
    }

    @Test
    void aDotAndANumberIsAPhoneNumberConnection() {
        RasConnection dialled = RasConnection.builder(RasHandle.of(1), ".5551234").build();
        assertTrue(dialled.isPhoneNumberConnection());
        assertEquals(Optional.of("5551234"), dialled.phoneNumber());
        RasConnection entry = RasConnection.builder(RasHandle.of(1), "Office VPN").build();
        assertFalse(entry.isPhoneNumberConnection());
        assertEquals(Optional.empty(), entry.phoneNumber());
        assertFalse(RasConnection.builder(RasHandle.of(1), ".").build().isPhoneNumberConnection());
    }

    @Test
    void rasHandleIsEqualByItsBits() {
        new EqualsTester()
                .addEqualityGroup(RasHandle.of(0), RasHandle.NULL, new RasHandle(0))
                .addEqualityGroup(RasHandle.of(0xFFFF_FFFFL), new RasHandle(0xFFFF_FFFFL))
                .addEqualityGroup(RasHandle.of(-1))
                .addEqualityGroup(RasHandle.of(0x1_0000_0000L))
                .testEquals();
        nullTester().testAllPublicStaticMethods(RasHandle.class);
        nullTester().testAllPublicInstanceMethods(RasHandle.of(5));
    }

    @Test
    void rasHandleKnowsNullAndTheX86Width() {
        assertTrue(RasHandle.of(0).isNull());
        assertFalse(RasHandle.of(1).isNull());
        assertTrue(RasHandle.of(0xFFFF_FFFFL).fitsIn32Bits());
        assertFalse(RasHandle.of(0x1_0000_0000L).fitsIn32Bits());
        assertFalse(RasHandle.of(-1).fitsIn32Bits());
        assertEquals("0x1234abcd", RasHandle.of(0x1234_ABCDL).toString());
    }

    @Test
    void connectionFlagsAreEqualByTheirBits() {
        new EqualsTester()
                .addEqualityGroup(ConnectionFlags.NONE, new ConnectionFlags(0), ConnectionFlags.of())
                .addEqualityGroup(ConnectionFlags.of(ConnectionFlag.ALL_USERS, ConnectionFlag.GLOBAL_CREDS),
                        new ConnectionFlags(3))
                .addEqualityGroup(new ConnectionFlags(0x8000_0003))
                .testEquals();
        nullTester().testAllPublicStaticMethods(ConnectionFlags.class);
        nullTester().testAllPublicInstanceMethods(new ConnectionFlags(3));
    }

    @Test
    void connectionFlagsKeepUnknownBitsAndNameTheKnownOnes() {
        ConnectionFlags flags = new ConnectionFlags(0x8000_000C);
        assertEquals(Set.of(ConnectionFlag.OWNER_KNOWN, ConnectionFlag.OWNER_MATCH), flags.asSet());
        assertEquals(0x8000_0000, flags.unknownBits());
        assertTrue(flags.isOwner(), "RASCF_IsOwner = OwnerKnown | OwnerMatch");
        assertFalse(new ConnectionFlags(0x4).isOwner());
        assertThrows(UnsupportedOperationException.class, () -> flags.asSet().add(ConnectionFlag.ALL_USERS));
        assertEquals(1, ConnectionFlag.ALL_USERS.mask());
        assertEquals(2, ConnectionFlag.GLOBAL_CREDS.mask());
        assertEquals(4, ConnectionFlag.OWNER_KNOWN.mask());
        assertEquals(8, ConnectionFlag.OWNER_MATCH.mask());
    }

    @Test
    void luidIsEqualByBothHalves() {
        new EqualsTester()
                .addEqualityGroup(new Luid(1, 2), Luid.ofLong(0x2_0000_0001L))
                .addEqualityGroup(new Luid(2, 1))
                .addEqualityGroup(new Luid(-1, 0), Luid.ofLong(0xFFFF_FFFFL))
                .testEquals();
        nullTester().testAllPublicStaticMethods(Luid.class);
        assertEquals(0xFFFF_FFFFL, new Luid(-1, 0).asLong(), "LowPart is unsigned");
        assertEquals(-1L, new Luid(-1, -1).asLong());
    }

    @Test
    void connectionStateIsEqualByItsCodeAndKeepsUnknownCodes() {
        new EqualsTester()
                .addEqualityGroup(ConnectionState.CONNECTED, ConnectionState.of(0x2000))
                .addEqualityGroup(ConnectionState.DISCONNECTED, ConnectionState.of(0x2001))
                .addEqualityGroup(ConnectionState.OPEN_PORT, ConnectionState.of(0))
                .addEqualityGroup(ConnectionState.of(0x1234))
                .testEquals();
        nullTester().testAllPublicStaticMethods(ConnectionState.class);
        nullTester().testAllPublicInstanceMethods(ConnectionState.of(7));
        assertEquals("RASCS_Connected", ConnectionState.CONNECTED.symbolicName());
        assertEquals("RASCS_SubEntryDisconnected", ConnectionState.of(23).symbolicName());
        assertEquals("RASCS_Interactive", ConnectionState.of(0x1000).symbolicName());
        assertFalse(ConnectionState.of(0x1234).isKnown());
        assertEquals("RASCS_0x1234", ConnectionState.of(0x1234).symbolicName());
        assertTrue(ConnectionState.of(0x1003).isPaused());
        assertTrue(ConnectionState.CONNECTED.isConnected());
        assertTrue(ConnectionState.DISCONNECTED.isDisconnected());
    }

    @Test
    void connectionStatusIsEqualByEveryMember() {
        ConnectionStatus base = new ConnectionStatus(ConnectionState.CONNECTED, 0, "vpn", "WAN", Optional.of("1"),
                Optional.of(TunnelEndpoint.NONE), Optional.empty(), OptionalInt.of(0));
        new EqualsTester()
                .addEqualityGroup(base, new ConnectionStatus(ConnectionState.of(0x2000), 0, "vpn", "WAN",
                        Optional.of("1"), Optional.of(TunnelEndpoint.NONE), Optional.empty(), OptionalInt.of(0)))
                .addEqualityGroup(new ConnectionStatus(ConnectionState.DISCONNECTED, 0, "vpn", "WAN", Optional.of("1"),
                        Optional.of(TunnelEndpoint.NONE), Optional.empty(), OptionalInt.of(0)))
                .addEqualityGroup(new ConnectionStatus(ConnectionState.CONNECTED, 629, "vpn", "WAN", Optional.of("1"),
                        Optional.of(TunnelEndpoint.NONE), Optional.empty(), OptionalInt.of(0)))
                .addEqualityGroup(new ConnectionStatus(ConnectionState.CONNECTED, 0, "modem", "WAN",
                        Optional.of("1"), Optional.of(TunnelEndpoint.NONE), Optional.empty(), OptionalInt.of(0)))
                .addEqualityGroup(new ConnectionStatus(ConnectionState.CONNECTED, 0, "vpn", "WAN", Optional.empty(),
                        Optional.of(TunnelEndpoint.NONE), Optional.empty(), OptionalInt.of(0)))
                .addEqualityGroup(new ConnectionStatus(ConnectionState.CONNECTED, 0, "vpn", "WAN", Optional.of("1"),
                        Optional.empty(), Optional.empty(), OptionalInt.of(0)))
                .addEqualityGroup(new ConnectionStatus(ConnectionState.CONNECTED, 0, "vpn", "WAN", Optional.of("1"),
                        Optional.of(TunnelEndpoint.NONE), Optional.empty(), OptionalInt.empty()))
                .addEqualityGroup(ConnectionStatus.of(ConnectionState.CONNECTED, 0, "vpn", "WAN"))
                .testEquals();
        nullTester().testAllPublicConstructors(ConnectionStatus.class);
        nullTester().testAllPublicStaticMethods(ConnectionStatus.class);
        nullTester().testAllPublicInstanceMethods(base);
        assertTrue(base.isConnected());
    }
}
