package org.ras4j.bench;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.ras4j.ConnectionProjection;
import org.ras4j.ConnectionStatistics;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.jna.JnaRasBackend;
import org.ras4j.sim.Negotiation;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.sim.Traffic;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;

/**
 * Inspecting one connection (docs/contract.md §8) with a reused {@link RasClient}:
 * {@code statistics(handle)} (one {@code RasGetConnectionStatistics}) and {@code projection(handle)}
 * ({@code RasGetProjectionInfo} for {@code RASP_PppIp} and {@code RASP_PppIpv6}, and
 * {@code RasGetProjectionInfoEx}, here an IKEv2 VPN with server-address lists), over
 * {@code SimulatedRas} (Windows 11 x64, its clock still) and over {@link JnaRasBackend} loading the C
 * stand-in, which hands every call to the same simulator through a JNA callback. With
 * {@code -prof gc}, {@code gc.alloc.rate.norm} is the allocation per call. {@link #backendStatistics}
 * is the floor of {@code statistics}: the backend call alone into a reused buffer.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class InspectBenchmark {
    /** {@code sim}: the simulator itself; {@code jna}: JnaRasBackend through the C stand-in. */
    @Param({"sim", "jna"})
    public String backend;

    /** {@code RasGetProjectionInfoA} or {@code W}. */
    @Param({"W", "A"})
    public RasCharset charset;

    private SimulatedRas sim;
    private RasBackend under;
    private RasClient client;
    private RasHandle vpn;
    private ByteBuffer statistics;

    /** The VPN, its traffic and negotiation; the client warmed once (versions and sizes remembered). */
    @Setup(Level.Trial)
    public void setUp() {
        java.util.concurrent.atomic.AtomicLong clock = new java.util.concurrent.atomic.AtomicLong();
        sim = SimulatedRas.builder(WindowsProfile.windows11x64()).clock(clock::get).build();
        vpn = sim.connect(RasConnection.builder(RasHandle.NULL, "B\u00fcro-VPN").deviceType("vpn")
                .deviceName("WAN Miniport (IKEv2)").build());
        sim.setTraffic(vpn, Traffic.steady(100_000_000, 12_000, 480_000));
        clock.set(90_000); // connected 90 s ago, and the clock stands still: every call the same work
        sim.setNegotiation(vpn, Negotiation.ikev2(v4("10.9.0.7"), v4("10.9.0.1"))
                .withIpv6(v6("2001:db8:1::7"), v6("2001:db8:1::1"))
                .withServerAddresses(List.of(v4("198.51.100.21"), v4("198.51.100.22")), List.of(v6("2001:db8::21"))));
        under = backend.equals("jna") ? JnaRasBackend.load(StandinInspect.serve(sim)) : sim;
        client = RasClient.builder(under).charset(charset).ansiCharset(SampleConnections.ANSI).build();
        client.statistics(vpn);
        client.projection(vpn);
        statistics = ByteBuffer.allocateDirect(60).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static Inet4Address v4(String literal) {
        try {
            return (Inet4Address) InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    private static Inet6Address v6(String literal) {
        try {
            return Inet6Address.getByAddress(null, InetAddress.getByName(literal).getAddress(), (NetworkInterface) null);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    /** {@code RasClient.statistics}: one backend call and a decoded {@code RAS_STATS}. */
    @Benchmark
    public ConnectionStatistics statistics() {
        return client.statistics(vpn);
    }

    /** {@code RasClient.projection}: three backend calls, the IKEv2 structure and its arrays decoded. */
    @Benchmark
    public ConnectionProjection projection() {
        return client.projection(vpn);
    }

    /** The floor of {@link #statistics}: {@code RasGetConnectionStatistics} alone, nothing decoded. */
    @Benchmark
    public int backendStatistics() {
        statistics.putInt(0, 60);
        return under.getConnectionStatistics(vpn, statistics) + statistics.getInt(4);
    }

    /** The backend measured, for the equal-work tests. */
    public RasBackend backend() {
        return under;
    }

    /** The simulator behind it. */
    public SimulatedRas simulator() {
        return sim;
    }

    /** The connection inspected. */
    public RasHandle handle() {
        return vpn;
    }
}
