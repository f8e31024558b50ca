package org.ras4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ras4j.ConnectionState;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.TunnelEndpoint;
import org.ras4j.sim.Negotiation;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.sim.StatusDetails;
import org.ras4j.sim.Traffic;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.trace.Capture;
import org.ras4j.trace.Finding;
import org.ras4j.trace.Trace;
import org.ras4j.trace.TraceChecker;

/**
 * Every broken backend of the kit's self-test ({@link BrokenBackends#all()}), recorded by
 * {@code ras4j capture}'s sequence on three machines — one with connections of every kind, one whose RAS
 * service is stopped, one with 260 connections — is caught by the trace checker in at least one of the
 * three traces; the few mistakes no single-threaded capture of one standing state can show are named
 * below with the reason, and that list is kept exact.
 */
class CheckerCatchesBrokenBackendsTest {
    /**
     * The mistakes a trace cannot show, and why: the capture is one thread's calls against one standing
     * state, so a race, a signal, a change of state, a handle no query hands out and a lie told alike in
     * every call are not in it.
     */
    private static final Map<String, String> NOT_IN_A_TRACE = Map.ofEntries(
            Map.entry("sharedScratchBuffer", "a race: only two threads calling at once mix their answers; "
                    + "a capture is one thread's calls"),
            Map.entry("neverSignals", "a signal of RasConnectionNotification needs a change of state (a "
                    + "connection made or ended), and a trace records registrations, never signals"),
            Map.entry("entryNameCutAt255", "a consistent lie: every version and charset cuts the 256-character "
                    + "name alike, and nothing else in a trace knows the name"),
            Map.entry("dropsPhoneNumberDot", "a consistent lie: every listing drops the '.' alike, and nothing in "
                    + "a trace says the connection was made without a phone-book entry"),
            Map.entry("dropLosesReason", "a consistent lie C-STAT-05 allows (dwError 'if nonzero'): every status "
                    + "says 0, and nothing else in a trace knows why the line dropped"),
            Map.entry("swapsEndPoints", "a consistent lie: only RASCONNSTATUS V601 carries the tunnel end points, "
                    + "swapped alike in every call, and nothing else in a trace knows which end is local"),
            Map.entry("goneLinkIsInvalidHandle", "needs a sub-entry handle whose link is gone: no function of the "
                    + "port hands out a sub-entry handle (RasGetSubEntryHandle is not in it), so no capture asks"));

    /** The connections of {@link #crowded}: more than 255. */
    private static final int CROWD = 260;

    static List<Broken> brokenBackends() {
        return BrokenBackends.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenBackends")
    @DisplayName("a capture of each broken backend fails the trace checker, or the mistake is one no trace shows")
    void caught(Broken broken) {
        List<Finding> findings = findings(broken);
        if (NOT_IN_A_TRACE.containsKey(broken.name())) {
            assertTrue(findings.isEmpty(), broken + " is listed as invisible in a trace ("
                    + NOT_IN_A_TRACE.get(broken.name()) + "), but the checker found " + findings);
        } else {
            assertFalse(findings.isEmpty(), broken + ": the checker found nothing in its capture");
        }
    }

    @Test
    @DisplayName("the unmodified simulator of every profile, captured on the same machine, checks clean")
    void noFalseAlarm() {
        for (WindowsProfile profile : WindowsProfile.all()) {
            for (SimulatedRas sim : List.of(machine(profile), stopped(profile), crowded(profile))) {
                Trace trace = Capture.run(sim, profile);
                assertEquals(List.of(), TraceChecker.check(trace, profile), profile.name());
            }
        }
    }

    @Test
    @DisplayName("every mistake listed as invisible in a trace is a broken backend of the self-test")
    void theListNamesBrokenBackends() {
        Set<String> names = BrokenBackends.all().stream().map(Broken::name).collect(Collectors.toSet());
        assertEquals(Set.of(), new TreeSet<>(NOT_IN_A_TRACE.keySet()).stream().filter(n -> !names.contains(n))
                .collect(Collectors.toSet()));
    }

    private static List<Finding> findings(Broken broken) {
        List<Finding> findings = new ArrayList<>();
        for (SimulatedRas sim : List.of(machine(broken.simulated()), stopped(broken.simulated()),
                crowded(broken.simulated()))) {
            Trace trace = Capture.run(broken.wrapper().apply(sim), broken.profile());
            findings.addAll(TraceChecker.check(trace, broken.profile()));
        }
        return findings;
    }

    /** A machine of {@code profile} whose RAS service is stopped: nothing is listed, every handle is stale. */
    static SimulatedRas stopped(WindowsProfile profile) {
        SimulatedRas sim = SimFixture.simulator(profile, new AtomicLong());
        sim.stopService();
        return sim;
    }

    /** A machine of {@code profile} with 260 plain connections: more than a byte counts, more than 16. */
    static SimulatedRas crowded(WindowsProfile profile) {
        SimulatedRas sim = SimFixture.simulator(profile, new AtomicLong());
        for (int i = 0; i < CROWD; i++) {
            sim.connect(RasConnection.builder(RasHandle.NULL, "VPN " + i).deviceType("vpn")
                    .deviceName("WAN Miniport " + i % 7).build());
        }
        return sim;
    }

    /**
     * A machine of {@code profile} with connections of every kind: non-ASCII text the code page has and
     * lacks, every text member long, a phone book under a non-ASCII user name, a {@code .}-number
     * entry, a multilink connection, a VPN with traffic, addresses and tunnel end points, an IKEv2 VPN, a dropped connection and one
     * still dialling.
     */
    static SimulatedRas machine(WindowsProfile profile) {
        AtomicLong clock = new AtomicLong();
        SimulatedRas sim = SimFixture.simulator(profile, clock);
        RasHandle vpn = sim.connect(RasConnection.builder(RasHandle.NULL, "Büro-VPN ✓ Жуков").deviceType("vpn")
                .deviceName("WAN Miniport (SSTP) — Zürich ✓")
                .phonebook("C:\\Users\\Jürgen\\AppData\\Roaming\\Microsoft\\Network\\Connections\\Pbk\\rasphone.pbk")
                .build(), StatusDetails.ofPhoneNumber("vpn.zürich.example")
                .withEndPoints(TunnelEndpoint.of(ipv4("203.0.113.7")), TunnelEndpoint.of(ipv4("198.51.100.1"))));
        sim.setTraffic(vpn, Traffic.steady(100_000_000, 1_200, 48_000));
        sim.setNegotiation(vpn, Negotiation.ppp(ipv4("10.8.0.6"), ipv4("10.8.0.1")));
        RasHandle ike = sim.connect(RasConnection.builder(RasHandle.NULL, "Home").deviceType("vpn")
                .deviceName("WAN Miniport (IKEv2)").build());
        sim.setNegotiation(ike, Negotiation.ikev2(ipv4("192.168.77.2"), ipv4("198.51.100.9")));
        sim.connect(RasConnection.builder(RasHandle.NULL, "L".repeat(256)).deviceType("t".repeat(16))
                .deviceName("D".repeat(128)).build());
        sim.connect(RasConnection.builder(RasHandle.NULL, ".5550123").deviceType("modem")
                .deviceName("Standard 56000 bps Modem").build());
        sim.connectMultilink(RasConnection.builder(RasHandle.NULL, "ISDN-Multilink").deviceType("isdn")
                .deviceName("ISDN channel").build(), StatusDetails.ofPhoneNumber("5550199"), 2);
        RasHandle dropped = sim.connect(RasConnection.builder(RasHandle.NULL, "Backup").deviceType("isdn")
                .deviceName("ISDN channel 2").build());
        sim.drop(dropped, 628);
        sim.dial(RasConnection.builder(RasHandle.NULL, "Dialling").deviceType("modem").deviceName("Modem 2").build(),
                ConnectionState.AUTHENTICATE);
        clock.set(60_000);
        return sim;
    }

    private static Inet4Address ipv4(String literal) {
        try {
            return (Inet4Address) InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
