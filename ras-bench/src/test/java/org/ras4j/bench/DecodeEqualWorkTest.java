package org.ras4j.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ras4j.RasConnection;
import org.ras4j.codec.RasCharset;

/**
 * Every decode benchmark, after its setup, produces the same connections: the comparison is between
 * equal work. (The setup does not depend on the count; large counts are left out to keep the suite fast:
 * JNA {@code Structure}s are slow before the JIT compiles them.)
 */
class DecodeEqualWorkTest {

    @ParameterizedTest(name = "{0} entries, {1}, {2} names")
    @CsvSource({"1, W, SHORT", "16, W, MAX", "16, W, SHORT", "1, A, MAX", "16, A, SHORT", "16, A, MAX"})
    void codecStructureFloorAndKnownLengthsAllYieldTheSampleConnections(int count, RasCharset charset, NameLength names) {
        DecodeBenchmark bench = new DecodeBenchmark();
        bench.count = count;
        bench.charset = charset;
        bench.names = names;
        bench.setUp();
        List<RasConnection> expected = SampleConnections.of(count, names);

        assertEquals(expected, bench.codec());
        assertEquals(expected, bench.jnaStructure());
        assertEquals(expected, bench.resultFloor());
        assertEquals(expected, bench.knownLengths());
    }

    @ParameterizedTest(name = "{0} entries, {1}")
    @CsvSource({"1, W", "256, W", "16, A", "256, A"})
    void bulkCopyCopiesExactlyTheBytesTheDecodersRead(int count, RasCharset charset) {
        DecodeBenchmark bench = new DecodeBenchmark();
        bench.count = count;
        bench.charset = charset;
        bench.names = NameLength.MIXED;
        bench.setUp();
        NativeEntries entries = bench.entries();

        byte[] copied = bench.bulkCopy();

        assertEquals(count * entries.layout().size(), copied.length);
        assertArrayEquals(entries.memory().getByteArray(0, entries.byteCount()), copied);
    }

    @ParameterizedTest(name = "{0} entries, {1} names")
    @CsvSource({"1, SHORT", "16, MAX", "16, MIXED"})
    void platformStructureYieldsTheSampleConnectionsFromItsOwnLayout(int count, NameLength names) {
        PlatformRasConnBenchmark bench = new PlatformRasConnBenchmark();
        bench.count = count;
        bench.names = names;
        bench.setUp();

        assertEquals(SampleConnections.of(count, names), bench.platformStructure());
    }
}
