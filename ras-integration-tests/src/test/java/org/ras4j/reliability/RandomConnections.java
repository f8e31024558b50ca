package org.ras4j.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.ras4j.ConnectionFlags;
import org.ras4j.Luid;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;

/** Random but valid connections, from a seeded generator so that any failure can be replayed. */
final class RandomConnections {
    private static final String ANSI_SAFE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .-_äöüßéè€";

    private final SplittableRandom random;

    RandomConnections(SplittableRandom random) {
        this.random = random;
    }

    List<RasConnection> list(int count, RasCharset charset, Abi abi) {
        List<RasConnection> connections = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            connections.add(connection(charset, abi));
        }
        return connections;
    }

    RasConnection connection(RasCharset charset, Abi abi) {
        long handle = abi == Abi.X86 ? random.nextLong(1, 1L << 32) : random.nextLong(1, Long.MAX_VALUE);
        return RasConnection.builder(RasHandle.of(handle), text(charset, 1, 300))
                .deviceType(text(charset, 0, 20))
                .deviceName(text(charset, 0, 140))
                .phonebook(text(charset, 0, 270))
                .subEntry(random.nextInt(0, 8))
                .entryId(new UUID(random.nextLong(), random.nextLong()))
                .flags(new ConnectionFlags(random.nextInt()))
                .luid(new Luid(random.nextInt(), random.nextInt()))
                .correlationId(new UUID(random.nextLong(), random.nextLong()))
                .build();
    }

    String text(RasCharset charset, int minLength, int maxLength) {
        int length = random.nextInt(minLength, maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            if (charset == RasCharset.A) {
                text.append(ANSI_SAFE.charAt(random.nextInt(ANSI_SAFE.length())));
            } else {
                boolean pairFits = text.length() + 2 <= length;
                int codePoint = pairFits && random.nextInt(10) == 0
                        ? random.nextInt(0x10000, 0x110000) : random.nextInt(1, 0xD800);
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }
}
