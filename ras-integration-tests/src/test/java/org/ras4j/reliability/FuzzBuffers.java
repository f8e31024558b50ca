package org.ras4j.reliability;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;

/** Buffers of every kind a caller may hand to the codec: heap, direct, read-only, big-endian. */
final class FuzzBuffers {
    private FuzzBuffers() {
    }

    /** A buffer of {@code bytes.length} holding {@code bytes}, of a random kind. */
    static ByteBuffer ofRandomKind(byte[] bytes, SplittableRandom random) {
        ByteBuffer buffer = switch (random.nextInt(4)) {
            case 0 -> ByteBuffer.wrap(bytes);
            case 1 -> ByteBuffer.allocateDirect(bytes.length).put(bytes).clear();
            case 2 -> ByteBuffer.wrap(bytes).asReadOnlyBuffer();
            default -> ByteBuffer.allocateDirect(bytes.length).put(bytes).clear().asReadOnlyBuffer();
        };
        return buffer.order(random.nextBoolean() ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    }

    static void flipBytes(byte[] bytes, SplittableRandom random, int flips) {
        if (bytes.length == 0) {
            return;
        }
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(bytes.length);
            bytes[at] = (byte) (bytes[at] ^ (1 << random.nextInt(8)));
        }
    }

    static void putIntLe(byte[] bytes, int offset, int value) {
        if (offset >= 0 && offset + 4 <= bytes.length) {
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
        }
    }
}
