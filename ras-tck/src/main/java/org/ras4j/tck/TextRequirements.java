package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.ras4j.ConnectionState;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.codec.RasConnStatusVersion;
import org.ras4j.codec.RasConnVersion;

/**
 * The text members of {@code RASCONN} and {@code RASCONNSTATUS}: every one of them converted to
 * the ANSI code page by the {@code A} functions (docs/contract.md C-ENUM-15), and every one at its
 * maximum length (C-STRUCT-02, C-STRUCT-03, C-STRUCT-06).
 */
abstract class TextRequirements {
    /** Characters that make a field's every position distinct, so that a shifted copy shows. */
    private static final String PATTERN = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    /** The per-user phone book, around a user name. */
    private static final String USER_PHONEBOOK = "C:\\Users\\%s\\AppData\\Roaming\\Microsoft\\Network\\Connections\\Pbk\\rasphone.pbk";

    private final Harness h;

    TextRequirements(Harness harness) {
        this.h = harness;
    }

    /** {@code length} characters, each position distinct within 62, starting at {@code salt}. */
    static String pattern(int length, int salt) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(PATTERN.charAt((i + salt) % PATTERN.length()));
        }
        return text.toString();
    }

    /** A non-ASCII character the declared ANSI code page has, and one it lacks; skips if there is none of either. */
    private String[] hasAndLacks() {
        Charset ansi = h.profile().ansiCharset();
        CharsetEncoder encoder = ansi.newEncoder();
        Optional<String> has = List.of("\u00fc", "\u00e9", "\u0416", "\u4e2d").stream().filter(encoder::canEncode).findFirst();
        Optional<String> lacks = List.of("\u2713", "\u4e2d", "\u0416", "\u05d0").stream()
                .filter(c -> !encoder.canEncode(c)).findFirst();
        assumeTrue(has.isPresent() && lacks.isPresent(),
                "not applicable: " + ansi + " has none or all of the test characters");
        return new String[] {has.get(), lacks.get()};
    }

    /** Connections with the characters in every text member: one the code page has, one it lacks. */
    private List<ConnectionSpec> nonAsciiSpecs() {
        String[] chars = hasAndLacks();
        List<ConnectionSpec> specs = new ArrayList<>();
        specs.add(ConnectionSpec.entry("B" + chars[0] + "ro VPN").withDevice("vpn-" + chars[0], "WAN Miniport (SSTP) " + chars[0])
                .withPhonebook(String.format(USER_PHONEBOOK, "J" + chars[0] + "rgen"), 1)
                .withPhoneNumber("vpn.m" + chars[0] + "nchen.example"));
        specs.add(ConnectionSpec.entry("Office " + chars[1]).withDevice("vpn" + chars[1], "WAN Miniport " + chars[1] + " (IKEv2)")
                .withPhonebook(String.format(USER_PHONEBOOK, chars[1] + "user"), 2)
                .withPhoneNumber("+1 " + chars[1] + " 555 0100"));
        return specs;
    }

    /** Makes the specs and asserts that every accepted {@code RASCONN} version of {@code charset} lists them as projected. */
    private void assertListed(RasCharset charset, List<ConnectionSpec> specs) {
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS);
        List<RasConnection> made = new ArrayList<>();
        for (ConnectionSpec spec : specs) {
            made.add(spec.toConnection(fixture.connect(spec)));
        }
        for (RasConnLayout layout : h.profile().connLayouts(charset)) {
            Harness.assertSameConnections(h.project(made, layout), h.listing(layout), layout.toString());
        }
    }

    /** Asserts every accepted {@code RASCONNSTATUS} version of {@code charset} reports the spec's status, projected. */
    private void assertStatus(RasCharset charset, RasHandle handle, ConnectionSpec spec) {
        ConnectionStatus expected = spec.toStatus(ConnectionState.CONNECTED, 0);
        for (RasConnStatusLayout layout : h.profile().statusLayouts(charset)) {
            String what = "RasGetConnectStatus" + charset + " of \"" + spec.entryName() + "\" into " + layout;
            ConnectionStatus actual = h.status(charset, handle, layout.size(), layout.size()).assertCode(0, what)
                    .decode(h.statusCodec(), layout);
            assertEquals(h.project(expected, layout), actual, what);
        }
    }

    @ForEachCharset
    @DisplayName("ENUM-35 every RASCONN text member (entry, device type and name, phone book) in the ANSI code page, its default character for the rest")
    void everyTextMemberInTheCodePage(RasCharset charset) {
        if (!h.has(TckFeature.CAN_CREATE_CONNECTIONS)) {
            h.assertEveryVersionListsTheNewest(charset); // A: every text member of the machine's connections is W's through the code page
            return;
        }
        List<ConnectionSpec> specs = nonAsciiSpecs();
        assertListed(charset, specs);
        if (charset == RasCharset.A) {
            Charset ansi = h.profile().ansiCharset();
            List<RasConnection> wide = h.listing(h.newest(RasCharset.W));
            List<RasConnection> narrow = h.listing(h.newest(RasCharset.A));
            Harness.assertSameConnections(h.project(wide, h.newest(RasCharset.A)), narrow, "A is W through " + ansi);
            String lacks = hasAndLacks()[1];
            for (RasConnection c : narrow) {
                assertFalse((c.entryName() + c.deviceType().orElse("") + c.deviceName().orElse("")
                        + c.phonebook().orElse("")).contains(lacks), "a character " + ansi + " lacks is replaced: " + c);
            }
        }
    }

    @ForEachCharset
    @DisplayName("ENUM-36 every RASCONN text member at its maximum length, in every accepted version (V351: the entry name cut to 20)")
    void maximumLengthsInRasconn(RasCharset charset) {
        ConnectionSpec longest = ConnectionSpec.entry(pattern(RasConnVersion.MAX_ENTRY_NAME, 0))
                .withDevice(pattern(RasConnVersion.MAX_DEVICE_TYPE, 1), pattern(RasConnVersion.MAX_DEVICE_NAME, 2))
                .withPhonebook("C:\\" + pattern(RasConnVersion.MAX_PATH - 4, 3), 1);
        ConnectionSpec shorter = ConnectionSpec.entry(pattern(RasConnVersion.MAX_ENTRY_NAME - 1, 4))
                .withDevice(pattern(RasConnVersion.MAX_DEVICE_TYPE - 1, 5), pattern(RasConnVersion.MAX_DEVICE_NAME - 1, 6))
                .withPhonebook("D:\\" + pattern(RasConnVersion.MAX_PATH - 5, 7), 2);
        assertListed(charset, List.of(longest, shorter));
        List<RasConnection> newest = h.listing(h.newest(charset));
        assertTrue(newest.stream().anyMatch(c -> c.entryName().equals(longest.entryName())),
                "the newest " + charset + " version keeps an entry name of " + RasConnVersion.MAX_ENTRY_NAME + " characters");
    }

    @ForEachCharset
    @DisplayName("STAT-13 every RASCONNSTATUS text member (device type and name, phone number) in the ANSI code page, its default character for the rest")
    void everyStatusTextMemberInTheCodePage(RasCharset charset) {
        if (!h.has(TckFeature.CAN_CREATE_CONNECTIONS)) {
            assertStatusOfListedConnectionsIsWideThroughCodePage(charset);
            return;
        }
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS);
        for (ConnectionSpec spec : nonAsciiSpecs()) {
            assertStatus(charset, fixture.connect(spec), spec);
        }
        if (charset == RasCharset.A) {
            assertStatusOfListedConnectionsIsWideThroughCodePage(charset);
        }
    }

    /** For every listed connection, each accepted {@code A} status is the newest {@code W} status through the code page. */
    private void assertStatusOfListedConnectionsIsWideThroughCodePage(RasCharset charset) {
        List<RasConnection> listed = h.setupListing(h.newest(RasCharset.W));
        assumeTrue(!listed.isEmpty(), "needs a connection: a TckFixture with CAN_CREATE_CONNECTIONS, or one on the machine");
        RasConnStatusLayout wideLayout = h.newestStatus(RasCharset.W);
        for (RasConnection c : listed) {
            ConnectionStatus wide = h.setup("the W status of " + c.handle(), () -> h.status(RasCharset.W, c.handle(),
                    wideLayout.size(), wideLayout.size()).assertCode(0, "RasGetConnectStatusW").decode(h.statusCodec(), wideLayout));
            for (RasConnStatusLayout layout : h.profile().statusLayouts(charset)) {
                String what = "RasGetConnectStatus" + charset + " of " + c.handle() + " into " + layout;
                ConnectionStatus actual = h.status(charset, c.handle(), layout.size(), layout.size()).assertCode(0, what)
                        .decode(h.statusCodec(), layout);
                assertEquals(h.project(wide, layout), actual, what + " is the W status, projected");
            }
        }
    }

    @ForEachCharset
    @DisplayName("STAT-14 every RASCONNSTATUS text member at its maximum length (V351: a device name of 32 characters)")
    void maximumLengthsInRasconnstatus(RasCharset charset) {
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS);
        ConnectionSpec v351 = ConnectionSpec.entry("status maxima")
                .withDevice(pattern(RasConnVersion.MAX_DEVICE_TYPE, 8), pattern(RasConnStatusVersion.MAX_DEVICE_NAME_V351, 9))
                .withPhoneNumber(pattern(RasConnStatusVersion.MAX_PHONE_NUMBER, 10));
        assertStatus(charset, fixture.connect(v351), v351);
        ConnectionSpec longest = ConnectionSpec.entry("longest device name")
                .withDevice(pattern(RasConnVersion.MAX_DEVICE_TYPE, 11), pattern(RasConnVersion.MAX_DEVICE_NAME, 12))
                .withPhoneNumber(pattern(RasConnStatusVersion.MAX_PHONE_NUMBER, 13));
        RasHandle handle = fixture.connect(longest);
        ConnectionStatus expected = longest.toStatus(ConnectionState.CONNECTED, 0);
        for (RasConnStatusLayout layout : h.profile().statusLayouts(charset)) {
            String what = "RasGetConnectStatus" + charset + " of a 128-character device name into " + layout;
            StatusOutcome out = h.status(charset, handle, layout.size(), layout.size() + 16).assertCode(0, what)
                    .assertNothingWrittenFrom(layout.size(), what);
            ConnectionStatus actual = out.decode(h.statusCodec(), layout);
            if (layout.version() != RasConnStatusVersion.V351) {
                assertEquals(h.project(expected, layout), actual, what);
            } // V351 with a longer device name: only success and a terminated text are pinned (docs/contract.md §7 l)
        }
    }
}
