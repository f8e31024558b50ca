package org.ras4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.ras4j.codec.Abi;
import org.ras4j.codec.ProjectionInfoCodec;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasPppIpCodec;
import org.ras4j.codec.RasPppIpLayout;
import org.ras4j.codec.RasPppIpVersion;
import org.ras4j.codec.RasProjection;
import org.ras4j.codec.RasProjectionInfoLayout;
import org.ras4j.codec.RasStatsCodec;
import org.ras4j.spi.Buffers;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;

/**
 * {@link RasClient#statistics}, {@link RasClient#projection} over hand-written backends:
 * negotiation of the {@code RASPPPIP} version on 632, bounded growth on 603, the answers that mean
 * "not negotiated", and what a backend reports checked before it is decoded (docs/contract.md
 * C-CLIENT-05).
 */
class RasClientInspectTest {
    private static final RasHandle H = RasHandle.of(0x2_0000_0004L);
    private static final ConnectionStatistics STATS = new ConnectionStatistics(1, 2, 3, 4, 0, 0, 0, 0, 0, 0, 100, 100,
            33_600, Duration.ofSeconds(90));

    private static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /** A backend with no connection listing, answering only what each test scripts. */
    private abstract static class Inspecting implements RasBackend {
        final List<String> calls = new ArrayList<>();

        @Override
        public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef lpcConnections) {
            return 0;
        }

        @Override
        public int getConnectStatus(RasCharset charset, RasHandle handle, ByteBuffer status) {
            return 6;
        }

        @Override
        public Abi abi() {
            return Abi.X64;
        }
    }

    @Test
    void statisticsAreDecodedAndEveryErrorCarriesItsCode() {
        Inspecting backend = new Inspecting() {
            @Override
            public int getConnectionStatistics(RasHandle handle, ByteBuffer statistics) {
                calls.add("stats " + Buffers.dwSize(statistics));
                if (!handle.equals(H)) {
                    return handle.isNull() ? RasError.E_INVALIDARG.code() : 6;
                }
                RasStatsCodec.create().encode(STATS, statistics);
                return 0;
            }
        };
        RasClient client = RasClient.using(backend);
        assertEquals(STATS, client.statistics(H));
        assertEquals(List.of("stats 60"), backend.calls);
        assertEquals(6, assertThrows(RasException.class, () -> client.statistics(RasHandle.of(8))).code());
        RasException invalid = assertThrows(RasException.class, () -> client.statistics(RasHandle.NULL));
        assertEquals("E_INVALIDARG", invalid.symbolicName());
        assertEquals(127, assertThrows(RasException.class, () -> client.linkStatistics(H, 1)).code(),
                "the port's default: the function does not exist");
    }

    @Test
    void theRasPppIpVersionStepsDownOn632AndIsRemembered() {
        RasPppIpLayout v351 = RasPppIpLayout.of(RasPppIpVersion.V351, RasCharset.W, Abi.X64);
        IpProjection ip = new IpProjection(0, Optional.of((java.net.Inet4Address) ip("10.0.0.5")),
                Optional.of((java.net.Inet4Address) ip("10.0.0.1")), OptionalInt.empty(), OptionalInt.empty());
        Inspecting backend = new Inspecting() {
            @Override
            public int getProjectionInfo(RasCharset charset, RasHandle handle, int projection, ByteBuffer buffer,
                    DwordRef lpcb) {
                calls.add(projection + ":" + Buffers.dwSize(buffer));
                if (projection != RasProjection.PPP_IP.code()) {
                    return RasError.ERROR_INVALID_PARAMETER.code(); // no RASP_PppIpv6 before Vista
                }
                if (Buffers.dwSize(buffer) != v351.size()) {
                    return 632;
                }
                RasPppIpCodec.create().encode(ip, v351, buffer);
                return 0;
            }
        };
        RasClient client = RasClient.using(backend);
        ConnectionProjection first = client.projection(H);
        assertEquals(Optional.of(ip), first.ip());
        assertEquals(Optional.empty(), first.ipv6(), "87 for RASP_PppIpv6: a Windows without it");
        assertEquals(Optional.empty(), first.info(), "127: no RasGetProjectionInfoEx");
        assertEquals(List.of("32801:80", "32801:72", "32855:28"), backend.calls);
        backend.calls.clear();
        client.projection(H);
        assertEquals(List.of("32801:72", "32855:28"), backend.calls, "the version that worked is remembered");
    }

    @Test
    void notNegotiatedIsEmptyAndAStaleHandleThrows() {
        Inspecting backend = new Inspecting() {
            @Override
            public int getProjectionInfo(RasCharset charset, RasHandle handle, int projection, ByteBuffer buffer,
                    DwordRef lpcb) {
                return handle.equals(H) ? RasError.ERROR_PROTOCOL_NOT_CONFIGURED.code() : 6;
            }

            @Override
            public int getProjectionInfoEx(RasHandle handle, ByteBuffer buffer, long address, DwordRef lpdwSize) {
                return handle.equals(H) ? RasError.ERROR_PROTOCOL_NOT_CONFIGURED.code() : 6;
            }
        };
        RasClient client = RasClient.using(backend);
        assertEquals(ConnectionProjection.NONE, client.projection(H));
        assertEquals(6, assertThrows(RasException.class, () -> client.projection(RasHandle.of(12))).code());
    }

    @Test
    void theExBufferGrowsTo603sSizeAndTheArraysAreReadAtTheClientsAddress() {
        Ikev2Projection ikev2 = new Ikev2Projection(0, Optional.of((java.net.Inet4Address) ip("10.9.0.7")),
                Optional.empty(), 1, Optional.empty(), Optional.empty(), 0, 2, 26, 1, 5, 100,
                Optional.of(java.util.Collections.nCopies(100, (java.net.Inet4Address) ip("203.0.113.9"))), 0,
                Optional.of(List.of()));
        RasProjectionInfoLayout layout = RasProjectionInfoLayout.of(Abi.X64);
        int needed = ProjectionInfoCodec.create().requiredSize(ikev2, layout);
        Inspecting backend = new Inspecting() {
            @Override
            public int getProjectionInfoEx(RasHandle handle, ByteBuffer buffer, long address, DwordRef lpdwSize) {
                calls.add(lpdwSize + "@" + Long.toHexString(address));
                if (lpdwSize.getUnsigned() < needed) {
                    lpdwSize.set(needed);
                    return 603;
                }
                lpdwSize.set(ProjectionInfoCodec.create().encode(ikev2, layout, buffer, address));
                return 0;
            }
        };
        RasClient client = RasClient.using(backend);
        assertEquals(Optional.of(ikev2), client.projection(H).ikev2());
        assertEquals(2, backend.calls.size(), backend.calls.toString());
        assertTrue(backend.calls.get(1).startsWith(needed + "@"), backend.calls.toString());
        backend.calls.clear();
        client.projection(H);
        assertEquals(1, backend.calls.size(), "the size that worked is remembered");
    }

    @Test
    void endless603sAndLiesAreRasExceptionsNotReadsBeyondTheBuffer() {
        Inspecting growing = new Inspecting() {
            @Override
            public int getProjectionInfoEx(RasHandle handle, ByteBuffer buffer, long address, DwordRef lpdwSize) {
                lpdwSize.set((int) lpdwSize.getUnsigned() + 4);
                return 603;
            }
        };
        RasException endless = assertThrows(RasException.class,
                () -> RasClient.builder(growing).maxRounds(3).build().projection(H));
        assertEquals(603, endless.code());
        assertTrue(endless.getMessage().contains("gave up after 3 rounds"), endless::getMessage);

        Inspecting huge = new Inspecting() {
            @Override
            public int getProjectionInfoEx(RasHandle handle, ByteBuffer buffer, long address, DwordRef lpdwSize) {
                lpdwSize.set(-1);
                return 603;
            }
        };
        assertEquals(603, assertThrows(RasException.class, () -> RasClient.using(huge).projection(H)).code());

        Inspecting lying = new Inspecting() {
            @Override
            public int getProjectionInfoEx(RasHandle handle, ByteBuffer buffer, long address, DwordRef lpdwSize) {
                ProjectionInfoCodec.create().encode(PppProjectionSample.PPP, RasProjectionInfoLayout.of(Abi.X64), buffer,
                        address);
                lpdwSize.set(buffer.capacity() + 1);
                return 0;
            }
        };
        assertEquals(610, assertThrows(RasException.class, () -> RasClient.using(lying).projection(H)).code());
    }

    /** A PPP projection to write. */
    private static final class PppProjectionSample {
        static final PppProjection PPP = new PppProjection(0, Optional.of((java.net.Inet4Address) ip("10.8.0.6")),
                Optional.empty(), 0, 0, 720, 0, 0, false, false, 0xC223, 0x81, 0xC223, 0x81, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
