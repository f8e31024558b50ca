package org.ras4j.trace;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnField;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnStatusField;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.codec.RasPppIpField;
import org.ras4j.codec.RasPppIpLayout;
import org.ras4j.codec.RasPppIpv6Field;
import org.ras4j.codec.RasPppIpv6Layout;
import org.ras4j.codec.RasProjection;
import org.ras4j.codec.RasProjectionInfoField;
import org.ras4j.codec.RasProjectionInfoLayout;
import org.ras4j.spi.WindowsProfile;

/**
 * Replaces the personal data of a trace by placeholders, field by field, in the recorded bytes:
 * entry names ({@code Entry-001}; a connection made without an entry {@code .Phone-001}), phone numbers
 * ({@code Phone-001}), device names ({@code Device-001}), phone-book paths ({@code C:\Pbk-001.pbk}) and
 * addresses (IPv4 from 192.0.2.1, IPv6 from 2001:db8::1, interface identifiers from 0:0:0:1) in
 * {@code RASCONN}, {@code RASCONNSTATUS} (end points), {@code RASPPPIP}, {@code RASPPPIPV6} and
 * {@code RAS_PROJECTION_INFO} (the IKEv2 server-address arrays too). The same value gets the same
 * placeholder across the whole trace, in {@code A} and {@code W} text alike; different values different
 * ones.
 *
 * <p>Structure is kept: every field keeps its size, a text that had a NUL gets the placeholder and a NUL
 * with the rest of the field zeroed, a text without one (a broken backend's) is filled to its end
 * without one; nothing but these fields changes, so the redacted trace replays and checks as the
 * original does. Every slot of a listing buffer is redacted, not only the entries reported, since a
 * reused buffer may hold older entries. A text that fills an older structure's shorter field (an entry
 * name in {@code RASCONN} V351, a device name in {@code RASCONNSTATUS} V351) gets the placeholder of the
 * longer text it begins. Not redacted: bytes a backend wrote outside the range it may write
 * ({@link CallOutput#outside()}); and a name that differs between {@code A} and {@code W} (one without an
 * ANSI form) gets two placeholders. Redacting replaces text a broken backend wrote in the wrong
 * encoding too: check a trace before redacting it.
 */
public final class Redactor {
    private final Placeholders placeholders = new Placeholders();
    private final Abi abi;
    private final Charset ansi;
    /** The first pass only notes every text ({@link Placeholders#see}); the second replaces. */
    private boolean collecting = true;
    /** The fill byte of the call being redacted, or {@code null}. */
    private Integer fill;

    private Redactor(Abi abi, Charset ansi) {
        this.abi = abi;
        this.ansi = ansi;
    }

    /**
     * {@return {@code trace} with its personal data replaced by placeholders}
     *
     * @param trace the trace
     */
    public static Trace redact(Trace trace) {
        Charset ansi = trace.profile().map(WindowsProfile::ansiCharset).orElse(Charset.forName("windows-1252"));
        Redactor redactor = new Redactor(trace.header().abi(), ansi);
        for (TraceCall call : trace.calls()) {
            if (call.output().bytes() != null && call.input().dwSize() != null) {
                redactor.redact(call.input(), call.buffer(), call.output().bytes().toArray());
            }
        }
        redactor.collecting = false;
        List<TraceCall> calls = new ArrayList<>(trace.calls().size());
        for (TraceCall call : trace.calls()) {
            CallOutput out = call.output();
            if (out.bytes() == null || call.input().dwSize() == null) {
                calls.add(call);
                continue;
            }
            byte[] bytes = out.bytes().toArray();
            redactor.redact(call.input(), call.buffer(), bytes);
            calls.add(new TraceCall(call.index(), call.input(), new CallOutput(out.result(), out.lpcb(), out.count(),
                    TraceBytes.of(bytes), out.changed(), out.outside(), out.thrown()), call.buffer()));
        }
        return new Trace(trace.header(), calls);
    }

    /**
     * Redacts every text member the bytes may hold, whatever the code (a caller's reused buffer holds its
     * earlier answers); a member that still holds nothing but the caller's fill byte is no text.
     */
    private void redact(CallInput in, CallBuffer buffer, byte[] bytes) {
        int dwSize = in.dwSize().intValue();
        fill = buffer == null ? null : buffer.fill();
        switch (in.function()) {
            case ENUM_CONNECTIONS -> RasConnLayout.forSize(dwSize, in.charset(), abi).ifPresent(l -> {
                for (int base = 0; base + l.size() <= bytes.length; base += l.size()) {
                    connection(bytes, base, l);
                }
            });
            case CONNECT_STATUS -> RasConnStatusLayout.forSize(dwSize, in.charset(), abi)
                    .filter(l -> l.size() <= bytes.length).ifPresent(l -> status(bytes, l));
            case PROJECTION_INFO -> projection(in, bytes, dwSize);
            case PROJECTION_INFO_EX -> projectionEx(in, bytes);
            default -> {
            }
        }
    }

    private void connection(byte[] bytes, int base, RasConnLayout l) {
        RasCharset cs = l.charset();
        text(bytes, base + l.offset(RasConnField.ENTRY_NAME), l.length(RasConnField.ENTRY_NAME), cs,
                Placeholders.Kind.ENTRY);
        if (l.has(RasConnField.DEVICE_NAME)) {
            text(bytes, base + l.offset(RasConnField.DEVICE_NAME), l.length(RasConnField.DEVICE_NAME), cs,
                    Placeholders.Kind.DEVICE);
        }
        if (l.has(RasConnField.PHONEBOOK)) {
            text(bytes, base + l.offset(RasConnField.PHONEBOOK), l.length(RasConnField.PHONEBOOK), cs,
                    Placeholders.Kind.PHONEBOOK);
        }
    }

    /** {@return whether {@code [at, at + length)} holds nothing but the caller's fill byte of the call} */
    private boolean onlyFill(byte[] bytes, int at, int length) {
        if (fill == null) {
            return false;
        }
        for (int i = at; i < at + length; i++) {
            if (Byte.toUnsignedInt(bytes[i]) != fill) {
                return false;
            }
        }
        return true;
    }

    private void status(byte[] bytes, RasConnStatusLayout l) {
        RasCharset cs = l.charset();
        text(bytes, l.offset(RasConnStatusField.DEVICE_NAME), l.length(RasConnStatusField.DEVICE_NAME), cs,
                Placeholders.Kind.DEVICE);
        if (l.has(RasConnStatusField.PHONE_NUMBER)) {
            text(bytes, l.offset(RasConnStatusField.PHONE_NUMBER), l.length(RasConnStatusField.PHONE_NUMBER), cs,
                    Placeholders.Kind.PHONE);
        }
        for (RasConnStatusField endPoint : new RasConnStatusField[] {RasConnStatusField.LOCAL_END_POINT,
            RasConnStatusField.REMOTE_END_POINT}) {
            if (l.has(endPoint)) {
                int at = l.offset(endPoint);
                int type = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).getInt(at);
                if (type == 1) {
                    address(bytes, at + 4, 4, placeholders::ipv4);
                } else if (type == 2) {
                    address(bytes, at + 4, 16, placeholders::ipv6);
                }
            }
        }
    }

    private void projection(CallInput in, byte[] bytes, int dwSize) {
        if (in.projection() == RasProjection.PPP_IP.code()) {
            RasPppIpLayout.forSize(dwSize, in.charset(), abi).filter(l -> l.size() <= bytes.length).ifPresent(l -> {
                text(bytes, l.offset(RasPppIpField.IP_ADDRESS), l.length(RasPppIpField.IP_ADDRESS), l.charset(),
                        Placeholders.Kind.IPV4_TEXT);
                if (l.has(RasPppIpField.SERVER_IP_ADDRESS)) {
                    text(bytes, l.offset(RasPppIpField.SERVER_IP_ADDRESS), l.length(RasPppIpField.SERVER_IP_ADDRESS),
                            l.charset(), Placeholders.Kind.IPV4_TEXT);
                }
            });
        } else if (in.projection() == RasProjection.PPP_IPV6.code()) {
            RasPppIpv6Layout l = RasPppIpv6Layout.get();
            if (l.size() <= bytes.length) {
                address(bytes, l.offset(RasPppIpv6Field.LOCAL_INTERFACE_IDENTIFIER), 8,
                        placeholders::interfaceIdentifier);
                address(bytes, l.offset(RasPppIpv6Field.PEER_INTERFACE_IDENTIFIER), 8,
                        placeholders::interfaceIdentifier);
            }
        }
    }

    private void projectionEx(CallInput in, byte[] bytes) {
        RasProjectionInfoLayout l = RasProjectionInfoLayout.of(abi);
        if (bytes.length < l.size()) {
            return;
        }
        ByteBuffer le = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int type = le.getInt(l.offset(RasProjectionInfoField.TYPE));
        if (type == 1) {
            address(bytes, l.offset(RasProjectionInfoField.PPP_IPV4_ADDRESS), 4, placeholders::ipv4);
            address(bytes, l.offset(RasProjectionInfoField.PPP_IPV4_SERVER_ADDRESS), 4, placeholders::ipv4);
            address(bytes, l.offset(RasProjectionInfoField.PPP_INTERFACE_IDENTIFIER), 8,
                    placeholders::interfaceIdentifier);
            address(bytes, l.offset(RasProjectionInfoField.PPP_SERVER_INTERFACE_IDENTIFIER), 8,
                    placeholders::interfaceIdentifier);
        } else if (type == 2) {
            address(bytes, l.offset(RasProjectionInfoField.IKEV2_IPV4_ADDRESS), 4, placeholders::ipv4);
            address(bytes, l.offset(RasProjectionInfoField.IKEV2_IPV4_SERVER_ADDRESS), 4, placeholders::ipv4);
            address(bytes, l.offset(RasProjectionInfoField.IKEV2_IPV6_ADDRESS), 16, placeholders::ipv6);
            address(bytes, l.offset(RasProjectionInfoField.IKEV2_IPV6_SERVER_ADDRESS), 16, placeholders::ipv6);
            array(le, l, in.address(), RasProjectionInfoField.IKEV2_NUM_IPV4_SERVER_ADDRESSES,
                    RasProjectionInfoField.IKEV2_IPV4_SERVER_ADDRESSES, 4, placeholders::ipv4);
            array(le, l, in.address(), RasProjectionInfoField.IKEV2_NUM_IPV6_SERVER_ADDRESSES,
                    RasProjectionInfoField.IKEV2_IPV6_SERVER_ADDRESSES, 16, placeholders::ipv6);
        }
    }

    /** A server-address array the structure points into its own buffer at ({@code address + k}). */
    private void array(ByteBuffer le, RasProjectionInfoLayout l, long address, RasProjectionInfoField countField,
            RasProjectionInfoField pointerField, int size, UnaryOperator<byte[]> map) {
        long count = Integer.toUnsignedLong(le.getInt(l.offset(countField)));
        long pointer = abi == Abi.X64 ? le.getLong(l.offset(pointerField))
                : Integer.toUnsignedLong(le.getInt(l.offset(pointerField)));
        long at = pointer - address;
        if (pointer == 0 || at < 0 || at + count * size > le.capacity()) {
            return;
        }
        for (int i = 0; i < count; i++) {
            address(le.array(), (int) at + i * size, size, map);
        }
    }

    private void address(byte[] bytes, int at, int size, UnaryOperator<byte[]> map) {
        if (collecting || onlyFill(bytes, at, size)) {
            return;
        }
        byte[] value = new byte[size];
        System.arraycopy(bytes, at, value, 0, size);
        System.arraycopy(map.apply(value), 0, bytes, at, size);
    }

    /** Replaces the text of a fixed field, keeping its size and whether it had a NUL. */
    private void text(byte[] bytes, int at, int length, RasCharset cs, Placeholders.Kind kind) {
        if (onlyFill(bytes, at, length)) {
            return;
        }
        int unit = cs.charSize();
        int end = at;
        while (end + unit <= at + length && !isNul(bytes, end, unit)) {
            end += unit;
        }
        boolean terminated = end + unit <= at + length;
        Charset charset = cs == RasCharset.W ? StandardCharsets.UTF_16LE : ansi;
        String value = new String(bytes, at, end - at, charset);
        if (value.isEmpty()) {
            return;
        }
        int room = terminated ? length / unit - 1 : length / unit;
        if (collecting) {
            placeholders.see(kind, value);
            return;
        }
        String placeholder = placeholders.text(kind, value, value.length() >= room);
        StringBuilder text = new StringBuilder(placeholder.length() > room ? placeholder.substring(0, room)
                : placeholder);
        while (!terminated && text.length() < room) {
            text.append('-');
        }
        byte[] encoded = text.toString().getBytes(cs == RasCharset.W ? StandardCharsets.UTF_16LE
                : StandardCharsets.US_ASCII);
        Arrays.fill(bytes, at, at + length, (byte) 0);
        System.arraycopy(encoded, 0, bytes, at, encoded.length);
    }

    private static boolean isNul(byte[] bytes, int at, int unit) {
        return bytes[at] == 0 && (unit == 1 || bytes[at + 1] == 0);
    }
}
