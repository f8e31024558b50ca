package org.ras4j.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.ConnectionState;
import org.ras4j.ConnectionStatistics;
import org.ras4j.Ikev2Projection;
import org.ras4j.IpProjection;
import org.ras4j.Ipv6Projection;
import org.ras4j.PppProjection;
import org.ras4j.ProjectionInfo;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.ProjectionInfoCodec;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasPppIpCodec;
import org.ras4j.codec.RasPppIpLayout;
import org.ras4j.codec.RasPppIpVersion;
import org.ras4j.codec.RasPppIpv6Codec;
import org.ras4j.codec.RasProjection;
import org.ras4j.codec.RasProjectionInfoLayout;
import org.ras4j.codec.RasStatsCodec;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.WindowsProfile;

/**
 * The simulator's answers to the inspect functions (docs/contract.md §8): traffic on the test's
 * clock, the profile's facts, the error codes of each rule and open point, the bytes written.
 */
class InspectCallsTest {
    private static final int INVALIDARG = RasError.E_INVALIDARG.code();
    private final AtomicLong millis = new AtomicLong(1_000_000);

    static <A extends InetAddress> A ip(String literal) {
        try {
            InetAddress address = InetAddress.getByName(literal);
            @SuppressWarnings("unchecked")
            A typed = (A) (literal.contains(":")
                    ? Inet6Address.getByAddress(null, address.getAddress(), (java.net.NetworkInterface) null) : address);
            return typed;
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private SimulatedRas sim(WindowsProfile profile) {
        return SimulatedRas.builder(profile).clock(millis::get).build();
    }

    private static ByteBuffer stats() {
        return Samples.withDwSize(60 + 8, 60);
    }

    @Test
    @DisplayName("javadoc: steady traffic on a moved clock; every counter follows it, the duration too")
    void trafficFollowsTheClock() {
        SimulatedRas ras = sim(WindowsProfile.windows10x64());
        RasHandle v = ras.connect(Samples.vpn("VPN"));
        ras.setTraffic(v, Traffic.steady(100_000_000, 1_000, 50_000));
        ras.setNegotiation(v, Negotiation.ikev2(ip("10.9.0.7"), ip("203.0.113.5"))
                .withIpv6(ip("2001:db8:1::7"), ip("2001:db8::1")));
        millis.addAndGet(60_000);
        ByteBuffer buffer = stats();
        assertEquals(0, ras.getConnectionStatistics(v, buffer));
        ConnectionStatistics s = RasStatsCodec.create().decode(buffer);
        assertEquals(List.of(60_000L, 3_000_000L, 60L, 34L * 60, 100_000_000L), // frames: ceil(rate / 1500) a second
                List.of(s.bytesSent(), s.bytesReceived(), s.framesSent(), s.framesReceived(), s.bitsPerSecond()));
        assertEquals(Duration.ofSeconds(60), s.connectDuration());
        assertEquals(Samples.CANARY, buffer.get(60), "nothing past dwSize");
        assertEquals(1, ras.callCount(SimFunction.GET_CONNECTION_STATISTICS));
    }

    @Test
    @DisplayName("counters wrap modulo 2^32; a dropped line freezes them; a dialling one has none")
    void wrapDropAndDial() {
        SimulatedRas ras = sim(WindowsProfile.windowsXpx86());
        RasHandle v = ras.connect(Samples.vpn("VPN"));
        ConnectionStatistics start = new ConnectionStatistics(0xFFFF_FF00L, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 64_000,
                Duration.ZERO);
        ras.setTraffic(v, new Traffic(start, 0x100, 0, 0, 0));
        millis.addAndGet(2_000);
        ByteBuffer buffer = stats();
        assertEquals(0, ras.getConnectionStatistics(v, buffer));
        assertEquals(0x100L, RasStatsCodec.create().decode(buffer).bytesSent());
        ras.drop(v, 628);
        millis.addAndGet(5_000);
        assertEquals(0, ras.getConnectionStatistics(v, buffer));
        assertEquals(Duration.ofSeconds(2), RasStatsCodec.create().decode(buffer).connectDuration());
        RasHandle d = ras.dial(Samples.vpn("Dialling"), ConnectionState.AUTHENTICATE);
        assertEquals(0, ras.getConnectionStatistics(d, buffer));
        assertEquals(ConnectionStatistics.ZERO, RasStatsCodec.create().decode(buffer));
        ras.advance(d, ConnectionState.CONNECTED);
        millis.addAndGet(3_000);
        assertEquals(0, ras.getConnectionStatistics(d, buffer));
        assertEquals(Duration.ofSeconds(3), RasStatsCodec.create().decode(buffer).connectDuration(),
                "counted from the moment it connected");
    }

    @Test
    @DisplayName("E_INVALIDARG for handle 0, NULL, a wrong dwSize, sub-entry 0; 6 stale; 127 before 2000")
    void statisticsErrors() {
        SimulatedRas ras = sim(WindowsProfile.windows2000x86());
        RasHandle v = ras.connect(Samples.vpn("VPN"));
        assertEquals(INVALIDARG, ras.getConnectionStatistics(RasHandle.NULL, stats()));
        assertEquals(INVALIDARG, ras.getConnectionStatistics(v, null));
        for (int dwSize : new int[] {0, 56, 59, 61, 64, -1}) {
            ByteBuffer buffer = Samples.withDwSize(80, dwSize);
            byte[] before = buffer.array().clone();
            assertEquals(INVALIDARG, ras.getConnectionStatistics(v, buffer), "dwSize " + dwSize);
            assertArrayEquals(before, buffer.array(), "nothing written");
        }
        assertEquals(INVALIDARG, ras.getConnectionStatistics(v, Samples.withDwSize(59, 60)), "capacity below dwSize");
        assertEquals(INVALIDARG, ras.getLinkStatistics(v, 0, stats()));
        assertEquals(RasError.ERROR_INVALID_PARAMETER.code(), ras.getLinkStatistics(v, 2, stats()));
        assertEquals(0, ras.getLinkStatistics(v, 1, stats()));
        ras.hangUp(v);
        assertEquals(6, ras.getConnectionStatistics(v, stats()));
        assertEquals(6, ras.getLinkStatistics(v, 1, stats()));
        SimulatedRas nt4 = sim(WindowsProfile.windowsNt4x86());
        RasHandle old = nt4.connect(Samples.vpn("VPN"));
        assertEquals(127, nt4.getConnectionStatistics(old, stats()));
        assertEquals(127, nt4.getLinkStatistics(old, 1, stats()));
    }

    @Test
    @DisplayName("the links of a multilink connection add up to it; a hung-up link answers 606")
    void multilinkShares() {
        SimulatedRas ras = sim(WindowsProfile.windows7x64());
        RasHandle m = ras.connectMultilink(Samples.vpn("ISDN"), StatusDetails.NONE, 3);
        ras.setTraffic(m, Traffic.steady(128_000, 1_001, 2_002));
        millis.addAndGet(1_000);
        long sum = 0;
        for (int link = 1; link <= 3; link++) {
            ByteBuffer buffer = stats();
            assertEquals(0, ras.getLinkStatistics(m, link, buffer));
            sum += RasStatsCodec.create().decode(buffer).bytesSent();
        }
        ByteBuffer all = stats();
        assertEquals(0, ras.getConnectionStatistics(m, all));
        assertEquals(1_001, RasStatsCodec.create().decode(all).bytesSent());
        assertEquals(1_001, sum);
        RasHandle second = ras.connection(m).orElseThrow().subEntryHandles().get(1);
        ByteBuffer viaHandle = stats();
        ByteBuffer viaIndex = stats();
        assertEquals(0, ras.getConnectionStatistics(second, viaHandle));
        assertEquals(0, ras.getLinkStatistics(m, 2, viaIndex));
        assertArrayEquals(viaIndex.array(), viaHandle.array(), "a sub-entry handle gives its link's counters");
        ras.hangUp(second);
        assertEquals(RasError.ERROR_PORT_NOT_CONNECTED.code(), ras.getLinkStatistics(m, 2, stats()));
        assertEquals(RasError.ERROR_INVALID_PARAMETER.code(), ras.getLinkStatistics(m, 4, stats()));
    }

    @Test
    @DisplayName("RASPPPIP in every accepted version; 603 sizing through *lpcb; 632, 6, 730, 731, 87")
    void pppIp() {
        SimulatedRas ras = sim(WindowsProfile.windowsXpx86());
        RasHandle v = ras.connect(Samples.vpn("PPTP"));
        assertEquals(RasError.ERROR_PROTOCOL_NOT_CONFIGURED.code(), projection(ras, v, RasProjection.PPP_IP, 48, 48));
        ras.setNegotiation(v, Negotiation.ppp(ip("10.8.0.6"), ip("10.8.0.1")));
        RasPppIpCodec codec = RasPppIpCodec.create();
        for (RasPppIpLayout layout : ras.profile().pppIpLayouts(RasCharset.W)) {
            ByteBuffer buffer = Samples.withDwSize(layout.size() + 4, layout.size());
            DwordRef lpcb = DwordRef.of(buffer.capacity());
            assertEquals(0, ras.getProjectionInfo(RasCharset.W, v, RasProjection.PPP_IP.code(), buffer, lpcb));
            assertEquals(layout.size(), lpcb.get());
            assertEquals(Samples.CANARY, buffer.get(layout.size()));
            IpProjection ip = codec.decode(buffer, layout);
            assertEquals(Optional.of(ip("10.8.0.6")), ip.address());
            assertEquals(layout.version() != RasPppIpVersion.V350, ip.serverAddress().isPresent());
        }
        DwordRef small = DwordRef.of(47);
        ByteBuffer buffer = Samples.withDwSize(48, 48);
        assertEquals(603, ras.getProjectionInfo(RasCharset.A, v, RasProjection.PPP_IP.code(), buffer, small));
        assertEquals(48, small.get());
        assertEquals(632, ras.getProjectionInfo(RasCharset.A, v, RasProjection.PPP_IP.code(), null, DwordRef.of(0)),
                "XP has no NULL size query");
        assertEquals(632, projection(ras, v, RasProjection.PPP_IP, 80, 80), "RASPPPIPW's size through the A function");
        assertEquals(87, projection(ras, v, RasProjection.PPP_IPV6, 28, 28), "no RASP_PppIpv6 before Vista");
        assertEquals(87, ras.getProjectionInfo(RasCharset.A, v, RasProjection.PPP_IP.code(), Samples.withDwSize(48, 48),
                null));
        assertEquals(731, projection(ras, v, RasProjection.PPP_LCP, 48, 48), "a protocol the simulator does not model");
        assertEquals(6, projection(ras, RasHandle.NULL, RasProjection.PPP_IP, 48, 48));
        RasHandle d = ras.dial(Samples.vpn("Dialling"), ConnectionState.AUTHENTICATE);
        assertEquals(730, projection(ras, d, RasProjection.PPP_IP, 48, 48));
        ras.hangUp(v);
        assertEquals(6, projection(ras, v, RasProjection.PPP_IP, 48, 48));
    }

    private static int projection(SimulatedRas ras, RasHandle h, RasProjection p, int capacity, int dwSize) {
        return ras.getProjectionInfo(RasCharset.A, h, p.code(), Samples.withDwSize(capacity, dwSize),
                DwordRef.of(capacity));
    }

    @Test
    @DisplayName("RASPPPIPV6 from Vista: interface identifiers of the addresses; the NULL size query")
    void pppIpv6() {
        SimulatedRas ras = sim(WindowsProfile.windowsVistax64());
        RasHandle v = ras.connect(Samples.vpn("L2TP"));
        ras.setNegotiation(v, Negotiation.ppp(ip("10.8.0.6"), ip("10.8.0.1"))
                .withIpv6(ip("fe80::211:22ff:fe33:4455"), ip("fe80::1")));
        ByteBuffer buffer = Samples.withDwSize(28, 28);
        assertEquals(0, ras.getProjectionInfo(RasCharset.W, v, RasProjection.PPP_IPV6.code(), buffer, DwordRef.of(28)));
        assertEquals(new Ipv6Projection(0, 0x0211_22FF_FE33_4455L, 1, 0, 0), RasPppIpv6Codec.create().decode(buffer));
        DwordRef lpcb = DwordRef.of(0);
        assertEquals(603, ras.getProjectionInfo(RasCharset.W, v, RasProjection.PPP_IP.code(), null, lpcb));
        assertEquals(80, lpcb.get(), "the newest RASPPPIPW");
        assertEquals(632, ras.getProjectionInfo(RasCharset.W, v, RasProjection.PPP_IPV6.code(),
                Samples.withDwSize(32, 32), DwordRef.of(32)));
    }

    @Test
    @DisplayName("RasGetProjectionInfoEx: 603 with the size, the IKEv2 arrays after the structure at the caller's address")
    void projectionInfoEx() {
        for (WindowsProfile profile : List.of(WindowsProfile.windows7x86(), WindowsProfile.windows11x64())) {
            SimulatedRas ras = sim(profile);
            RasHandle v = ras.connect(Samples.vpn("IKEv2"));
            assertEquals(731, ras.getProjectionInfoEx(v, null, 0x10000, DwordRef.of(0)));
            List<Inet4Address> servers = List.of(ip("203.0.113.6"), ip("203.0.113.7"));
            ras.setNegotiation(v, Negotiation.ikev2(ip("10.9.0.7"), ip("203.0.113.5"))
                    .withIpv6(ip("2001:db8:1::7"), ip("2001:db8::1")).withServerAddresses(servers, List.of()));
            DwordRef size = DwordRef.of(0);
            assertEquals(603, ras.getProjectionInfoEx(v, null, 0x10000, size));
            assertEquals(108 + 8, size.get());
            ByteBuffer buffer = Samples.withDwSize(200, ProjectionInfo.RASAPIVERSION_601);
            assertEquals(603, ras.getProjectionInfoEx(v, buffer, 0x10000, DwordRef.of(115)));
            DwordRef lpdwSize = DwordRef.of(200);
            assertEquals(0, ras.getProjectionInfoEx(v, buffer, 0x10000, lpdwSize));
            assertEquals(116, lpdwSize.get());
            assertEquals(Samples.CANARY, buffer.get(116), "nothing past what it needs");
            Ikev2Projection ikev2 = (Ikev2Projection) ProjectionInfoCodec.create()
                    .decode(buffer, RasProjectionInfoLayout.of(profile.abi()), 116, 0x10000);
            assertEquals(Optional.of(servers), ikev2.ipv4ServerAddresses());
            assertEquals(Optional.of(ip("2001:db8:1::7")), ikev2.ipv6Address());
            assertEquals(632, ras.getProjectionInfoEx(v, Samples.withDwSize(200, 3), 0x10000, DwordRef.of(200)));
            assertEquals(87, ras.getProjectionInfoEx(v, buffer, 0x10000, null));
            assertEquals(731, ras.getProjectionInfo(RasCharset.W, v, RasProjection.PPP_IP.code(),
                    Samples.withDwSize(80, 80), DwordRef.of(80)), "an IKEv2 connection ran no PPP");
        }
        SimulatedRas vista = sim(WindowsProfile.windowsVistax86());
        RasHandle v = vista.connect(Samples.vpn("VPN"));
        assertEquals(127, vista.getProjectionInfoEx(v, null, 0x10000, DwordRef.of(0)));
    }

    @Test
    @DisplayName("a PPP connection's RAS_PROJECTION_INFO; a multilink one is bundled")
    void pppInfo() {
        SimulatedRas ras = sim(WindowsProfile.windows10x86());
        RasHandle m = ras.connectMultilink(Samples.vpn("ISDN"), StatusDetails.NONE, 2);
        ras.setNegotiation(m, Negotiation.ppp(ip("10.8.0.6"), ip("10.8.0.1")));
        ByteBuffer buffer = Samples.withDwSize(108, ProjectionInfo.RASAPIVERSION_601);
        DwordRef lpdwSize = DwordRef.of(108);
        assertEquals(0, ras.getProjectionInfoEx(m, buffer, 0x10000, lpdwSize));
        PppProjection ppp = (PppProjection) ProjectionInfoCodec.create()
                .decode(buffer, RasProjectionInfoLayout.of(Abi.X86), lpdwSize.get(), 0x10000);
        assertEquals(Optional.of(ip("10.8.0.1")), ppp.ipv4ServerAddress());
        assertEquals(731, ppp.ipv6NegotiationError());
        assertEquals(true, ppp.multilink());
        assertEquals(87, ras.getProjectionInfoEx(m, buffer, 0xFFFF_FFF0L, DwordRef.of(108)),
                "an x86 caller's pointers must fit 32 bits");
    }

    @Test
    @DisplayName("setTraffic and setNegotiation need a live connection's own handle; PPP has no server lists")
    void fixtureChecks() {
        SimulatedRas ras = sim(WindowsProfile.windows10x64());
        assertThrows(IllegalArgumentException.class, () -> ras.setTraffic(RasHandle.of(4), Traffic.NONE));
        RasHandle m = ras.connectMultilink(Samples.vpn("ISDN"), StatusDetails.NONE, 2);
        RasHandle link = ras.connection(m).orElseThrow().subEntryHandles().get(0);
        assertThrows(IllegalArgumentException.class,
                () -> ras.setNegotiation(link, Negotiation.ppp(ip("10.0.0.1"), ip("10.0.0.2"))));
        assertThrows(IllegalArgumentException.class, () -> Negotiation.ppp(ip("10.0.0.1"), ip("10.0.0.2"))
                .withServerAddresses(List.of(ip("10.0.0.3")), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Traffic(ConnectionStatistics.ZERO, -1, 0, 0, 0));
        ras.failNextCall(SimFunction.GET_PROJECTION_INFO_EX, 8);
        assertEquals(8, ras.getProjectionInfoEx(m, null, 0x10000, DwordRef.of(0)));
        assertEquals("RasGetProjectionInfoW", SimFunction.getProjectionInfo(RasCharset.W).win32Name());
        assertEquals("RasGetLinkStatistics", SimFunction.GET_LINK_STATISTICS.win32Name());
    }
}
