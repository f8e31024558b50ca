package org.ras4j.codec;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.ras4j.ConnectionFlags;
import org.ras4j.Luid;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.RasException;
import org.ras4j.spi.Buffers;

/**
 * Decodes arrays of {@code RASCONN} into {@link RasConnection}s and encodes them back, in place in
 * a heap or direct {@link ByteBuffer}, without copying the buffer.
 *
 * <p>Entry {@code i} starts at byte {@code i × layout.size()} of the buffer (absolute offsets; the
 * buffer's position, limit and byte order are ignored and left as they are). Integers are
 * little-endian; {@code W} text is UTF-16LE; {@code A} text is in this codec's ANSI charset.
 *
 * <p>Decoding validates what Windows guarantees and a lying backend may break, and reports it as a
 * {@link RasException}: entries beyond the buffer ({@code ERROR_BUFFER_INVALID}, 610), a first
 * entry whose {@code dwSize} is not the layout's size ({@code ERROR_INVALID_SIZE}, 632), a text
 * member with no terminating NUL (610). A lone surrogate in {@code W} text decodes as U+FFFD.
 * Only the first entry's {@code dwSize} is checked: it is the one the caller sets and Windows
 * reads; the documentation promises nothing of the others, so the entries after it are read at
 * the layout's stride whatever their {@code dwSize} holds. The encoder writes it in every entry.
 * Instances are immutable and thread-safe.
 */
public final class RasConnCodec {
    private static final String DECODE = "RasConnCodec.decode";

    private final Charset ansi;

    private RasConnCodec(Charset ansi) {
        this.ansi = ansi;
    }

    /** {@return a codec whose {@code A} text uses the platform's ANSI code page ({@link AnsiCodePage#platform()})} */
    public static RasConnCodec create() {
        return new RasConnCodec(AnsiCodePage.platform());
    }

    /**
     * {@return a codec whose {@code A} text uses {@code ansiCharset}}
     *
     * @param ansiCharset the code page of {@code A} text
     */
    public static RasConnCodec withAnsiCharset(Charset ansiCharset) {
        return new RasConnCodec(Objects.requireNonNull(ansiCharset, "ansiCharset"));
    }

    /** {@return the charset of {@code A} text} */
    public Charset ansiCharset() {
        return ansi;
    }

    /**
     * Decodes the first {@code count} entries of {@code buffer}.
     *
     * @param buffer the bytes {@code RasEnumConnections} filled, entry 0 at index 0 (its position and byte
     *               order do not matter)
     * @param layout the layout of the entries
     * @param count the number of entries ({@code *lpcConnections}, a {@code DWORD})
     * @return an unmodifiable list of {@code count} connections
     * @throws RasException if the entries do not fit the buffer, the first entry's {@code dwSize} is not
     *                      {@code layout.size()}, or a text member is unterminated
     */
    public List<RasConnection> decode(ByteBuffer buffer, RasConnLayout layout, int count) {
        Objects.requireNonNull(buffer, "buffer");
        Objects.requireNonNull(layout, "layout");
        long needed = Integer.toUnsignedLong(count) * layout.size();
        if (needed > buffer.capacity()) {
            throw new RasException(RasError.ERROR_BUFFER_INVALID.code(), DECODE,
                    Integer.toUnsignedString(count) + " entries of " + layout.size() + " bytes need " + needed
                            + " bytes; the buffer holds " + buffer.capacity());
        }
        ByteBuffer le = Buffers.whole(buffer);
        EntryDecoder entries = new EntryDecoder(le, layout, new FixedText(layout.charset(), ansi));
        RasConnection[] connections = new RasConnection[count];
        for (int i = 0; i < count; i++) {
            connections[i] = entries.decode(i);
        }
        return count == 0 ? List.of() : Collections.unmodifiableList(Arrays.asList(connections));
    }

    /**
     * Decodes the entries of one buffer: made once per {@link #decode} call, so that nothing is
     * allocated per entry but the result, and nothing is looked up per entry but the bytes (the
     * members' offsets come from the layout's {@link RasConnOffsets}, read once per layout).
     */
    private static final class EntryDecoder {
        private final ByteBuffer le;
        private final RasConnLayout layout;
        private final RasConnOffsets at;
        private final FixedText text;

        EntryDecoder(ByteBuffer le, RasConnLayout layout, FixedText text) {
            this.le = le;
            this.layout = layout;
            this.at = layout.offsets();
            this.text = text;
        }

        RasConnection decode(int index) {
            int base = index * at.size;
            if (index == 0) {
                int dwSize = le.getInt(base);
                if (dwSize != at.size) {
                    throw new RasException(RasError.ERROR_INVALID_SIZE.code(), DECODE,
                            "entry " + index + " has dwSize " + Integer.toUnsignedString(dwSize) + "; " + layout
                                    + " needs " + at.size);
                }
            }
            return new RasConnection(
                    Scalars.readHandle(le, base + at.handle, at.abi),
                    text(index, base + at.entryName, at.entryNameLength, RasConnField.ENTRY_NAME),
                    optionalText(index, base + at.deviceType, at.deviceTypeLength, RasConnField.DEVICE_TYPE),
                    optionalText(index, base + at.deviceName, at.deviceNameLength, RasConnField.DEVICE_NAME),
                    optionalText(index, base + at.phonebook, at.phonebookLength, RasConnField.PHONEBOOK),
                    at.subEntry == RasConnOffsets.ABSENT
                            ? OptionalInt.empty() : OptionalInt.of(le.getInt(base + at.subEntry)),
                    at.guidEntry == RasConnOffsets.ABSENT
                            ? Optional.empty() : Optional.of(Scalars.readGuid(le, base + at.guidEntry)),
                    at.flags == RasConnOffsets.ABSENT
                            ? Optional.empty() : Optional.of(new ConnectionFlags(le.getInt(base + at.flags))),
                    at.luid == RasConnOffsets.ABSENT
                            ? Optional.empty() : Optional.of(Scalars.readLuid(le, base + at.luid)),
                    at.correlationId == RasConnOffsets.ABSENT
                            ? Optional.empty() : Optional.of(Scalars.readGuid(le, base + at.correlationId)));
        }

        /**
         * The text member of entry {@code index} at byte {@code position} of the buffer,
         * {@code length} bytes long, naming the entry and member if it has no NUL.
         */
        private String text(int index, int position, int length, RasConnField field) {
            String value = text.read(le, position, length);
            if (value == null) {
                throw new RasException(RasError.ERROR_BUFFER_INVALID.code(), DECODE,
                        "entry " + index + ": " + field + " has no terminating NUL within its "
                                + length / layout.charset().charSize() + " characters");
            }
            return value;
        }

        /** {@link #text}, or empty when the layout lacks the member ({@code length} is {@link RasConnOffsets#ABSENT}). */
        private Optional<String> optionalText(int index, int position, int length, RasConnField field) {
            return length == RasConnOffsets.ABSENT ? Optional.empty() : Optional.of(text(index, position, length, field));
        }
    }

    /**
     * Encodes {@code connections} as consecutive entries from byte 0 of {@code buffer}.
     *
     * @param connections the entries to write, in order
     * @param layout      the layout to write them in
     * @param buffer      the buffer to write into
     * @throws IllegalArgumentException if the entries do not fit the buffer, or a connection
     *                                  cannot be written in the layout (see {@link #encodeEntry})
     */
    public void encode(List<RasConnection> connections, RasConnLayout layout, ByteBuffer buffer) {
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(buffer, "buffer");
        long needed = (long) connections.size() * layout.size();
        if (needed > buffer.capacity()) {
            throw new IllegalArgumentException(connections.size() + " entries of " + layout.size()
                    + " bytes need " + needed + " bytes; the buffer holds " + buffer.capacity());
        }
        for (int i = 0; i < connections.size(); i++) {
            encodeEntry(connections.get(i), layout, buffer, i * layout.size());
        }
    }

    /**
     * Writes one whole entry (every byte of it, padding zeroed) at {@code offset}: its
     * {@code dwSize} is {@code layout.size()}, members the layout lacks are left out, members the
     * layout has but the connection lacks are zero.
     *
     * @param connection the entry to write
     * @param layout     the layout to write it in
     * @param buffer     the buffer to write into
     * @param offset     the index of the entry's first byte in {@code buffer}
     * @throws IllegalArgumentException if the entry does not fit the buffer, a text member does not
     *                                  fit its field (see {@link #project}), holds a NUL or a lone
     *                                  surrogate, or the handle does not fit an x86 handle
     */
    public void encodeEntry(RasConnection connection, RasConnLayout layout, ByteBuffer buffer, int offset) {
        Objects.requireNonNull(connection, "connection");
        if (offset < 0 || (long) offset + layout.size() > buffer.capacity()) {
            throw new IllegalArgumentException("an entry of " + layout.size() + " bytes at " + offset
                    + " does not fit a buffer of " + buffer.capacity());
        }
        ByteBuffer le = Buffers.whole(buffer);
        FixedText text = new FixedText(layout.charset(), ansi);
        Scalars.zero(le, offset, layout.size());
        le.putInt(offset, layout.size());
        Scalars.writeHandle(le, offset + layout.offset(RasConnField.HRASCONN), layout.abi(), connection.handle());
        writeText(le, layout, offset, text, RasConnField.ENTRY_NAME, Optional.of(connection.entryName()));
        writeText(le, layout, offset, text, RasConnField.DEVICE_TYPE, connection.deviceType());
        writeText(le, layout, offset, text, RasConnField.DEVICE_NAME, connection.deviceName());
        writeText(le, layout, offset, text, RasConnField.PHONEBOOK, connection.phonebook());
        if (layout.has(RasConnField.SUB_ENTRY)) {
            le.putInt(offset + layout.offset(RasConnField.SUB_ENTRY), connection.subEntry().orElse(0));
        }
        if (layout.has(RasConnField.GUID_ENTRY) && connection.entryId().isPresent()) {
            Scalars.writeGuid(le, offset + layout.offset(RasConnField.GUID_ENTRY), connection.entryId().get());
        }
        if (layout.has(RasConnField.FLAGS)) {
            le.putInt(offset + layout.offset(RasConnField.FLAGS),
                    connection.flags().map(ConnectionFlags::bits).orElse(0));
        }
        if (layout.has(RasConnField.LUID) && connection.luid().isPresent()) {
            Scalars.writeLuid(le, offset + layout.offset(RasConnField.LUID), connection.luid().get());
        }
        if (layout.has(RasConnField.CORRELATION_ID) && connection.correlationId().isPresent()) {
            Scalars.writeGuid(le, offset + layout.offset(RasConnField.CORRELATION_ID),
                    connection.correlationId().get());
        }
    }

    private static void writeText(ByteBuffer le, RasConnLayout layout, int base, FixedText text,
            RasConnField field, Optional<String> value) {
        if (layout.has(field) && value.isPresent()) {
            text.write(le, base + layout.offset(field), layout.length(field), value.get(), field.name());
        }
    }

    /**
     * The connection as Windows reports it in {@code layout}: members the layout lacks are empty,
     * members it has but the connection lacks are the zeros Windows would leave ({@code ""}, 0,
     * the nil GUID), and text too long for its field is cut to fit, as {@code RasEnumConnections}
     * cuts the entry name to 20 characters in the Windows NT 3.51 layout; {@code A} text is taken
     * through the ANSI charset, so a character it cannot represent becomes {@code ?}, as
     * {@code RasEnumConnectionsA} puts the code page's default character. Decoding what
     * {@link #encodeEntry} wrote for {@code c} gives {@code project(c, layout)}, and
     * {@code encodeEntry} accepts {@code project(c, layout)} whenever its text holds no NUL and,
     * for {@code W}, no lone surrogate.
     *
     * @param c      a connection
     * @param layout the layout it is projected on
     * @return the connection as a decoder of {@code layout} would see it
     */
    public RasConnection project(RasConnection c, RasConnLayout layout) {
        FixedText text = new FixedText(layout.charset(), ansi);
        UUID nil = new UUID(0, 0);
        return new RasConnection(
                c.handle(),
                text.fit(c.entryName(), layout.length(RasConnField.ENTRY_NAME)),
                fitted(layout, text, RasConnField.DEVICE_TYPE, c.deviceType()),
                fitted(layout, text, RasConnField.DEVICE_NAME, c.deviceName()),
                fitted(layout, text, RasConnField.PHONEBOOK, c.phonebook()),
                layout.has(RasConnField.SUB_ENTRY) ? OptionalInt.of(c.subEntry().orElse(0)) : OptionalInt.empty(),
                layout.has(RasConnField.GUID_ENTRY) ? Optional.of(c.entryId().orElse(nil)) : Optional.empty(),
                layout.has(RasConnField.FLAGS) ? Optional.of(c.flags().orElse(ConnectionFlags.NONE)) : Optional.empty(),
                layout.has(RasConnField.LUID) ? Optional.of(c.luid().orElse(new Luid(0, 0))) : Optional.empty(),
                layout.has(RasConnField.CORRELATION_ID)
                        ? Optional.of(c.correlationId().orElse(nil)) : Optional.empty());
    }

    private static Optional<String> fitted(RasConnLayout layout, FixedText text, RasConnField field,
            Optional<String> value) {
        return layout.has(field)
                ? Optional.of(text.fit(value.orElse(""), layout.length(field)))
                : Optional.empty();
    }
}
