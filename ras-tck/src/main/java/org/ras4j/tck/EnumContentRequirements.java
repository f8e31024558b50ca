package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.CharsetEncoder;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.ras4j.ConnectionFlag;
import org.ras4j.ConnectionFlags;
import org.ras4j.ConnectionState;
import org.ras4j.Luid;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnVersion;

/**
 * What {@code RasEnumConnections} writes into each entry: every member in every accepted version,
 * the {@code .}-phone-number entry, ANSI conversion, the NT 3.51 truncation, and which
 * connections are listed at all.
 */
abstract class EnumContentRequirements {
    private final Harness h;

    EnumContentRequirements(Harness harness) {
        this.h = harness;
    }

    /** A connection with a distinct, non-zero value in every member. */
    static ConnectionSpec richSpec() {
        return ConnectionSpec.entry("Office VPN (Contoso)")
                .withDevice("vpn", "WAN Miniport (IKEv2)")
                .withPhonebook("C:\\Users\\ada\\AppData\\Roaming\\Microsoft\\Network\\Connections\\Pbk\\rasphone.pbk", 2)
                .withFlags(ConnectionFlags.of(ConnectionFlag.ALL_USERS, ConnectionFlag.GLOBAL_CREDS))
                .withIds(UUID.fromString("6f1d3a5e-2b7c-4d8e-9f01-23456789abcd"), new Luid(0x1234_5678, 0x9),
                        UUID.fromString("0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"));
    }

    private void assertListed(RasCharset charset, ConnectionSpec spec, RasHandle handle) {
        for (RasConnLayout layout : h.profile().connLayouts(charset)) {
            RasConnection expected = h.project(spec.toConnection(handle), layout);
            assertEquals(List.of(expected), h.listing(layout), layout.toString());
        }
    }

    @ForEachCharset
    @DisplayName("ENUM-20 every member of a connection is reported as each accepted version carries it")
    void everyMemberInEveryVersion(RasCharset charset) {
        if (!h.has(TckFeature.CAN_CREATE_CONNECTIONS)) {
            h.assertEveryVersionListsTheNewest(charset);
            return;
        }
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS);
        ConnectionSpec spec = richSpec();
        assertListed(charset, spec, fixture.connect(spec));
    }

    @ForEachCharset
    @DisplayName("ENUM-21 a connection made without a phone-book entry shows as '.' followed by its phone number")
    void phoneNumberEntry(RasCharset charset) {
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS);
        ConnectionSpec spec = ConnectionSpec.phoneNumber("+44 20 7946 0018");
        RasHandle handle = fixture.connect(spec);
        RasConnection listed = h.listing(h.newest(charset)).get(0);
        assertEquals(".+44 20 7946 0018", listed.entryName());
        assertEquals("+44 20 7946 0018", listed.phoneNumber().orElseThrow());
        assertListed(charset, spec, handle);
    }

    @ForEachCharset
    @DisplayName("ENUM-22 the A function converts text to the ANSI code page; a character without one becomes the default character")
    void ansiConversion(RasCharset charset) {
        if (!h.has(TckFeature.CAN_CREATE_CONNECTIONS)) {
            h.assertEveryVersionListsTheNewest(charset); // A: the machine's names are W's through the code page
            return;
        }
        CharsetEncoder encoder = h.profile().ansiCharset().newEncoder();
        String foreign = List.of("\u2713", "\u4e2d", "\u0416", "\u05d0").stream()
                .filter(c -> !encoder.canEncode(c)).findFirst().orElse(null);
        assumeTrue(foreign != null, "not applicable: " + h.profile().ansiCharset() + " encodes every test character");
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS);
        String name = "Caf\u00e9 " + foreign + " VPN";
        RasHandle handle = fixture.connect(ConnectionSpec.entry(name));
        String listed = h.listing(h.newest(charset)).get(0).entryName();
        if (charset == RasCharset.W) {
            assertEquals(name, listed, "W reports the name unchanged");
        } else {
            assertEquals(new String(name.getBytes(h.profile().ansiCharset()), h.profile().ansiCharset()), listed,
                    "A reports the name in " + h.profile().ansiCharset());
            assertFalse(listed.contains(foreign), "the character without an ANSI form is replaced");
        }
        assertListed(charset, ConnectionSpec.entry(name), handle);
    }

    @ForEachCharset
    @DisplayName("ENUM-23 the NT 3.51 layout (V351) truncates the entry name to 20 characters")
    void v351TruncatesEntryName(RasCharset charset) {
        assumeTrue(h.profile().connVersions(charset).contains(RasConnVersion.V351),
                "not applicable: the backend does not accept RASCONN V351 in " + charset);
        if (!h.has(TckFeature.CAN_CREATE_CONNECTIONS)) {
            h.assertEveryVersionListsTheNewest(charset); // V351: the machine's names cut to 20
            return;
        }
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS);
        String name = "A rather long phone-book entry name";
        fixture.connect(ConnectionSpec.entry(name));
        List<RasConnection> listed = h.listing(h.layout(RasConnVersion.V351, charset));
        assertEquals(name.substring(0, 20), listed.get(0).entryName());
        assertEquals(name, h.listing(h.newest(charset)).get(0).entryName(), "newer versions keep the whole name");
    }

    @ForEachCharset
    @DisplayName("ENUM-24 a dialling connection is listed only where the backend declares dialing connections listed")
    void dialingConnectionsListedPerTraits(RasCharset charset) {
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS, TckFeature.CAN_DIAL);
        RasHandle connected = fixture.connect(ConnectionSpec.entry("up"));
        RasHandle dialing = fixture.dial(ConnectionSpec.entry("dialling"), ConnectionState.AUTHENTICATE);
        Set<RasHandle> listed = new HashSet<>();
        h.listing(h.newest(charset)).forEach(c -> listed.add(c.handle()));
        assertTrue(listed.contains(connected), "the connected connection is listed");
        assertEquals(h.profile().dialingIsListed(), listed.contains(dialing),
                "dialingIsListed = " + h.profile().dialingIsListed());
    }

    @ForEachCharset
    @DisplayName("ENUM-25 a hung-up connection is no longer listed")
    void hungUpConnectionIsNotListed(RasCharset charset) {
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS, TckFeature.CAN_HANG_UP);
        RasHandle first = fixture.connect(ConnectionSpec.entry("first"));
        RasHandle second = fixture.connect(ConnectionSpec.entry("second"));
        fixture.hangUp(first);
        List<RasConnection> listed = h.listing(h.newest(charset));
        assertEquals(List.of(second), listed.stream().map(RasConnection::handle).toList());
    }

    @ForEachCharset
    @DisplayName("ENUM-26 handles are non-zero, distinct, and fit in 32 bits on x86")
    void handlesAreValid(RasCharset charset) {
        List<RasConnection> listed = h.requireConnections(charset, 5, 1);
        Set<RasHandle> seen = new HashSet<>();
        for (RasConnection c : listed) {
            assertFalse(c.handle().isNull(), "a listed handle is never 0");
            assertTrue(seen.add(c.handle()), "handle " + c.handle() + " listed twice");
            assertTrue(h.abi() == Abi.X64 || c.handle().fitsIn32Bits(), "x86 handle " + c.handle());
        }
    }

    @ForEachCharset
    @DisplayName("ENUM-27 every accepted version lists the same connections as the newest W, projected")
    void versionsAgree(RasCharset charset) {
        if (h.has(TckFeature.CAN_CREATE_CONNECTIONS)) {
            TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS);
            fixture.connect(richSpec());
            fixture.connect(ConnectionSpec.phoneNumber("5550123"));
            fixture.connect(ConnectionSpec.entry("A name well beyond twenty characters"));
        }
        h.assertEveryVersionListsTheNewest(charset);
    }
}
