package org.ras4j.codec;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.ras4j.ConnectionState;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasError;
import org.ras4j.RasException;
import org.ras4j.spi.Buffers;
import org.ras4j.TunnelEndpoint;

/**
 * Decodes a {@code RASCONNSTATUS} into a {@link ConnectionStatus} and encodes one, in place at
 * byte 0 of a heap or direct {@link ByteBuffer}.
 *
 * <p>Decoding checks that the buffer holds {@code layout.size()} bytes, that its {@code dwSize} is
 * the layout's size ({@code ERROR_INVALID_SIZE}, 632, otherwise) and that every text member is
 * NUL-terminated ({@code ERROR_BUFFER_INVALID}, 610, otherwise). A tunnel end point of unknown type
 * decodes without an address. Instances are immutable and thread-safe.
 */
public final class RasConnStatusCodec {
    private static final String DECODE = "RasConnStatusCodec.decode";
    private static final int ADDRESS_OFFSET = 4;
    private static final int ADDRESS_LENGTH = 16;

    private final Charset ansi;

    private RasConnStatusCodec(Charset ansi) {
        this.ansi = ansi;
    }

    /** {@return a codec whose {@code A} text uses the platform's ANSI code page} */
    public static RasConnStatusCodec create() {
        return new RasConnStatusCodec(AnsiCodePage.platform());
    }

    /**
     * {@return a codec whose {@code A} text uses {@code ansiCharset}}
     *
     * @param ansiCharset the code page of {@code A} text
     */
    public static RasConnStatusCodec withAnsiCharset(Charset ansiCharset) {
        return new RasConnStatusCodec(Objects.requireNonNull(ansiCharset, "ansiCharset"));
    }

    /**
     * Decodes the structure at byte 0 of {@code buffer}.
     *
     * @param buffer the bytes {@code RasGetConnectStatus} filled (position and byte order do not matter)
     * @param layout the layout of the structure
     * @return the status it holds
     * @throws RasException if the buffer is shorter than the layout, its {@code dwSize} is not the
     *                      layout's size, or a text member is unterminated
     */
    public ConnectionStatus decode(ByteBuffer buffer, RasConnStatusLayout layout) {
        Objects.requireNonNull(buffer, "buffer");
        Objects.requireNonNull(layout, "layout");
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
        FixedText text = new FixedText(layout.charset(), ansi);
        return new ConnectionStatus(
                ConnectionState.of(le.getInt(layout.offset(RasConnStatusField.CONN_STATE))),
                le.getInt(layout.offset(RasConnStatusField.ERROR)),
                text(le, layout, text, RasConnStatusField.DEVICE_TYPE),
                text(le, layout, text, RasConnStatusField.DEVICE_NAME),
                layout.has(RasConnStatusField.PHONE_NUMBER)
                        ? Optional.of(text(le, layout, text, RasConnStatusField.PHONE_NUMBER)) : Optional.empty(),
                endpoint(le, layout, RasConnStatusField.LOCAL_END_POINT),
                endpoint(le, layout, RasConnStatusField.REMOTE_END_POINT),
                layout.has(RasConnStatusField.CONN_SUB_STATE)
                        ? OptionalInt.of(le.getInt(layout.offset(RasConnStatusField.CONN_SUB_STATE)))
                        : OptionalInt.empty());
    }

    private static String text(ByteBuffer le, RasConnStatusLayout layout, FixedText text, RasConnStatusField field) {
        String value = text.read(le, layout.offset(field), layout.length(field));
        if (value == null) {
            throw new RasException(RasError.ERROR_BUFFER_INVALID.code(), DECODE, field
                    + " has no terminating NUL within its " + layout.length(field) / layout.charset().charSize()
                    + " characters");
        }
        return value;
    }

    private static Optional<TunnelEndpoint> endpoint(ByteBuffer le, RasConnStatusLayout layout,
            RasConnStatusField field) {
        if (!layout.has(field)) {
            return Optional.empty();
        }
        int offset = layout.offset(field);
        byte[] address = new byte[ADDRESS_LENGTH];
        le.get(offset + ADDRESS_OFFSET, address);
        return Optional.of(endpoint(le.getInt(offset), address));
    }

    /** A {@code RASTUNNELENDPOINT} of {@code type} whose 16-byte address union holds {@code address}. */
    private static TunnelEndpoint endpoint(int type, byte[] address) {
        int addressLength = type == TunnelEndpoint.IPV4 ? 4 : type == TunnelEndpoint.IPV6 ? 16 : 0;
        if (addressLength == 0) {
            return new TunnelEndpoint(type, Optional.empty());
        }
        byte[] bytes = Arrays.copyOf(address, addressLength);
        try {
            // An IPv6 end point stays an Inet6Address even when it is IPv4-mapped (::ffff:a.b.c.d),
            // which InetAddress.getByAddress would turn into an Inet4Address.
            InetAddress inet = addressLength == 16
                    ? Inet6Address.getByAddress(null, bytes, (NetworkInterface) null)
                    : InetAddress.getByAddress(bytes);
            return new TunnelEndpoint(type, Optional.of(inet));
        } catch (UnknownHostException impossible) {
            throw new AssertionError("a 4- or 16-byte address is always valid", impossible);
        }
    }

    /**
     * The status as Windows reports it in {@code layout}: members the layout lacks are empty,
     * members it has but the status lacks are the zeros Windows would leave ({@code ""}, 0, an end
     * point of type 0), text too long for its field is cut to fit (the Windows NT 3.51 layout holds
     * 32 characters of device name), {@code A} text is taken through the ANSI charset (a character
     * it cannot represent becomes {@code ?}), and an end point keeps what its type's address holds.
     * Decoding what {@link #encode} wrote for {@code s} gives {@code project(s, layout)}, the same
     * relation as {@link RasConnCodec#project}.
     *
     * @param s the status, in its newest form
     * @param layout the structure version, charset and ABI
     * @return the status as decoding {@code layout}'s bytes of it gives it back
     */
    public ConnectionStatus project(ConnectionStatus s, RasConnStatusLayout layout) {
        Objects.requireNonNull(s, "status");
        Objects.requireNonNull(layout, "layout");
        FixedText text = new FixedText(layout.charset(), ansi);
        return new ConnectionStatus(s.state(), s.errorCode(),
                text.fit(s.deviceType(), layout.length(RasConnStatusField.DEVICE_TYPE)),
                text.fit(s.deviceName(), layout.length(RasConnStatusField.DEVICE_NAME)),
                layout.has(RasConnStatusField.PHONE_NUMBER)
                        ? Optional.of(text.fit(s.phoneNumber().orElse(""), layout.length(RasConnStatusField.PHONE_NUMBER)))
                        : Optional.empty(),
                projectedEndpoint(layout, RasConnStatusField.LOCAL_END_POINT, s.localEndPoint()),
                projectedEndpoint(layout, RasConnStatusField.REMOTE_END_POINT, s.remoteEndPoint()),
                layout.has(RasConnStatusField.CONN_SUB_STATE)
                        ? OptionalInt.of(s.subState().orElse(0)) : OptionalInt.empty());
    }

    private static Optional<TunnelEndpoint> projectedEndpoint(RasConnStatusLayout layout, RasConnStatusField field,
            Optional<TunnelEndpoint> endpoint) {
        if (!layout.has(field)) {
            return Optional.empty();
        }
        int type = endpoint.map(TunnelEndpoint::type).orElse(0);
        byte[] address = endpoint.flatMap(TunnelEndpoint::address).map(InetAddress::getAddress).orElse(new byte[0]);
        return Optional.of(endpoint(type, Arrays.copyOf(address, ADDRESS_LENGTH)));
    }

    /**
     * Writes the whole structure (padding zeroed) at byte 0 of {@code buffer}, with
     * {@code dwSize = layout.size()}; members the layout lacks are left out, members it has but the
     * status lacks are zero.
     *
     * @param status the status to write
     * @param layout the layout to write it in
     * @param buffer the buffer to write into
     * @throws IllegalArgumentException if the buffer is too small or a text member cannot be
     *                                  written (too long, a NUL, a lone surrogate)
     */
    public void encode(ConnectionStatus status, RasConnStatusLayout layout, ByteBuffer buffer) {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(layout, "layout");
        if (buffer.capacity() < layout.size()) {
            throw new IllegalArgumentException(layout + " does not fit a buffer of " + buffer.capacity() + " bytes");
        }
        ByteBuffer le = Buffers.whole(buffer);
        FixedText text = new FixedText(layout.charset(), ansi);
        Scalars.zero(le, 0, layout.size());
        le.putInt(0, layout.size());
        le.putInt(layout.offset(RasConnStatusField.CONN_STATE), status.state().code());
        le.putInt(layout.offset(RasConnStatusField.ERROR), status.errorCode());
        writeText(le, layout, text, RasConnStatusField.DEVICE_TYPE, status.deviceType());
        writeText(le, layout, text, RasConnStatusField.DEVICE_NAME, status.deviceName());
        if (layout.has(RasConnStatusField.PHONE_NUMBER)) {
            writeText(le, layout, text, RasConnStatusField.PHONE_NUMBER, status.phoneNumber().orElse(""));
        }
        writeEndpoint(le, layout, RasConnStatusField.LOCAL_END_POINT, status.localEndPoint());
        writeEndpoint(le, layout, RasConnStatusField.REMOTE_END_POINT, status.remoteEndPoint());
        if (layout.has(RasConnStatusField.CONN_SUB_STATE)) {
            le.putInt(layout.offset(RasConnStatusField.CONN_SUB_STATE), status.subState().orElse(0));
        }
    }

    private static void writeText(ByteBuffer le, RasConnStatusLayout layout, FixedText text,
            RasConnStatusField field, String value) {
        text.write(le, layout.offset(field), layout.length(field), value, field.name());
    }

    private static void writeEndpoint(ByteBuffer le, RasConnStatusLayout layout, RasConnStatusField field,
            Optional<TunnelEndpoint> endpoint) {
        if (!layout.has(field) || endpoint.isEmpty()) {
            return;
        }
        int offset = layout.offset(field);
        le.putInt(offset, endpoint.get().type());
        byte[] address = endpoint.get().address().map(InetAddress::getAddress).orElse(new byte[0]);
        le.put(offset + ADDRESS_OFFSET, Arrays.copyOf(address, Math.min(address.length, ADDRESS_LENGTH)));
    }
}
