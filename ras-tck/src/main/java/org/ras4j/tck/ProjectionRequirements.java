package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.nio.ByteBuffer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.ras4j.IpProjection;
import org.ras4j.Ipv6Projection;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasPppIpCodec;
import org.ras4j.codec.RasPppIpLayout;
import org.ras4j.codec.RasPppIpVersion;
import org.ras4j.codec.RasPppIpv6Codec;
import org.ras4j.codec.RasPppIpv6Layout;
import org.ras4j.codec.RasProjection;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.WindowsProfile.SizeQuery;

/**
 * {@code RasGetProjectionInfoA/W} (docs/contract.md §8.2): {@code RASPPPIP} in every accepted
 * version, {@code RASPPPIPV6} where the profile has it, sizing through {@code *lpcb}, the codes for
 * a bad size, a bad handle and a protocol that was not negotiated.
 */
abstract class ProjectionRequirements {
    private static final int SPARE = 16;
    private static final int IP = RasProjection.PPP_IP.code();
    private static final int IPV6 = RasProjection.PPP_IPV6.code();
    private static final int V6_SIZE = RasPppIpv6Layout.get().size();

    private final Harness h;
    private final RasPppIpCodec ipCodec;

    ProjectionRequirements(Harness harness) {
        this.h = harness;
        this.ipCodec = RasPppIpCodec.withAnsiCharset(harness.profile().ansiCharset());
    }

    private InspectOutcome call(RasCharset charset, RasHandle handle, int projection, ByteBuffer buffer, DwordRef lpcb) {
        return InspectOutcome.call(charset.functionName("RasGetProjectionInfo"), buffer, lpcb,
                () -> h.backend().getProjectionInfo(charset, handle, projection, buffer, lpcb));
    }

    private InspectOutcome call(RasCharset charset, RasHandle handle, int projection, int dwSize, int capacity,
            int lpcb) {
        return call(charset, handle, projection, CallerMemory.callerBuffer(capacity, dwSize), DwordRef.of(lpcb));
    }

    /** A connection the fixture made and negotiated {@code spec} for. */
    private RasHandle negotiated(NegotiationSpec spec) {
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS, TckFeature.PROJECTIONS);
        RasHandle handle = fixture.connect(ConnectionSpec.entry("negotiated"));
        fixture.negotiate(handle, spec);
        return handle;
    }

    /** {@link #projected} for {@code RASP_PppIp} in the newest accepted {@code RASPPPIP}. */
    private RasHandle ipConnection(RasCharset charset) {
        return projected(charset, IP, h.profile().newestPppIpLayout(charset).size());
    }

    /**
     * A connection that negotiated {@code projection}: the fixture makes one (negotiating
     * {@link NegotiationSpec#sstp()}: IPv4 and IPv6); without a fixture that can, the first listed
     * connection for which it succeeds into {@code dwSize} bytes, skipping the requirement if none does.
     */
    private RasHandle projected(RasCharset charset, int projection, int dwSize) {
        if (h.has(TckFeature.CAN_CREATE_CONNECTIONS) && h.has(TckFeature.PROJECTIONS)) {
            return negotiated(NegotiationSpec.sstp());
        }
        RasHandle found = null;
        for (RasConnection c : h.requireConnections(charset, 0, 1)) {
            if (found == null && call(charset, c.handle(), projection, dwSize, dwSize, dwSize).code() == 0) {
                found = c.handle();
            }
        }
        String what = RasProjection.of(projection).map(Object::toString).orElse("projection " + projection);
        assumeTrue(found != null, "needs a connection that negotiated " + what
                + ": a TckFixture with CAN_CREATE_CONNECTIONS and PROJECTIONS, or one on the machine");
        return found;
    }

    private static String name(RasCharset charset, String detail) {
        return charset.functionName("RasGetProjectionInfo") + "(" + detail + ")";
    }

    @ForEachCharset
    @DisplayName("PROJ-01 RASP_PppIp in every accepted RASPPPIP: success, *lpcb = dwSize, nothing past it, the negotiated addresses")
    void everyAcceptedVersion(RasCharset charset) {
        NegotiationSpec spec = NegotiationSpec.sstp();
        RasHandle handle = ipConnection(charset);
        Optional<Inet4Address> address = spec.ipv4();
        Optional<Inet4Address> server = spec.ipv4Server();
        if (!h.has(TckFeature.PROJECTIONS)) { // a connection of the machine: every version reports what the newest does
            RasPppIpLayout newest = h.profile().newestPppIpLayout(charset);
            IpProjection reference = h.setup("the newest RASPPPIP of " + handle, () -> ipCodec.decode(
                    call(charset, handle, IP, newest.size(), newest.size(), newest.size()).assertCode(0, "newest").buffer(),
                    newest));
            address = reference.address();
            server = reference.serverAddress();
        }
        for (RasPppIpLayout layout : h.profile().pppIpLayouts(charset)) {
            String what = name(charset, "RASP_PppIp") + " into " + layout;
            InspectOutcome out = call(charset, handle, IP, layout.size(), layout.size() + SPARE, layout.size() + SPARE)
                    .assertCode(0, what).assertLpcb(layout.size(), what)
                    .assertNothingWrittenFrom(layout.size(), what);
            IpProjection ip = ipCodec.decode(out.buffer(), layout);
            assertEquals(0, ip.error(), what + ": dwError");
            assertEquals(address, ip.address(), what + ": szIpAddress");
            assertEquals(layout.version() == RasPppIpVersion.V350 ? Optional.empty() : server,
                    ip.serverAddress(), what + ": szServerIpAddress");
        }
    }

    @ForEachCharset
    @DisplayName("PROJ-02 a dwSize that is no accepted RASPPPIP returns 632, writes nothing, leaves *lpcb")
    void otherSizes(RasCharset charset) {
        RasHandle handle = ipConnection(charset);
        Set<Integer> sizes = new LinkedHashSet<>(List.of(0, 1, 4, -1, Integer.MAX_VALUE));
        for (RasPppIpVersion version : RasPppIpVersion.values()) {
            for (RasCharset other : RasCharset.values()) {
                int size = RasPppIpLayout.of(version, other, h.abi()).size();
                sizes.addAll(List.of(size, size - 1, size + 4));
            }
        }
        sizes.removeIf(size -> h.profile().pppIpLayout(charset, size).isPresent());
        for (int size : sizes) {
            String what = name(charset, "RASP_PppIp") + " with dwSize " + Integer.toUnsignedString(size);
            call(charset, handle, IP, size, 128, 128).assertCode(RasError.ERROR_INVALID_SIZE.code(), what)
                    .assertUntouched(what);
        }
    }

    @ForEachCharset
    @DisplayName("PROJ-03 room below dwSize (*lpcb or the buffer): 603, *lpcb = dwSize, nothing written")
    void tooLittleRoom(RasCharset charset) {
        RasHandle handle = ipConnection(charset);
        RasPppIpLayout layout = h.profile().newestPppIpLayout(charset);
        int size = layout.size();
        for (int room : new int[] {0, 1, 4, size - 1}) {
            String what = name(charset, "RASP_PppIp") + " of dwSize " + size + " with *lpcb " + room;
            call(charset, handle, IP, size, size + SPARE, room).assertCode(RasError.ERROR_BUFFER_TOO_SMALL.code(), what)
                    .assertLpcb(size, what).assertNothingWrittenFrom(0, what);
        }
        String short_ = name(charset, "RASP_PppIp") + " into a buffer of " + (size - 1) + " bytes, *lpcb " + (size + 64);
        call(charset, handle, IP, size, size - 1, size + 64).assertCode(RasError.ERROR_BUFFER_TOO_SMALL.code(), short_)
                .assertLpcb(size, short_).assertNothingWrittenFrom(0, short_);
    }

    @ForEachCharset
    @DisplayName("PROJ-04 a NULL buffer: 603 with the newest accepted RASPPPIP's size (NULL size query), else 632")
    void nullBuffer(RasCharset charset) {
        RasHandle handle = ipConnection(charset);
        InspectOutcome out = call(charset, handle, IP, null, DwordRef.of(0));
        String what = name(charset, "RASP_PppIp, NULL, *lpcb 0");
        if (h.profile().sizeQuery() == SizeQuery.NULL_BUFFER_REPORTS_SIZE) {
            out.assertCode(RasError.ERROR_BUFFER_TOO_SMALL.code(), what)
                    .assertLpcb(h.profile().newestPppIpLayout(charset).size(), what);
        } else {
            out.assertCode(RasError.ERROR_INVALID_SIZE.code(), what).assertUntouched(what);
        }
    }

    @ForEachCharset
    @DisplayName("PROJ-05 handle 0 and a handle never issued return 6 and write nothing; so does a hung-up one")
    void badHandles(RasCharset charset) {
        int size = h.profile().newestPppIpLayout(charset).size();
        for (RasHandle handle : List.of(RasHandle.NULL, h.unusedHandle(charset))) {
            String what = name(charset, handle.toString());
            call(charset, handle, IP, size, size, size).assertCode(RasError.ERROR_INVALID_HANDLE.code(), what)
                    .assertUntouched(what);
        }
        if (h.has(TckFeature.CAN_CREATE_CONNECTIONS) && h.has(TckFeature.CAN_HANG_UP)) {
            TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS, TckFeature.CAN_HANG_UP);
            RasHandle gone = fixture.connect(ConnectionSpec.entry("short-lived"));
            if (h.has(TckFeature.PROJECTIONS)) {
                fixture.negotiate(gone, NegotiationSpec.sstp());
            }
            fixture.hangUp(gone);
            String what = name(charset, "a hung-up connection");
            call(charset, gone, IP, size, size, size).assertCode(RasError.ERROR_INVALID_HANDLE.code(), what)
                    .assertUntouched(what);
        }
    }

    @ForEachCharset
    @DisplayName("PROJ-06 a protocol that was not negotiated returns 731 ERROR_PROTOCOL_NOT_CONFIGURED and writes nothing")
    void notNegotiated(RasCharset charset) {
        if (!h.has(TckFeature.CAN_CREATE_CONNECTIONS) || !h.has(TckFeature.PROJECTIONS)) {
            notNegotiatedOnTheMachine(charset);
            return;
        }
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS, TckFeature.PROJECTIONS);
        RasHandle plain = fixture.connect(ConnectionSpec.entry("nothing negotiated"));
        int size = h.profile().newestPppIpLayout(charset).size();
        String what = name(charset, "RASP_PppIp of a connection that negotiated nothing");
        call(charset, plain, IP, size, size, size).assertCode(RasError.ERROR_PROTOCOL_NOT_CONFIGURED.code(), what)
                .assertUntouched(what);
        RasHandle ikev2 = fixture.connect(ConnectionSpec.entry("IKEv2 VPN"));
        fixture.negotiate(ikev2, NegotiationSpec.ikev2Vpn());
        String ike = name(charset, "RASP_PppIp of an IKEv2 connection");
        call(charset, ikev2, IP, size, size, size).assertCode(RasError.ERROR_PROTOCOL_NOT_CONFIGURED.code(), ike)
                .assertUntouched(ike);
        if (h.profile().pppIpv6()) {
            RasHandle v4only = fixture.connect(ConnectionSpec.entry("IPv4 only"));
            fixture.negotiate(v4only, NegotiationSpec.sstpIpv4Only());
            String v6 = name(charset, "RASP_PppIpv6 of a connection without IPv6");
            call(charset, v4only, IPV6, V6_SIZE, V6_SIZE, V6_SIZE)
                    .assertCode(RasError.ERROR_PROTOCOL_NOT_CONFIGURED.code(), v6).assertUntouched(v6);
        }
    }

    /** Without a fixture: every 731 a listed connection answers leaves the caller's buffer and {@code *lpcb}. */
    private void notNegotiatedOnTheMachine(RasCharset charset) {
        int size = h.profile().newestPppIpLayout(charset).size();
        int answered = 0;
        for (RasConnection c : h.requireConnections(charset, 0, 1)) {
            for (int[] projection : new int[][] {{IP, size}, {IPV6, V6_SIZE}}) {
                if (projection[0] == IPV6 && !h.profile().pppIpv6()) {
                    continue;
                }
                InspectOutcome out = call(charset, c.handle(), projection[0], projection[1], projection[1], projection[1]);
                if (out.code() == RasError.ERROR_PROTOCOL_NOT_CONFIGURED.code()) {
                    out.assertUntouched(name(charset, "projection " + projection[0] + " of " + c.handle() + ", not negotiated"));
                    answered++;
                }
            }
        }
        assumeTrue(answered > 0, "needs a connection that did not negotiate PPP IP or IPv6: a TckFixture with "
                + "CAN_CREATE_CONNECTIONS and PROJECTIONS, or one on the machine");
    }

    @ForEachCharset
    @DisplayName("PROJ-07 RASP_PppIpv6 (Vista and later): 28 bytes, the interface identifiers of the addresses; another dwSize 632")
    void ipv6(RasCharset charset) {
        assumeTrue(h.profile().pppIpv6(),
                "not applicable: " + h.profile() + " has no RASP_PppIpv6 (Vista and later)");
        NegotiationSpec spec = NegotiationSpec.sstp();
        RasHandle handle = projected(charset, IPV6, V6_SIZE);
        String what = name(charset, "RASP_PppIpv6");
        InspectOutcome out = call(charset, handle, IPV6, V6_SIZE, V6_SIZE + SPARE, V6_SIZE + SPARE)
                .assertCode(0, what).assertLpcb(V6_SIZE, what).assertNothingWrittenFrom(V6_SIZE, what);
        Ipv6Projection ipv6 = RasPppIpv6Codec.create().decode(out.buffer());
        assertEquals(0, ipv6.error(), what + ": dwError");
        if (h.has(TckFeature.PROJECTIONS)) { // without a fixture the addresses are the machine's, unknown here
            assertEquals(Ipv6Projection.interfaceIdentifierOf(spec.ipv6().orElseThrow()), ipv6.localInterfaceIdentifier(),
                    what + ": bLocalInterfaceIdentifier");
            assertEquals(Ipv6Projection.interfaceIdentifierOf(spec.ipv6Server().orElseThrow()),
                    ipv6.peerInterfaceIdentifier(), what + ": bPeerInterfaceIdentifier");
        }
        for (int size : new int[] {0, 24, 27, 29, 32, 80}) {
            String bad = what + " with dwSize " + size;
            call(charset, handle, IPV6, size, 96, 96).assertCode(RasError.ERROR_INVALID_SIZE.code(), bad)
                    .assertUntouched(bad);
        }
    }

    @ForEachCharset
    @DisplayName("PROJ-08 RASP_PppIpv6 where the profile lacks it (before Vista) returns 87 and writes nothing")
    void ipv6BeforeVista(RasCharset charset) {
        assumeFalse(h.profile().pppIpv6(),
                "not applicable: " + h.profile() + " has RASP_PppIpv6: PROJ-07 applies");
        RasHandle live = h.requireConnections(charset, 1, 1).get(0).handle();
        String what = name(charset, "RASP_PppIpv6 on " + h.profile());
        call(charset, live, IPV6, V6_SIZE, V6_SIZE, V6_SIZE).assertCode(RasError.ERROR_INVALID_PARAMETER.code(), what)
                .assertUntouched(what);
    }

    @ForEachCharset
    @DisplayName("PROJ-09 a NULL lpcb returns 87 and writes nothing")
    void nullLpcb(RasCharset charset) {
        RasHandle live = h.requireConnections(charset, 1, 1).get(0).handle();
        int size = h.profile().newestPppIpLayout(charset).size();
        String what = name(charset, "RASP_PppIp, lpcb NULL");
        call(charset, live, IP, CallerMemory.callerBuffer(size, size), null)
                .assertCode(RasError.ERROR_INVALID_PARAMETER.code(), what).assertUntouched(what);
    }

    @ForEachCharset
    @DisplayName("PROJ-16 every listed connection: RASP_PppIp and RASP_PppIpv6 decode, or answer 731 (87 for IPv6 before Vista)")
    void everyListedConnection(RasCharset charset) {
        List<RasConnection> listed;
        if (h.has(TckFeature.PROJECTIONS) && h.has(TckFeature.CAN_CREATE_CONNECTIONS)) {
            TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS, TckFeature.PROJECTIONS);
            RasHandle negotiated = fixture.connect(ConnectionSpec.entry("negotiated"));
            fixture.negotiate(negotiated, NegotiationSpec.sstp());
            listed = h.listingOf(List.of(negotiated, fixture.connect(ConnectionSpec.entry("nothing negotiated"))), charset);
        } else {
            listed = h.requireConnections(charset, 0, 1);
        }
        RasPppIpLayout layout = h.profile().newestPppIpLayout(charset);
        for (RasConnection c : listed) {
            InspectOutcome ip = call(charset, c.handle(), IP, layout.size(), layout.size(), layout.size());
            if (ip.code() == 0) {
                ipCodec.decode(ip.buffer(), layout);
            } else {
                ip.assertCodeIn(h.connectionsMayVanish() ? Set.of(RasError.ERROR_PROTOCOL_NOT_CONFIGURED.code(),
                        RasError.ERROR_INVALID_HANDLE.code()) : Set.of(RasError.ERROR_PROTOCOL_NOT_CONFIGURED.code()),
                        name(charset, "RASP_PppIp of " + c.handle()));
            }
            InspectOutcome v6 = call(charset, c.handle(), IPV6, V6_SIZE, V6_SIZE, V6_SIZE);
            if (v6.code() == 0) {
                RasPppIpv6Codec.create().decode(v6.buffer());
            } else {
                Set<Integer> refusals = !h.profile().pppIpv6() ? Set.of(RasError.ERROR_INVALID_PARAMETER.code())
                        : h.connectionsMayVanish()
                                ? Set.of(RasError.ERROR_PROTOCOL_NOT_CONFIGURED.code(), RasError.ERROR_INVALID_HANDLE.code())
                                : Set.of(RasError.ERROR_PROTOCOL_NOT_CONFIGURED.code());
                v6.assertCodeIn(refusals, name(charset, "RASP_PppIpv6 of " + c.handle()));
            }
        }
    }
}
