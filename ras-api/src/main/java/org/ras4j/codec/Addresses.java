package org.ras4j.codec;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes the addresses of the projection structures at absolute offsets of a
 * little-endian buffer: {@code RASIPV4ADDR} ({@code in_addr}, 4 bytes in network order),
 * {@code RASIPV6ADDR} ({@code in6_addr}, 16 bytes in network order), 8-byte interface identifiers
 * and the dotted-decimal text of {@code RASPPPIP}. Text is parsed here, never resolved: no name
 * lookup can happen.
 */
final class Addresses {
    /** {@code a.b.c.d}, each part a decimal number of one to three digits. */
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    static final Inet4Address ANY_IPV4 = ipv4(new byte[4]);
    static final Inet6Address ANY_IPV6 = ipv6(new byte[16]);

    private Addresses() {
    }

    static Inet4Address readIpv4(ByteBuffer le, int offset) {
        byte[] bytes = new byte[4];
        le.get(offset, bytes);
        return ipv4(bytes);
    }

    static Inet6Address readIpv6(ByteBuffer le, int offset) {
        byte[] bytes = new byte[16];
        le.get(offset, bytes);
        return ipv6(bytes);
    }

    static void writeIpv4(ByteBuffer le, int offset, Optional<? extends InetAddress> address) {
        le.put(offset, address.map(InetAddress::getAddress).orElse(new byte[4]));
    }

    static void writeIpv6(ByteBuffer le, int offset, Optional<? extends InetAddress> address) {
        le.put(offset, address.map(InetAddress::getAddress).orElse(new byte[16]));
    }

    /** {@code bytes} bytes from {@code offset} as an unsigned number, the first byte the most significant. */
    static long readBigEndian(ByteBuffer le, int offset, int bytes) {
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            value = value << 8 | (le.get(offset + i) & 0xFF);
        }
        return value;
    }

    static void writeBigEndian(ByteBuffer le, int offset, int bytes, long value) {
        for (int i = bytes - 1; i >= 0; i--) {
            le.put(offset + bytes - 1 - i, (byte) (value >>> (8 * i)));
        }
    }

    static boolean isAny(InetAddress address) {
        for (byte b : address.getAddress()) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The IPv4 address {@code text} spells in dotted decimal ({@code 192.0.2.1}), or empty for
     * {@code ""}; {@code null} when it is neither.
     */
    static Optional<Inet4Address> parseDotted(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = DOTTED.matcher(text);
        if (!m.matches()) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int part = Integer.parseInt(m.group(i + 1));
            if (part > 255) {
                return null;
            }
            bytes[i] = (byte) part;
        }
        return Optional.of(ipv4(bytes));
    }

    static Inet4Address ipv4(byte[] bytes) {
        try {
            return (Inet4Address) InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new AssertionError("a 4-byte address is always valid", impossible);
        }
    }

    /** An {@link Inet6Address} even for an IPv4-mapped address, which {@code getByAddress} would turn into IPv4. */
    static Inet6Address ipv6(byte[] bytes) {
        try {
            return Inet6Address.getByAddress(null, bytes, (NetworkInterface) null);
        } catch (UnknownHostException impossible) {
            throw new AssertionError("a 16-byte address is always valid", impossible);
        }
    }
}
