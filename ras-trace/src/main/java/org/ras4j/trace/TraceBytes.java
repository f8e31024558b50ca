package org.ras4j.trace;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Recorded bytes, immutable, written in a trace as lowercase hexadecimal (two digits a byte, so that
 * byte {@code k} is at characters {@code 2k, 2k+1} and a diff points at the offset).
 */
public final class TraceBytes {
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] bytes;

    private TraceBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * {@return a copy of {@code length} bytes of {@code buffer} from absolute offset {@code offset}}
     *
     * @param buffer the buffer (position, limit and order are ignored and left unchanged)
     * @param offset the first byte
     * @param length how many bytes
     */
    public static TraceBytes copyOf(ByteBuffer buffer, int offset, int length) {
        byte[] copy = new byte[length];
        buffer.duplicate().clear().position(offset).get(copy);
        return new TraceBytes(copy);
    }

    /**
     * {@return the bytes {@code bytes} holds, copied}
     *
     * @param bytes the bytes
     */
    public static TraceBytes of(byte[] bytes) {
        return new TraceBytes(bytes.clone());
    }

    /**
     * Parses lowercase or uppercase hexadecimal, two digits a byte.
     *
     * @param hex  the digits
     * @param line the trace line, for the error
     * @param member the member name, for the error
     * @return the bytes
     * @throws TraceException naming the line, the member and the first bad character
     */
    static TraceBytes parse(String hex, int line, String member) {
        if (hex.length() % 2 != 0) {
            throw new TraceException(line, "member \"" + member + "\": an odd number of hexadecimal digits ("
                    + hex.length() + "); each byte is two digits");
        }
        for (int i = 0; i < hex.length(); i++) {
            if (Character.digit(hex.charAt(i), 16) < 0) {
                throw new TraceException(line, "member \"" + member + "\": not a hexadecimal digit at character "
                        + i + " ('" + printable(hex.charAt(i)) + "')");
            }
        }
        return new TraceBytes(HEX.parseHex(hex));
    }

    private static String printable(char c) {
        return c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    /** {@return how many bytes} */
    public int length() {
        return bytes.length;
    }

    /**
     * {@return byte {@code index}}
     *
     * @param index the offset
     */
    public byte get(int index) {
        return bytes[index];
    }

    /** {@return a copy of the bytes} */
    public byte[] toArray() {
        return bytes.clone();
    }

    /**
     * {@return these bytes as a little-endian buffer of exactly their length}
     */
    public ByteBuffer toBuffer() {
        return ByteBuffer.wrap(bytes.clone()).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Writes the bytes into {@code buffer} from absolute offset {@code offset}; the buffer's position and
     * limit stay as they were.
     *
     * @param buffer the buffer
     * @param offset where byte 0 goes
     */
    public void writeTo(ByteBuffer buffer, int offset) {
        buffer.duplicate().clear().position(offset).put(bytes);
    }

    /**
     * Writes the first {@code length} bytes into {@code buffer} from absolute offset {@code offset}; the
     * buffer's position and limit stay as they were.
     *
     * @param buffer the buffer
     * @param offset where byte 0 goes
     * @param length how many bytes
     */
    public void writeTo(ByteBuffer buffer, int offset, int length) {
        buffer.duplicate().clear().position(offset).put(bytes, 0, length);
    }

    /** {@return the lowercase hexadecimal form} */
    public String hex() {
        return HEX.formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TraceBytes other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    /** {@return the hexadecimal form, shortened past 32 bytes} */
    @Override
    public String toString() {
        String hex = hex();
        return hex.length() <= 64 ? hex : hex.substring(0, 64) + "…(" + bytes.length + " bytes)";
    }
}
