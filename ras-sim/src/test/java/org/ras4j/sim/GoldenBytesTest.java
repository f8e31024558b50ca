package org.ras4j.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.codec.RasCharset;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.WindowsProfile;

/**
 * Whole enumerations compared byte for byte with buffers built by hand: every offset below is
 * computed by hand from {@code ras.h} under 4-byte packing, not taken from the codec.
 */
class GoldenBytesTest {
    private static final byte[] ENTRY_ID = bytes(0x10, 0xb8, 0xa7, 0x6b, 0xad, 0x9d, 0xd1, 0x11,
            0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8);
    private static final byte[] CORRELATION_ID = bytes(0x33, 0x22, 0x11, 0x00, 0x55, 0x44, 0x77, 0x66,
            0x88, 0x99, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff);
    private static final int TAIL = 16;

    /** Hand offsets of one {@code RASCONN} layout; {@code correlation} is -1 where the version lacks it. */
    private record Offsets(int size, int handleBytes, int name, int type, int device, int phonebook, int subEntry,
            int guid, int flags, int luid, int correlation) {
    }

    private static final Offsets W_X86_V501 = new Offsets(1368, 4, 8, 522, 556, 814, 1336, 1340, 1356, 1360, -1);
    private static final Offsets W_X64_V600 = new Offsets(1388, 8, 12, 526, 560, 818, 1340, 1344, 1360, 1364, 1372);
    private static final Offsets A_X86_V600 = new Offsets(720, 4, 8, 265, 282, 411, 672, 676, 692, 696, 704);
    private static final Offsets A_X64_V501 = new Offsets(708, 8, 12, 269, 286, 415, 676, 680, 696, 700, -1);

    @Test
    @DisplayName("RasEnumConnectionsW, Windows XP x86, RASCONNW V501: two entries byte for byte")
    void wideX86() {
        check(WindowsProfile.windowsXpx86(), RasCharset.W, W_X86_V501, 0x8000_0010L);
    }

    @Test
    @DisplayName("RasEnumConnectionsW, Windows 10 x64, RASCONNW V600: two entries byte for byte")
    void wideX64() {
        check(WindowsProfile.windows10x64(), RasCharset.W, W_X64_V600, 0x1_2345_6780L);
    }

    @Test
    @DisplayName("RasEnumConnectionsA, Windows 10 x86, RASCONNA V600 in windows-1252: two entries byte for byte")
    void ansiX86() {
        check(WindowsProfile.windows10x86(), RasCharset.A, A_X86_V600, 0x8000_0010L);
    }

    @Test
    @DisplayName("RasEnumConnectionsA, Windows XP x64, RASCONNA V501 in windows-1252: two entries byte for byte")
    void ansiX64() {
        check(WindowsProfile.windowsXpx64(), RasCharset.A, A_X64_V501, 0x1_2345_6780L);
    }

    private static void check(WindowsProfile profile, RasCharset charset, Offsets o, long firstHandle) {
        SimulatedRas ras = SimulatedRas.builder(profile).firstHandle(firstHandle).build();
        ras.connect(Samples.vpn("Café"));
        ras.connect(Samples.phoneCall("5551234"));
        ByteBuffer buffer = Samples.withDwSize(2 * o.size() + TAIL, o.size());
        DwordRef lpcb = DwordRef.of(buffer.capacity());
        DwordRef count = DwordRef.of(0);

        assertEquals(0, ras.enumConnections(charset, buffer, lpcb, count));
        assertEquals(2, count.get());
        assertEquals(2 * o.size(), lpcb.get());
        assertArrayEquals(expected(charset, o, firstHandle), buffer.array());
    }

    private static byte[] expected(RasCharset charset, Offsets o, long firstHandle) {
        byte[] b = new byte[2 * o.size() + TAIL];
        Arrays.fill(b, 2 * o.size(), b.length, Samples.CANARY);
        // Entry 0: Samples.vpn("Café"), every member set.
        dword(b, 0, o.size());
        handle(b, 0, o.handleBytes(), firstHandle);
        text(b, o.name(), charset, "Café");
        text(b, o.type(), charset, "vpn");
        text(b, o.device(), charset, "WAN Miniport (SSTP)");
        text(b, o.phonebook(), charset, "C:\\pbk\\rasphone.pbk");
        dword(b, o.subEntry(), 1);
        System.arraycopy(ENTRY_ID, 0, b, o.guid(), 16);
        dword(b, o.flags(), 0x2);
        dword(b, o.luid(), 0x3e7);
        if (o.correlation() >= 0) {
            System.arraycopy(CORRELATION_ID, 0, b, o.correlation(), 16);
        }
        // Entry 1: Samples.phoneCall("5551234"); the members it lacks stay zero.
        int e = o.size();
        dword(b, e, o.size());
        handle(b, e, o.handleBytes(), firstHandle + 4);
        text(b, e + o.name(), charset, ".5551234");
        text(b, e + o.type(), charset, "modem");
        text(b, e + o.device(), charset, "Modem");
        return b;
    }

    private static void dword(byte[] b, int at, long value) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) (value >>> (8 * i));
        }
    }

    /** {@code hrasconn} at offset 4 of the entry starting at {@code entry}. */
    private static void handle(byte[] b, int entry, int handleBytes, long value) {
        for (int i = 0; i < handleBytes; i++) {
            b[entry + 4 + i] = (byte) (value >>> (8 * i));
        }
    }

    /** The characters of {@code s} (windows-1252 bytes for A, UTF-16LE units for W); the NUL is the zero fill. */
    private static void text(byte[] b, int at, RasCharset charset, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (charset == RasCharset.A) {
                b[at + i] = (byte) (c == 'é' ? 0xE9 : c);
            } else {
                b[at + 2 * i] = (byte) c;
                b[at + 2 * i + 1] = (byte) (c >>> 8);
            }
        }
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
