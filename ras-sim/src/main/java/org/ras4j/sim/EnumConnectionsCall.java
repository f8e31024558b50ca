package org.ras4j.sim;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.spi.Buffers;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.spi.WindowsProfile.SizeQuery;
import org.ras4j.spi.WindowsProfile.ValidationOrder;

/**
 * {@code RasEnumConnectionsA/W} against one snapshot of connections, exactly as docs/contract.md
 * §2 says, in the profile's variant:
 * <ol>
 *   <li>Validation in the profile's order for the charset: NULL {@code lpcb} or
 *       {@code lpcConnections} → 87; a {@code dwSize} not accepted → 632; a NULL buffer → 632, or
 *       the size query where the profile has it (C-ENUM-04). Nothing is written when validation
 *       fails.</li>
 *   <li>Both outputs become 0. With the RAS service stopped: success, 0 entries.</li>
 *   <li>Size query (NULL buffer only): no connection → success; else 603,
 *       {@code *lpcConnections} = the number of connections, {@code *lpcb} = that × the size of the
 *       profile's newest {@code RASCONN}.</li>
 *   <li>Otherwise entries are written in order, {@code dwSize} apart, in the caller's version and
 *       charset; at the first entry that does not fit, 603 with {@code *lpcConnections} = total
 *       and {@code *lpcb} = total × {@code dwSize}, the entries before it staying written. On
 *       success {@code *lpcConnections} = entries, {@code *lpcb} = entries × {@code dwSize}. With
 *       no connection nothing needs to fit: success with 0 and 0 whatever {@code *lpcb} is.</li>
 * </ol>
 *
 * <p>Bounds: the {@code dwSize} of a non-NULL buffer is read whatever {@code *lpcb} says, as
 * Windows reads {@code lprasconn[0].dwSize} (C-ENUM-05), so {@code *lpcb = 0} with a valid
 * {@code dwSize} is 603 with that version's sizes. A non-NULL buffer whose capacity cannot hold a
 * {@code dwSize} is answered 632 (an open point of the contract: Windows would read past the
 * caller's memory; the simulator never does). Writing is bounded by
 * {@code limit = min(*lpcb, capacity)}: an entry fits when it ends within it.
 */
final class EnumConnectionsCall {
    private final WindowsProfile profile;
    private final RasConnCodec codec;

    EnumConnectionsCall(WindowsProfile profile) {
        this.profile = profile;
        this.codec = RasConnCodec.withAnsiCharset(profile.ansiCharset());
    }

    int call(SimState state, RasCharset charset, ByteBuffer callersBuffer, DwordRef lpcb, DwordRef lpcConnections) {
        ByteBuffer buffer = Buffers.whole(callersBuffer);
        boolean pointersFirst = profile.validationOrder(charset) == ValidationOrder.POINTERS_THEN_SIZE;
        boolean pointersNull = lpcb == null || lpcConnections == null;
        if (pointersFirst && pointersNull) {
            return RasError.ERROR_INVALID_PARAMETER.code();
        }
        boolean sizeQuery = buffer == null;
        Optional<RasConnLayout> layout = sizeQuery || !Buffers.holdsDwSize(buffer)
                ? Optional.empty() : profile.connLayout(charset, Buffers.dwSize(buffer));
        boolean sizeInvalid = sizeQuery ? profile.sizeQuery() == SizeQuery.NULL_BUFFER_INVALID_SIZE : layout.isEmpty();
        if (sizeInvalid) {
            return RasError.ERROR_INVALID_SIZE.code();
        }
        if (pointersNull) {
            return RasError.ERROR_INVALID_PARAMETER.code();
        }
        long limit = sizeQuery ? 0 : Math.min(lpcb.getUnsigned(), buffer.capacity());
        lpcb.set(0);
        lpcConnections.set(0);
        if (!state.serviceRunning()) {
            return RasError.ERROR_SUCCESS.code();
        }
        List<RasConnection> listed = state.listed(profile.dialingIsListed());
        if (sizeQuery) {
            return answerSizeQuery(charset, listed.size(), lpcb, lpcConnections);
        }
        return fetch(listed, layout.get(), buffer, limit, lpcb, lpcConnections);
    }

    private int answerSizeQuery(RasCharset charset, int total, DwordRef lpcb, DwordRef lpcConnections) {
        if (total == 0) {
            return RasError.ERROR_SUCCESS.code();
        }
        lpcConnections.set(total);
        lpcb.set(dword((long) total * profile.newestConnLayout(charset).size()));
        return RasError.ERROR_BUFFER_TOO_SMALL.code();
    }

    private int fetch(List<RasConnection> listed, RasConnLayout layout, ByteBuffer buffer, long limit,
            DwordRef lpcb, DwordRef lpcConnections) {
        int size = layout.size();
        int total = listed.size();
        lpcConnections.set(total);
        lpcb.set(dword((long) total * size));
        for (int j = 0; j < total; j++) {
            long end = (long) (j + 1) * size;
            if (end > limit) {
                return RasError.ERROR_BUFFER_TOO_SMALL.code();
            }
            codec.encodeEntry(codec.project(listed.get(j), layout), layout, buffer, j * size);
        }
        return RasError.ERROR_SUCCESS.code();
    }

    /** A byte count as a {@code DWORD}. */
    private static int dword(long value) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalStateException(value + " does not fit a DWORD");
        }
        return (int) value;
    }
}
