package org.ras4j.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ras4j.ConnectionState;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.jna.StandInBackends;
import org.ras4j.sim.Negotiation;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.sim.StatusDetails;
import org.ras4j.sim.Traffic;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;

/**
 * Capture through JNA and the C stand-in of rasapi32 (the whole native path on Linux): the trace holds
 * the same calls and bytes as a capture of the same machine without JNA, checks clean, and replays to
 * the same {@code RasClient} results as the live JNA backend gave.
 */
class JnaCaptureTest {
    static Stream<WindowsProfile> profiles() {
        return Stream.of(WindowsProfile.windowsXpx64(), WindowsProfile.windowsVistax64(), WindowsProfile.windows7x64(),
                WindowsProfile.windows11x64());
    }

    @AfterEach
    void noCallbackFailed() {
        assertNull(StandInBackends.failure(), "the serving backend threw inside the stand-in");
    }

    private static InetAddress ip(String literal) throws IOException {
        return InetAddress.getByName(literal);
    }

    /** A machine with a PPP VPN (IPv4 and IPv6, traffic), an IKEv2 VPN, a dial-up line and a dropped one. */
    private static SimulatedRas machine(WindowsProfile profile) throws IOException {
        SimulatedRas sim = SimulatedRas.builder(profile).clock(() -> 30_000).build();
        RasHandle vpn = sim.connect(RasConnection.builder(RasHandle.NULL, "Büro-VPN").deviceType("vpn")
                .deviceName("WAN Miniport (SSTP)").build(), StatusDetails.ofPhoneNumber("vpn.example.com"));
        sim.setTraffic(vpn, Traffic.steady(100_000_000, 2_000, 80_000));
        sim.setNegotiation(vpn, Negotiation.ppp((Inet4Address) ip("10.8.0.6"), (Inet4Address) ip("10.8.0.1"))
                .withIpv6((Inet6Address) ip("fd00::6"), (Inet6Address) ip("fd00::1")));
        RasHandle ike = sim.connect(RasConnection.builder(RasHandle.NULL, "Home").deviceType("vpn").build());
        sim.setNegotiation(ike, Negotiation.ikev2((Inet4Address) ip("10.9.0.7"), (Inet4Address) ip("203.0.113.5"))
                .withServerAddresses(List.of((Inet4Address) ip("203.0.113.6")), List.of()));
        sim.connect(RasConnection.builder(RasHandle.NULL, ".5550123").deviceType("modem").build());
        RasHandle dropped = sim.connect(RasConnection.builder(RasHandle.NULL, "Backup").deviceType("isdn").build());
        sim.drop(dropped, 628);
        sim.dial(RasConnection.builder(RasHandle.NULL, "Dialling").build(), ConnectionState.AUTHENTICATE);
        return sim;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void aCaptureThroughJnaIsTheCaptureOfTheMachine(WindowsProfile profile) throws IOException {
        Trace direct = Capture.run(machine(profile), profile);
        RasBackend jna = StandInBackends.serving(machine(profile));
        Trace native_ = Trace.parse(Capture.run(jna, profile).toText());

        assertEquals(direct.calls(), native_.calls());
        assertEquals(List.of(), TraceChecker.check(native_, profile));
        for (RasCharset charset : RasCharset.values()) {
            ClientView live = ClientView.read(RasClient.builder(jna).charset(charset)
                    .ansiCharset(profile.ansiCharset()).build());
            ClientView replayed = ClientView.read(RasClient.builder(ReplayBackend.of(native_)).charset(charset)
                    .ansiCharset(profile.ansiCharset()).build());
            assertEquals(live, replayed, charset.name());
            assertFalse(live.details().isEmpty());
        }
    }
}
