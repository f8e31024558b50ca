package org.ras4j.sim;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.UUID;
import org.ras4j.ConnectionFlag;
import org.ras4j.ConnectionFlags;
import org.ras4j.Luid;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.WindowsProfile;

/** Connections and buffers the simulator's tests share. */
final class Samples {
    static final byte CANARY = (byte) 0xA5;
    static final UUID ENTRY_ID = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    static final UUID CORRELATION_ID = UUID.fromString("00112233-4455-6677-8899-aabbccddeeff");

    private Samples() {
    }

    /** A VPN connection of the phone-book entry {@code name} with every member set. */
    static RasConnection vpn(String name) {
        return RasConnection.builder(RasHandle.NULL, name)
                .deviceType("vpn")
                .deviceName("WAN Miniport (SSTP)")
                .phonebook("C:\\pbk\\rasphone.pbk")
                .subEntry(1)
                .entryId(ENTRY_ID)
                .flags(ConnectionFlags.of(ConnectionFlag.GLOBAL_CREDS))
                .luid(new Luid(0x3e7, 0))
                .correlationId(CORRELATION_ID)
                .build();
    }

    /** A connection dialled without a phone-book entry: {@code .} and the number. */
    static RasConnection phoneCall(String number) {
        return RasConnection.builder(RasHandle.NULL, "." + number).deviceType("modem").deviceName("Modem").build();
    }

    /** A buffer of {@code capacity} canary bytes (little-endian, heap). */
    static ByteBuffer canaries(int capacity) {
        ByteBuffer buffer = ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
        Arrays.fill(buffer.array(), CANARY);
        return buffer;
    }

    /** A canary buffer of {@code capacity} bytes whose first {@code dwSize} is set, as a caller sets it. */
    static ByteBuffer withDwSize(int capacity, int dwSize) {
        ByteBuffer buffer = canaries(capacity);
        buffer.putInt(0, dwSize);
        return buffer;
    }

    static int size(RasConnVersion version, RasCharset charset, WindowsProfile profile) {
        return RasConnLayout.of(version, charset, profile.abi()).size();
    }

    /** The outcome of one enumeration call: code and both outputs. */
    record Outcome(int code, long lpcb, long count) {
    }

    static Outcome enumerate(SimulatedRas ras, RasCharset charset, ByteBuffer buffer, int lpcbIn) {
        DwordRef lpcb = DwordRef.of(lpcbIn);
        DwordRef count = DwordRef.of(0xDEADBEEF);
        int code = ras.enumConnections(charset, buffer, lpcb, count);
        return new Outcome(code, lpcb.getUnsigned(), count.getUnsigned());
    }

    /** Whether every byte of {@code buffer} from {@code from} to its capacity is still the canary. */
    static boolean untouchedFrom(ByteBuffer buffer, int from) {
        for (int i = from; i < buffer.capacity(); i++) {
            if (buffer.get(i) != CANARY) {
                return false;
            }
        }
        return true;
    }
}
