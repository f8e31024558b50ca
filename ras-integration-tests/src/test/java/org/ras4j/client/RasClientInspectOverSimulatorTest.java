package org.ras4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.ConnectionProjection;
import org.ras4j.ConnectionState;
import org.ras4j.ConnectionStatistics;
import org.ras4j.IpProjection;
import org.ras4j.PppProjection;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasException;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.sim.Negotiation;
import org.ras4j.sim.SimFunction;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.sim.Traffic;
import org.ras4j.spi.WindowsProfile;

/**
 * {@link RasClient#statistics} and {@link RasClient#projection} over the simulator of every
 * profile: what each Windows version can report, the {@code RASPPPIP} version negotiated down, and
 * the errors that reach the caller (docs/contract.md §8).
 */
class RasClientInspectOverSimulatorTest {
    private final AtomicLong clock = new AtomicLong();

    private static Inet4Address v4(String literal) throws Exception {
        return (Inet4Address) InetAddress.getByName(literal);
    }

    private static Inet6Address v6(String literal) throws Exception {
        return Inet6Address.getByAddress(null, InetAddress.getByName(literal).getAddress(), (NetworkInterface) null);
    }

    @Test
    @DisplayName("every profile reports what its Windows can: statistics from 2000, IPv6 from Vista, RasGetProjectionInfoEx from 7")
    void eachProfileReportsWhatItsWindowsCan() throws Exception {
        for (WindowsProfile profile : WindowsProfile.all()) {
            for (RasCharset charset : RasCharset.values()) {
                SimulatedRas ras = SimulatedRas.builder(profile).clock(clock::get).build();
                RasHandle h = ras.connect(RasConnection.builder(RasHandle.NULL, "SSTP").deviceType("vpn").build());
                ras.setTraffic(h, Traffic.steady(1_000_000, 100, 200));
                ras.setNegotiation(h, Negotiation.ppp(v4("10.8.0.6"), v4("10.8.0.1"))
                        .withIpv6(v6("fe80::6"), v6("fe80::1")));
                RasClient client = RasClient.builder(ras).charset(charset).ansiCharset(profile.ansiCharset()).build();
                String what = profile + " " + charset;
                clock.addAndGet(10_000);
                if (profile.statistics()) {
                    ConnectionStatistics s = client.statistics(h);
                    assertEquals(List.of(1_000L, 2_000L), List.of(s.bytesSent(), s.bytesReceived()), what);
                    assertEquals(Duration.ofSeconds(10), s.connectDuration(), what);
                    assertEquals(s, client.linkStatistics(h, 1), what);
                } else {
                    assertEquals(127, assertThrows(RasException.class, () -> client.statistics(h)).code(), what);
                }
                ConnectionProjection p = client.projection(h);
                IpProjection ip = p.ip().orElseThrow();
                assertEquals(Optional.of(v4("10.8.0.6")), ip.address(), what);
                assertEquals(Optional.of(v4("10.8.0.1")), ip.serverAddress(), what);
                assertEquals(profile.statistics() ? OptionalInt.of(0) : OptionalInt.empty(), ip.options(),
                        what + ": RASPPPIP V500 from 2000 on, V351 before");
                assertEquals(profile.pppIpv6(), p.ipv6().isPresent(), what);
                assertEquals(profile.projectionInfoEx(), p.ppp().isPresent(), what);
                p.ppp().map(PppProjection::ipv4Address).ifPresent(a -> assertEquals(ip.address(), a, what));
            }
        }
    }

    @Test
    @DisplayName("a steady-state projection is one call per function; a dialling connection is 730, a hung-up one 6")
    void callsAndErrors() throws Exception {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).clock(clock::get).build();
        RasHandle h = ras.connect(RasConnection.builder(RasHandle.NULL, "VPN").build());
        ras.setNegotiation(h, Negotiation.ikev2(v4("10.9.0.7"), v4("203.0.113.5")));
        RasClient client = RasClient.using(ras);
        client.projection(h);
        client.projection(h);
        assertEquals(4, ras.callCount(SimFunction.GET_PROJECTION_INFO_W), "RASP_PppIp and RASP_PppIpv6, twice");
        assertEquals(2, ras.callCount(SimFunction.GET_PROJECTION_INFO_EX));
        RasHandle d = ras.dial(RasConnection.builder(RasHandle.NULL, "Dialling").build(), ConnectionState.AUTHENTICATE);
        assertEquals(730, assertThrows(RasException.class, () -> client.projection(d)).code());
        ras.hangUp(h);
        assertEquals(6, assertThrows(RasException.class, () -> client.projection(h)).code());
        assertEquals(6, assertThrows(RasException.class, () -> client.statistics(h)).code());
        ras.failNextCall(SimFunction.GET_CONNECTION_STATISTICS, 8);
        assertEquals(8, assertThrows(RasException.class, () -> client.statistics(d)).code());
    }
}
