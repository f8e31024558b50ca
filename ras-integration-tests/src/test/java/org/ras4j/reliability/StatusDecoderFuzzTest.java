package org.ras4j.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.ras4j.ConnectionState;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasException;
import org.ras4j.TunnelEndpoint;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnStatusCodec;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.codec.RasConnStatusVersion;

/**
 * Feeds {@link RasConnStatusCodec#decode} random and mutated {@code RASCONNSTATUS} buffers: only a
 * status or a {@link RasException} with 610 or 632 may come out.
 */
class StatusDecoderFuzzTest {
    private static final long SEED = 0x57A7_2026L;
    private static final RasConnStatusCodec CODEC = RasConnStatusCodec.withAnsiCharset(Charset.forName("windows-1252"));

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void decodingMutatedStatusBuffersEndsOnlyInTheDocumentedOutcomes() throws UnknownHostException {
        int cases = Figures.intProperty("ras4j.fuzz.cases", 20_000);
        SplittableRandom random = new SplittableRandom(SEED);
        List<String> failures = new ArrayList<>();
        int decoded = 0;
        int refused = 0;
        for (int i = 0; i < cases; i++) {
            SplittableRandom caseRandom = random.split();
            try {
                if (runCase(caseRandom)) {
                    decoded++;
                } else {
                    refused++;
                }
            } catch (RuntimeException | Error unexpected) {
                if (failures.size() < 10) {
                    failures.add("case " + i + ": " + unexpected);
                }
            }
        }
        Figures.titled("Decoder fuzzing (RasConnStatusCodec)")
                .put("cases", cases).put("decoded", decoded).put("refused with 610/632", refused)
                .put("unexpected exceptions", failures.size())
                .write("status-decoder-fuzz");
        assertEquals(List.of(), failures);
        assertTrue(decoded > 0 && refused > 0, "both outcomes were exercised");
    }

    private static boolean runCase(SplittableRandom random) throws UnknownHostException {
        RasCharset charset = random.nextBoolean() ? RasCharset.A : RasCharset.W;
        RasConnStatusVersion version = RasConnStatusVersion.values()[random.nextInt(RasConnStatusVersion.values().length)];
        RasConnStatusLayout layout = RasConnStatusLayout.of(version, charset, Abi.X64);
        RandomConnections text = new RandomConnections(random);
        byte[] bytes = new byte[layout.size() + random.nextInt(-8, 8) + 8];
        if (random.nextInt(4) == 0) {
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) random.nextInt(256);
            }
        } else if (bytes.length >= layout.size()) {
            ConnectionStatus status = new ConnectionStatus(ConnectionState.of(random.nextInt()), random.nextInt(),
                    text.text(charset, 0, 16), text.text(charset, 0, 32), Optional.of(text.text(charset, 0, 128)),
                    Optional.of(TunnelEndpoint.of(InetAddress.getByAddress(new byte[] {10, 0, 0, (byte) random.nextInt(256)}))),
                    Optional.of(TunnelEndpoint.NONE), OptionalInt.of(random.nextInt()));
            CODEC.encode(status, layout, ByteBuffer.wrap(bytes));
            FuzzBuffers.flipBytes(bytes, random, random.nextInt(0, 6));
        }
        try {
            CODEC.decode(FuzzBuffers.ofRandomKind(bytes, random), layout);
            return true;
        } catch (RasException e) {
            assertTrue(e.code() == 610 || e.code() == 632, () -> "undocumented code " + e.code() + ": " + e);
            return false;
        }
    }
}
