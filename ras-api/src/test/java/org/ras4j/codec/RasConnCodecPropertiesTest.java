package org.ras4j.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.ras4j.RasConnection;
import org.ras4j.RasException;
import org.ras4j.RasHandle;

/**
 * {@link RasConnCodec} over whole input spaces: encode then decode gives {@code project} for any
 * connection list, version, charset, ABI and kind of buffer; decoding any bytes fails only with the
 * documented {@link RasException}s and never reads past the buffer.
 */
class RasConnCodecPropertiesTest {
    private static final Set<Integer> DECODE_ERRORS = Set.of(610, 632);

    /** Connections to write in one layout, with the ANSI charset of the codec. */
    record Scenario(RasConnLayout layout, Charset ansi, List<RasConnection> connections) {
        RasConnCodec codec() {
            return RasConnCodec.withAnsiCharset(ansi);
        }

        List<RasConnection> projected() {
            RasConnCodec codec = codec();
            return connections.stream().map(c -> codec.project(c, layout)).collect(Collectors.toList());
        }

        @Override
        public String toString() {
            return layout + " " + (layout.charset() == RasCharset.A ? ansi + " " : "") + connections;
        }
    }

    static List<RasConnLayout> allLayouts() {
        return LayoutAgainstCTest.connLayouts().collect(Collectors.toList());
    }

    @Provide
    Arbitrary<RasConnLayout> layouts() {
        return Arbitraries.of(allLayouts());
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Combinators.combine(layouts(), Arbitraries.of(CodecArbitraries.CP1252, CodecArbitraries.CP932))
                .flatAs((layout, ansi) -> CodecArbitraries.connections(layout.charset(), ansi, layout.abi())
                        .list().ofMaxSize(4).map(list -> new Scenario(layout, ansi, list)));
    }

    @Provide
    Arbitrary<byte[]> byteArrays() {
        return Arbitraries.oneOf(Arbitraries.bytes().array(byte[].class).ofMaxSize(100),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(3 * 1388 + 7));
    }

    @Provide
    Arbitrary<Integer> counts() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 6), Arbitraries.integers());
    }

    @Property(tries = 250)
    void decodingWhatWasEncodedGivesTheProjection(@ForAll("scenarios") Scenario s, @ForAll TestBuffers kind) {
        List<RasConnection> projected = s.projected();
        ByteBuffer buffer = kind.allocate(projected.size() * s.layout().size());
        int position = buffer.position();
        int limit = buffer.limit();
        ByteOrder order = buffer.order();

        s.codec().encode(projected, s.layout(), buffer);
        List<RasConnection> decoded = s.codec().decode(buffer, s.layout(), projected.size());

        assertEquals(projected, decoded);
        assertEquals(List.of(position, limit, order), List.of(buffer.position(), buffer.limit(), buffer.order()),
                "position, limit and byte order are left as they were");
    }

    @Property(tries = 200)
    void anyAnsiTextComesBackAsItsProjectionWithUnrepresentableCharactersAsQuestionMarks(
            @ForAll("ansiLayouts") RasConnLayout layout, @ForAll("anyText") String name,
            @ForAll("anyText") String device, @ForAll TestBuffers kind) {
        RasConnCodec codec = RasConnCodec.withAnsiCharset(CodecArbitraries.CP1252);
        RasConnection c = RasConnection.builder(RasHandle.of(7), name).deviceName(device).build();
        RasConnection projected = codec.project(c, layout);
        ByteBuffer buffer = kind.allocate(layout.size());
        codec.encodeEntry(projected, layout, buffer, 0);
        assertEquals(List.of(projected), codec.decode(buffer, layout, 1));
        assertEquals(projected, codec.project(projected, layout));
    }

    @Provide
    Arbitrary<RasConnLayout> ansiLayouts() {
        return layouts().filter(layout -> layout.charset() == RasCharset.A);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().withCharRange('\u0001', '\uffff').ofMaxLength(300);
    }

    @Property(tries = 200)
    void encodingAConnectionRoundTripsExactlyWhenItsTextFitsAndIsRefusedOtherwise(
            @ForAll("scenarios") Scenario s, @ForAll TestBuffers kind) {
        RasConnCodec codec = s.codec();
        ByteBuffer buffer = kind.allocate(s.layout().size());
        for (RasConnection c : s.connections()) {
            RasConnection projected = codec.project(c, s.layout());
            if (textFits(c, projected, s.layout())) {
                codec.encodeEntry(c, s.layout(), buffer, 0);
                assertEquals(List.of(projected), codec.decode(buffer, s.layout(), 1));
            } else {
                assertThrows(IllegalArgumentException.class, () -> codec.encodeEntry(c, s.layout(), buffer, 0));
            }
        }
    }

    /** Whether every text member the layout has came through {@code project} uncut. */
    private static boolean textFits(RasConnection c, RasConnection projected, RasConnLayout layout) {
        return c.entryName().equals(projected.entryName())
                && fits(c.deviceType(), projected.deviceType())
                && fits(c.deviceName(), projected.deviceName())
                && fits(c.phonebook(), projected.phonebook());
    }

    private static boolean fits(Optional<String> original, Optional<String> projected) {
        return original.isEmpty() || projected.isEmpty() || original.equals(projected);
    }

    @Property(tries = 120)
    void projectionKeepsExactlyTheMembersOfTheLayoutAndIsIdempotent(@ForAll("scenarios") Scenario s) {
        RasConnCodec codec = s.codec();
        RasConnLayout layout = s.layout();
        for (RasConnection c : s.connections()) {
            RasConnection p = codec.project(c, layout);
            assertEquals(p, codec.project(p, layout));
            assertEquals(c.handle(), p.handle());
            assertEquals(layout.has(RasConnField.DEVICE_TYPE), p.deviceType().isPresent());
            assertEquals(layout.has(RasConnField.DEVICE_NAME), p.deviceName().isPresent());
            assertEquals(layout.has(RasConnField.PHONEBOOK), p.phonebook().isPresent());
            assertEquals(layout.has(RasConnField.SUB_ENTRY), p.subEntry().isPresent());
            assertEquals(layout.has(RasConnField.GUID_ENTRY), p.entryId().isPresent());
            assertEquals(layout.has(RasConnField.FLAGS), p.flags().isPresent());
            assertEquals(layout.has(RasConnField.LUID), p.luid().isPresent());
            assertEquals(layout.has(RasConnField.CORRELATION_ID), p.correlationId().isPresent());
            assertTrue(c.entryName().startsWith(p.entryName()), "project only cuts text at its end");
            assertFalse(!p.entryName().isEmpty() && Character.isHighSurrogate(p.entryName().charAt(p.entryName().length() - 1)),
                    "project never cuts a surrogate pair in two");
        }
    }

    @Property(tries = 1000)
    void decodingArbitraryBytesFailsOnlyWithTheDocumentedErrors(
            @ForAll("layouts") RasConnLayout layout, @ForAll("counts") int count, @ForAll TestBuffers kind,
            @ForAll boolean plantDwSize, @ForAll("byteArrays") byte[] bytes) {
        if (plantDwSize) {
            for (int at = 0; at + 4 <= bytes.length; at += layout.size()) {
                ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(at, layout.size());
            }
        }
        assertDecodesOrFailsAsDocumented(RasConnCodec.withAnsiCharset(CodecArbitraries.CP932),
                kind.holding(bytes), layout, count);
    }

    @Property(tries = 200)
    void decodingACorruptedEncodingFailsOnlyWithTheDocumentedErrors(
            @ForAll("scenarios") Scenario s, @ForAll("corruptions") List<Tuple.Tuple2<Integer, Byte>> corruptions,
            @ForAll TestBuffers kind) {
        List<RasConnection> projected = s.projected();
        ByteBuffer encoded = ByteBuffer.allocate(projected.size() * s.layout().size());
        s.codec().encode(projected, s.layout(), encoded);
        byte[] bytes = encoded.array();
        for (Tuple.Tuple2<Integer, Byte> corruption : corruptions) {
            if (bytes.length > 0) {
                bytes[Math.floorMod(corruption.get1(), bytes.length)] = corruption.get2();
            }
        }
        assertDecodesOrFailsAsDocumented(s.codec(), kind.holding(bytes), s.layout(), projected.size());
    }

    @Provide
    Arbitrary<List<Tuple.Tuple2<Integer, Byte>>> corruptions() {
        return Combinators.combine(Arbitraries.integers(), Arbitraries.bytes()).as(Tuple::of).list().ofMaxSize(8);
    }

    private static void assertDecodesOrFailsAsDocumented(RasConnCodec codec, ByteBuffer buffer, RasConnLayout layout,
            int count) {
        List<RasConnection> decoded;
        try {
            decoded = codec.decode(buffer, layout, count);
        } catch (RasException documented) {
            assertTrue(DECODE_ERRORS.contains(documented.code()), documented::getMessage);
            assertTrue(documented.detail().isPresent(), "a decoding error says what was wrong");
            return;
        }
        assertEquals(count, decoded.size());
        assertTrue((long) count * layout.size() <= buffer.capacity());
        assertThrows(UnsupportedOperationException.class, () -> decoded.add(null), "the list is unmodifiable");
    }
}
