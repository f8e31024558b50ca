package org.ras4j.codec;

import java.net.Inet4Address;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.ras4j.IpProjection;
import org.ras4j.RasError;
import org.ras4j.RasException;
import org.ras4j.spi.Buffers;

/**
 * Decodes a {@code RASPPPIP} into an {@link IpProjection} and encodes one, in place at byte 0 of a
 * heap or direct {@link ByteBuffer} (docs/contract.md §8, C-PROJ-02).
 *
 * <p>Decoding checks that the buffer holds {@code layout.size()} bytes, that its {@code dwSize} is
 * the layout's ({@code ERROR_INVALID_SIZE}, 632, otherwise), and that each address member is
 * NUL-terminated and is empty or an IPv4 address in dotted decimal ({@code ERROR_BUFFER_INVALID},
 * 610, otherwise). The text is parsed, never looked up. Instances are immutable and thread-safe.
 */
public final class RasPppIpCodec {
    private static final String DECODE = "RasPppIpCodec.decode";

    private final Charset ansi;

    private RasPppIpCodec(Charset ansi) {
        this.ansi = ansi;
    }

    /**
     * {@return A codec whose {@code A} text uses the platform's ANSI code page}
     */
    public static RasPppIpCodec create() {
        return new RasPppIpCodec(AnsiCodePage.platform());
    }

    /**
     * {@return A codec whose {@code A} text uses {@code ansiCharset}}
     *
     * @param ansiCharset the ansi charset
     */
    public static RasPppIpCodec withAnsiCharset(Charset ansiCharset) {
        return new RasPppIpCodec(Objects.requireNonNull(ansiCharset, "ansiCharset"));
    }

    /**
     * {@return decodes the structure at byte 0 of {@code buffer}}
     *
     * @param buffer the caller's buffer, any position, limit and byte order
     * @param layout the structure version, charset and ABI
     * @throws RasException if the buffer is shorter than the layout, its {@code dwSize} is not the
     * layout's size, or an address member is unterminated or no address
     */
    public IpProjection decode(ByteBuffer buffer, RasPppIpLayout layout) {
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
        return new IpProjection(le.getInt(layout.offset(RasPppIpField.ERROR)),
                address(le, layout, text, RasPppIpField.IP_ADDRESS),
                layout.has(RasPppIpField.SERVER_IP_ADDRESS)
                        ? address(le, layout, text, RasPppIpField.SERVER_IP_ADDRESS) : Optional.empty(),
                dword(le, layout, RasPppIpField.OPTIONS), dword(le, layout, RasPppIpField.SERVER_OPTIONS));
    }

    private static Optional<Inet4Address> address(ByteBuffer le, RasPppIpLayout layout, FixedText text,
            RasPppIpField field) {
        String value = text.read(le, layout.offset(field), layout.length(field));
        if (value == null) {
            throw new RasException(RasError.ERROR_BUFFER_INVALID.code(), DECODE, field
                    + " has no terminating NUL within its " + layout.length(field) / layout.charset().charSize()
                    + " characters");
        }
        Optional<Inet4Address> address = Addresses.parseDotted(value);
        if (address == null) {
            throw new RasException(RasError.ERROR_BUFFER_INVALID.code(), DECODE,
                    field + " holds '" + value + "', which is no IPv4 address in dotted decimal");
        }
        return address;
    }

    private static OptionalInt dword(ByteBuffer le, RasPppIpLayout layout, RasPppIpField field) {
        return layout.has(field) ? OptionalInt.of(le.getInt(layout.offset(field))) : OptionalInt.empty();
    }

    /**
     * The projection as Windows reports it in {@code layout}: members the layout lacks are empty,
     * options it has but {@code ip} lacks are 0. Decoding what {@link #encode} wrote for {@code ip}
     * gives {@code project(ip, layout)}.
     *
     * @param ip the ip
     * @param layout the structure version, charset and ABI
     * @return the projection as Windows reports it in {@code layout}: members the layout lacks are empty, options it has but {@code ip} lacks are 0
     */
    public IpProjection project(IpProjection ip, RasPppIpLayout layout) {
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(layout, "layout");
        boolean options = layout.has(RasPppIpField.OPTIONS);
        return new IpProjection(ip.error(), ip.address(),
                layout.has(RasPppIpField.SERVER_IP_ADDRESS) ? ip.serverAddress() : Optional.empty(),
                options ? OptionalInt.of(ip.options().orElse(0)) : OptionalInt.empty(),
                options ? OptionalInt.of(ip.serverOptions().orElse(0)) : OptionalInt.empty());
    }

    /**
     * Writes the whole structure (unused text zeroed) at byte 0 of {@code buffer}, with
     * {@code dwSize = layout.size()}; an absent address is the empty string.
     *
     * @param ip the ip
     * @param layout the structure version, charset and ABI
     * @param buffer the caller's buffer, any position, limit and byte order
     * @throws IllegalArgumentException if the buffer is too small
     */
    public void encode(IpProjection ip, RasPppIpLayout layout, ByteBuffer buffer) {
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(layout, "layout");
        if (buffer.capacity() < layout.size()) {
            throw new IllegalArgumentException(layout + " does not fit a buffer of " + buffer.capacity() + " bytes");
        }
        ByteBuffer le = Buffers.whole(buffer);
        FixedText text = new FixedText(layout.charset(), ansi);
        Scalars.zero(le, 0, layout.size());
        le.putInt(0, layout.size());
        le.putInt(layout.offset(RasPppIpField.ERROR), ip.error());
        writeAddress(le, layout, text, RasPppIpField.IP_ADDRESS, ip.address());
        if (layout.has(RasPppIpField.SERVER_IP_ADDRESS)) {
            writeAddress(le, layout, text, RasPppIpField.SERVER_IP_ADDRESS, ip.serverAddress());
        }
        if (layout.has(RasPppIpField.OPTIONS)) {
            le.putInt(layout.offset(RasPppIpField.OPTIONS), ip.options().orElse(0));
            le.putInt(layout.offset(RasPppIpField.SERVER_OPTIONS), ip.serverOptions().orElse(0));
        }
    }

    private static void writeAddress(ByteBuffer le, RasPppIpLayout layout, FixedText text, RasPppIpField field,
            Optional<Inet4Address> address) {
        text.write(le, layout.offset(field), layout.length(field), address.map(Inet4Address::getHostAddress).orElse(""),
                field.name());
    }
}
