package org.ras4j.codec;

import java.nio.ByteBuffer;
import java.util.Objects;
import org.ras4j.Ipv6Projection;
import org.ras4j.RasError;
import org.ras4j.RasException;
import org.ras4j.spi.Buffers;

/**
 * Decodes a {@code RASPPPIPV6} into an {@link Ipv6Projection} and encodes one, in place at byte 0
 * of a heap or direct {@link ByteBuffer} (docs/contract.md §8, C-PROJ-03). Decoding checks that the
 * buffer holds the 28 bytes ({@code ERROR_BUFFER_INVALID}, 610) and that {@code dwSize} is 28
 * ({@code ERROR_INVALID_SIZE}, 632). Stateless and thread-safe.
 */
public final class RasPppIpv6Codec {
    private static final String DECODE = "RasPppIpv6Codec.decode";
    private static final RasPppIpv6Codec INSTANCE = new RasPppIpv6Codec();

    private final RasPppIpv6Layout layout = RasPppIpv6Layout.get();

    private RasPppIpv6Codec() {
    }

    /**
     * {@return the codec}
     */
    public static RasPppIpv6Codec create() {
        return INSTANCE;
    }

    /**
     * {@return decodes the structure at byte 0 of {@code buffer}}
     *
     * @param buffer the caller's buffer, any position, limit and byte order
     * @throws RasException if the buffer is shorter than {@code RASPPPIPV6} or its {@code dwSize} is wrong
     */
    public Ipv6Projection decode(ByteBuffer buffer) {
        Objects.requireNonNull(buffer, "buffer");
        if (buffer.capacity() < layout.size()) {
            throw new RasException(RasError.ERROR_BUFFER_INVALID.code(), DECODE,
                    layout + " does not fit a buffer of " + buffer.capacity() + " bytes");
        }
        ByteBuffer le = Buffers.whole(buffer);
        int dwSize = le.getInt(0);
        if (dwSize != layout.size()) {
            throw new RasException(RasError.ERROR_INVALID_SIZE.code(), DECODE,
                    "dwSize is " + Integer.toUnsignedString(dwSize) + "; " + layout + " needs " + layout.size());
        }
        return new Ipv6Projection(le.getInt(layout.offset(RasPppIpv6Field.ERROR)),
                read(le, RasPppIpv6Field.LOCAL_INTERFACE_IDENTIFIER), read(le, RasPppIpv6Field.PEER_INTERFACE_IDENTIFIER),
                (int) read(le, RasPppIpv6Field.LOCAL_COMPRESSION_PROTOCOL),
                (int) read(le, RasPppIpv6Field.PEER_COMPRESSION_PROTOCOL));
    }

    private long read(ByteBuffer le, RasPppIpv6Field field) {
        return Addresses.readBigEndian(le, layout.offset(field), layout.length(field));
    }

    /**
     * Writes the whole structure at byte 0 of {@code buffer}, with {@code dwSize = 28}.
     *
     * @param ipv6 the ipv6
     * @param buffer the caller's buffer, any position, limit and byte order
     * @throws IllegalArgumentException if the buffer is too small
     */
    public void encode(Ipv6Projection ipv6, ByteBuffer buffer) {
        Objects.requireNonNull(ipv6, "ipv6");
        if (buffer.capacity() < layout.size()) {
            throw new IllegalArgumentException(layout + " does not fit a buffer of " + buffer.capacity() + " bytes");
        }
        ByteBuffer le = Buffers.whole(buffer);
        le.putInt(0, layout.size());
        le.putInt(layout.offset(RasPppIpv6Field.ERROR), ipv6.error());
        write(le, RasPppIpv6Field.LOCAL_INTERFACE_IDENTIFIER, ipv6.localInterfaceIdentifier());
        write(le, RasPppIpv6Field.PEER_INTERFACE_IDENTIFIER, ipv6.peerInterfaceIdentifier());
        write(le, RasPppIpv6Field.LOCAL_COMPRESSION_PROTOCOL, ipv6.localCompressionProtocol());
        write(le, RasPppIpv6Field.PEER_COMPRESSION_PROTOCOL, ipv6.peerCompressionProtocol());
    }

    private void write(ByteBuffer le, RasPppIpv6Field field, long value) {
        Addresses.writeBigEndian(le, layout.offset(field), layout.length(field), value);
    }
}
