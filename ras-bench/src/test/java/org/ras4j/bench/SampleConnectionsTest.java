package org.ras4j.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ras4j.RasConnection;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnVersion;

class SampleConnectionsTest {

    @Test
    void maximumLengthNamesFillEveryTextMemberOfTheNewestLayout() {
        RasConnection c = SampleConnections.of(1, NameLength.MAX).get(0);
        assertEquals(RasConnVersion.MAX_ENTRY_NAME, c.entryName().length());
        assertEquals(RasConnVersion.MAX_DEVICE_TYPE, c.deviceType().orElseThrow().length());
        assertEquals(RasConnVersion.MAX_DEVICE_NAME, c.deviceName().orElseThrow().length());
        assertEquals(RasConnVersion.MAX_PATH - 1, c.phonebook().orElseThrow().length());
    }

    @Test
    void mixedNamesAlternateShortAndMaximumLength() {
        List<RasConnection> mixed = SampleConnections.of(4, NameLength.MIXED);
        assertEquals("Office VPN 0", mixed.get(0).entryName());
        assertEquals(RasConnVersion.MAX_ENTRY_NAME, mixed.get(1).entryName().length());
        assertEquals("Office VPN 2", mixed.get(2).entryName());
    }

    @Test
    void connectionsAreDistinctAndSurviveTheCodecUnchangedInBothCharsets() {
        List<RasConnection> sample = SampleConnections.of(64, NameLength.MIXED);
        assertEquals(64, new HashSet<>(sample.stream().map(RasConnection::handle).toList()).size());
        RasConnCodec codec = RasConnCodec.withAnsiCharset(SampleConnections.ANSI);
        for (RasCharset charset : RasCharset.values()) {
            RasConnLayout layout = RasConnLayout.of(RasConnVersion.V600, charset, Abi.X64);
            assertTrue(sample.stream().allMatch(c -> codec.project(c, layout).equals(c)), charset.name());
        }
    }
}
