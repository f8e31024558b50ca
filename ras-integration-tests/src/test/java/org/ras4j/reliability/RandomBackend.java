package org.ras4j.reliability;

import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;

/**
 * A backend that answers at random within the contract's types: any return code, any
 * {@code *lpcb} and {@code *lpcConnections}, random or valid bytes, only ever inside
 * {@code [0, min(*lpcb, capacity))}. It counts its calls and checks what the client passes.
 */
final class RandomBackend implements RasBackend {
    private static final int[] CODES = {0, 0, 0, 603, 603, 632, 87, 6, 8, 610, 0x7fffffff, -1};

    private final SplittableRandom random;
    private final RasConnCodec codec;
    private final Abi abi;
    private int calls;
    private String contractBreach;

    RandomBackend(SplittableRandom random, RasConnCodec codec) {
        this.random = random;
        this.codec = codec;
        this.abi = random.nextBoolean() ? Abi.X86 : Abi.X64;
    }

    int calls() {
        return calls;
    }

    /** What the client did against the contract, or {@code null}. */
    String contractBreach() {
        return contractBreach;
    }

    @Override
    public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef lpcConnections) {
        calls++;
        if (buffer == null || lpcb == null || lpcConnections == null) {
            contractBreach = "the client passed a NULL argument";
            return 87;
        }
        if (lpcb.getUnsigned() > buffer.capacity()) {
            contractBreach = "the client passed *lpcb " + lpcb + " for a buffer of " + buffer.capacity();
        }
        int limit = (int) Math.min(lpcb.getUnsigned(), buffer.capacity());
        int code = CODES[random.nextInt(CODES.length)];
        if (random.nextInt(3) == 0) {
            int written = writeValidEntries(charset, buffer, limit);
            if (written >= 0) {
                lpcConnections.set(written);
                lpcb.set(written == 0 ? 0 : written * buffer.getInt(0));
                return 0;
            }
        }
        if (random.nextBoolean()) {
            writeValidEntries(charset, buffer, limit);
        } else {
            for (int i = 0, n = random.nextInt(0, Math.min(limit, 64) + 1); i < n; i++) {
                buffer.put(random.nextInt(limit), (byte) random.nextInt(256));
            }
        }
        lpcb.set(switch (random.nextInt(4)) {
            case 0 -> random.nextInt();
            case 1 -> limit + random.nextInt(0, 5000);
            default -> random.nextInt(0, limit + 1);
        });
        lpcConnections.set(random.nextInt(3) == 0 ? random.nextInt() : random.nextInt(0, 6));
        return code;
    }

    /** Writes valid entries from byte 0; returns how many, or -1 if the buffer's dwSize is unknown. */
    private int writeValidEntries(RasCharset charset, ByteBuffer buffer, int limit) {
        RasConnLayout layout = limit < 4 ? null : RasConnLayout.forSize(buffer.getInt(0), charset, abi).orElse(null);
        if (layout == null) {
            return -1;
        }
        RandomConnections connections = new RandomConnections(random);
        int written = 0;
        for (int offset = 0; offset + layout.size() <= limit && random.nextInt(4) != 0; offset += layout.size()) {
            codec.encodeEntry(codec.project(connections.connection(charset, abi), layout), layout, buffer, offset);
            written++;
        }
        return written;
    }

    @Override
    public int getConnectStatus(RasCharset charset, RasHandle handle, ByteBuffer status) {
        calls++;
        return CODES[random.nextInt(CODES.length)];
    }

    @Override
    public Abi abi() {
        return abi;
    }
}
