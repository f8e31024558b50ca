package org.ras4j.jna;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ras4j.ConnectionProjection;
import org.ras4j.ConnectionStatistics;
import org.ras4j.Ikev2Projection;
import org.ras4j.ProjectionInfo;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.RasException;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.ProjectionInfoCodec;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasProjection;
import org.ras4j.codec.RasProjectionInfoField;
import org.ras4j.codec.RasProjectionInfoLayout;
import org.ras4j.sim.Negotiation;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.sim.Traffic;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.ForwardingRasBackend;
import org.ras4j.spi.WindowsProfile;

/**
 * The inspect functions of {@link JnaRasBackend} through the C stand-in: {@link RasClient} end to
 * end over JNA, the IKEv2 pointers translated into the caller's terms (C-PROJ-06) for heap and
 * direct buffers, a pointer to memory the caller does not have reported as NULL, a lying
 * {@code *lpdwSize} refused, and a {@code rasapi32} without the functions answered with 127
 * without a call (C-ERR-05).
 */
class JnaInspectTest {
    private static final long ADDRESS = 0x1_0000L;
    private final AtomicLong clock = new AtomicLong();

    @AfterEach
    void noCallbackFailed() {
        assertNull(StandIn.failure(), "the serving backend threw inside the stand-in");
    }

    private static Inet4Address v4(String literal) throws IOException {
        return (Inet4Address) InetAddress.getByName(literal);
    }

    private SimulatedRas vpn(RasHandle[] handle) throws IOException {
        SimulatedRas sim = SimulatedRas.builder(WindowsProfile.windows11x64()).clock(clock::get).build();
        handle[0] = sim.connect(RasConnection.builder(RasHandle.NULL, "Büro-VPN").deviceType("vpn").build());
        sim.setTraffic(handle[0], Traffic.steady(100_000_000, 2_000, 80_000));
        sim.setNegotiation(handle[0], Negotiation.ikev2(v4("10.9.0.7"), v4("203.0.113.5"))
                .withServerAddresses(List.of(v4("203.0.113.6"), v4("203.0.113.7")), List.of()));
        return sim;
    }

    @Test
    void theClientReadsStatisticsAndProjectionsThroughJna() throws IOException {
        RasHandle[] h = new RasHandle[1];
        RasClient client = RasClient.using(StandIn.serving(vpn(h)));
        clock.addAndGet(30_000);
        ConnectionStatistics stats = client.statistics(h[0]);
        assertEquals(List.of(60_000L, 2_400_000L, 100_000_000L),
                List.of(stats.bytesSent(), stats.bytesReceived(), stats.bitsPerSecond()));
        assertEquals(Duration.ofSeconds(30), stats.connectDuration());
        ConnectionProjection projection = client.projection(h[0]);
        assertEquals(Optional.empty(), projection.ip(), "an IKEv2 connection ran no PPP");
        Ikev2Projection ikev2 = projection.ikev2().orElseThrow();
        assertEquals(Optional.of(v4("10.9.0.7")), ikev2.ipv4Address());
        assertEquals(Optional.of(List.of(v4("203.0.113.6"), v4("203.0.113.7"))), ikev2.ipv4ServerAddresses(),
                "arrays the DLL pointed to with its own addresses, read in the client's terms");
        assertEquals(6, assertThrows(RasException.class, () -> client.statistics(RasHandle.of(0x7E57_0000_0001L)))
                .code());
    }

    @Test
    void pointersIntoTheMemoryGivenAreRebasedForHeapAndDirectBuffers() throws IOException {
        RasHandle[] h = new RasHandle[1];
        JnaRasBackend jna = StandIn.serving(vpn(h));
        RasProjectionInfoLayout layout = RasProjectionInfoLayout.of(Abi.X64);
        for (ByteBuffer buffer : List.of(ByteBuffer.allocate(256), ByteBuffer.allocateDirect(256))) {
            buffer.order(ByteOrder.LITTLE_ENDIAN).putInt(0, ProjectionInfo.RASAPIVERSION_601);
            DwordRef size = DwordRef.of(256);
            assertEquals(0, jna.getProjectionInfoEx(h[0], buffer, ADDRESS, size));
            assertEquals(layout.size(), buffer.getLong(layout.offset(RasProjectionInfoField.IKEV2_IPV4_SERVER_ADDRESSES))
                    - ADDRESS, "the array right after the structure, at the caller's address");
            Ikev2Projection decoded = (Ikev2Projection) ProjectionInfoCodec.create().decode(buffer, layout, size.get(),
                    ADDRESS);
            assertEquals(2, decoded.ipv4ServerAddresses().orElseThrow().size(), buffer.isDirect() ? "direct" : "heap");
            assertEquals(0, buffer.getLong(layout.offset(RasProjectionInfoField.IKEV2_IPV6_SERVER_ADDRESSES))
                    - ADDRESS - layout.size() - 8, "the empty IPv6 array after the IPv4 one");
        }
    }

    @Test
    void aPointerOutsideTheMemoryGivenBecomesNull() throws IOException {
        RasHandle[] h = new RasHandle[1];
        SimulatedRas sim = vpn(h);
        // A DLL that points into memory of its own: the serving simulator is told another address.
        RasBackend elsewhere = new ForwardingRasBackend(sim) {
            @Override
            public int getProjectionInfoEx(RasHandle handle, ByteBuffer buffer, long address, DwordRef lpdwSize) {
                return sim.getProjectionInfoEx(handle, buffer, 0x5000_0000_0000L, lpdwSize);
            }
        };
        JnaRasBackend jna = StandIn.serving(elsewhere);
        RasProjectionInfoLayout layout = RasProjectionInfoLayout.of(Abi.X64);
        ByteBuffer buffer = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(0, ProjectionInfo.RASAPIVERSION_601);
        DwordRef size = DwordRef.of(256);
        assertEquals(0, jna.getProjectionInfoEx(h[0], buffer, ADDRESS, size));
        assertEquals(0, buffer.getLong(layout.offset(RasProjectionInfoField.IKEV2_IPV4_SERVER_ADDRESSES)));
        Ikev2Projection decoded = (Ikev2Projection) ProjectionInfoCodec.create().decode(buffer, layout, size.get(),
                ADDRESS);
        assertEquals(Optional.empty(), decoded.ipv4ServerAddresses(), "memory the caller does not have");
        assertEquals(2, decoded.ipv4ServerAddressCount(), "the count stays");
    }

    @Test
    void aSuccessReportingMoreThanTheMemoryGivenIsRefused() throws IOException {
        RasHandle[] h = new RasHandle[1];
        SimulatedRas sim = vpn(h);
        RasBackend lying = new ForwardingRasBackend(sim) {
            @Override
            public int getProjectionInfo(RasCharset charset, RasHandle handle, int projection, ByteBuffer buffer,
                    DwordRef lpcb) {
                lpcb.set(lpcb.get() + 4096);
                return 0;
            }
        };
        JnaRasBackend jna = StandIn.serving(lying);
        ByteBuffer buffer = ByteBuffer.allocate(80).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 80);
        RasException e = assertThrows(RasException.class,
                () -> jna.getProjectionInfo(RasCharset.W, h[0], RasProjection.PPP_IP.code(), buffer, DwordRef.of(80)));
        assertEquals(RasError.ERROR_BUFFER_INVALID.code(), e.code());
    }

    @Test
    void memoryTooSmallForRasStatsIsRefusedWithoutACall() throws IOException {
        RasHandle[] h = new RasHandle[1];
        JnaRasBackend jna = StandIn.serving(vpn(h));
        ByteBuffer small = ByteBuffer.allocateDirect(40).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 60);
        assertEquals(RasError.E_INVALIDARG.code(), jna.getConnectionStatistics(h[0], small));
        ByteBuffer tiny = ByteBuffer.allocate(3);
        assertEquals(RasError.ERROR_INVALID_SIZE.code(), jna.getProjectionInfoEx(h[0], tiny, ADDRESS, DwordRef.of(3)));
    }

    @Test
    void aRasapi32WithoutTheFunctionsAnswers127() throws Exception {
        Path standIn = StandIn.library();
        Path source = standIn.getParent().getParent().getParent().resolve("src/test/c/rasapi32_standin.c");
        Path old = standIn.resolveSibling("librasapi32_before2000.so");
        Process cc = new ProcessBuilder("cc", "-std=c11", "-O2", "-shared", "-fPIC", "-DSTANDIN_WITHOUT_INSPECT",
                "-o", old.toString(), source.toString()).redirectErrorStream(true).start();
        assumeTrue(cc.waitFor(60, TimeUnit.SECONDS) && cc.exitValue() == 0 && Files.isRegularFile(old),
                "no C compiler to build a rasapi32 without the inspect functions");
        JnaRasBackend jna = JnaRasBackend.load(old);
        Rasapi32Library library = Rasapi32Library.load(old);
        assertTrue(library.exports("RasEnumConnectionsW"));
        assertFalse(library.exports("RasGetConnectionStatistics"));
        assertFalse(library.exports("RasGetProjectionInfoEx"));
        ByteBuffer stats = ByteBuffer.allocate(60).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 60);
        assertEquals(127, jna.getConnectionStatistics(RasHandle.of(4), stats));
        assertEquals(127, jna.getLinkStatistics(RasHandle.of(4), 1, stats));
        assertEquals(127, jna.getProjectionInfo(RasCharset.A, RasHandle.of(4), RasProjection.PPP_IP.code(), stats,
                DwordRef.of(60)));
        assertEquals(127, jna.getProjectionInfoEx(RasHandle.of(4), null, ADDRESS, DwordRef.of(0)));
        assertEquals(ConnectionProjection.NONE, RasClient.using(jna).projection(RasHandle.of(4)),
                "the client: nothing to report where the functions do not exist");
    }
}
