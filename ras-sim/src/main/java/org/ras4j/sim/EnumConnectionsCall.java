package org.ras4j.sim;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.spi.DwordRef;

/**
 * {@code RasEnumConnectionsA/W} against one snapshot of connections, exactly as RAS-CONTRACT.md §2
 * says, in the profile's variant:
 * <ol>
 *   <li>Validation in the profile's order for the charset: NULL {@code lpcb} or
 *       {@code lpcConnections} → 87; a {@code dwSize} not accepted → 632; a NULL buffer → 632, or
 *       the size query where the profile allows it. Nothing is written when validation fails.</li>
 *   <li>Both outputs become 0. With the RAS service stopped: success, 0 entries.</li>
 *   <li>Size query: no connection → success; else 603, {@code *lpcConnections} = the number of
 *       connections, {@code *lpcb} = that × the size of the profile's newest {@code RASCONN}.</li>
 *   <li>Otherwise entries are written in order, {@code dwSize} apart, in the caller's version and
 *       charset; at the first entry that does not fit, 603 with {@code *lpcConnections} = total
 *       and {@code *lpcb} = total × {@code dwSize}, the entries before it staying written. On
 *       success {@code *lpcConnections} = entries, {@code *lpcb} = entries × {@code dwSize}. With
 *       no connection nothing needs to fit: success with 0 and 0 whatever {@code *lpcb} is.</li>
 * </ol>
 *
 * <p>Bounds: the buffer is {@code limit = min(*lpcb, capacity)} bytes (capacity alone when
 * {@code lpcb} is NULL, a call that fails with 87 anyway); no byte at or past it is read or written.
 * Reading {@code dwSize} needs four bytes: when {@code limit < 4} the caller has handed over no
 * room for a {@code dwSize}, and the call is answered as if {@code lprasconn} were NULL (the size
 * query on Vista and later, 632 on 2000/XP). An entry fits when it ends within {@code limit}, so a
 * {@code *lpcb} larger than the buffer's capacity never makes the simulator write past it.
 */
final class EnumConnectionsCall {
    private static final int ERROR_SUCCESS = 0;
    private static final int DWSIZE_BYTES = 4;

    private final WindowsProfile profile;
    private final RasConnCodec codec;

    EnumConnectionsCall(WindowsProfile profile) {
        this.profile = profile;
        this.codec = RasConnCodec.withAnsiCharset(profile.ansiCharset());
    }

    int call(SimState state, RasCharset charset, ByteBuffer callersBuffer, DwordRef lpcb, DwordRef lpcConnections) {
        ByteBuffer buffer = Wire.whole(callersBuffer);
        boolean pointersFirst = profile.validationOrder(charset) == WindowsProfile.ValidationOrder.POINTERS_THEN_SIZE;
        boolean pointersNull = lpcb == null || lpcConnections == null;
        if (pointersFirst && pointersNull) {
            return RasError.ERROR_INVALID_PARAMETER.code();
        }
        long limit = buffer == null ? 0 : lpcb == null ? buffer.capacity() : Math.min(lpcb.getUnsigned(), buffer.capacity());
        boolean noDwSize = buffer == null || limit < DWSIZE_BYTES;
        Optional<RasConnLayout> layout = noDwSize ? Optional.empty() : acceptedLayout(charset, Wire.readDword(buffer, 0));
        boolean sizeInvalid = noDwSize ? !profile.nullBufferSizeQuery() : layout.isEmpty();
        if (sizeInvalid) {
            return RasError.ERROR_INVALID_SIZE.code();
        }
        if (pointersNull) {
            return RasError.ERROR_INVALID_PARAMETER.code();
        }
        lpcb.set(0);
        lpcConnections.set(0);
        if (!state.serviceRunning()) {
            return ERROR_SUCCESS;
        }
        List<RasConnection> listed = state.listed(profile.dialingIsListed());
        if (noDwSize) {
            return sizeQuery(charset, listed.size(), lpcb, lpcConnections);
        }
        return fetch(listed, layout.get(), buffer, limit, lpcb, lpcConnections);
    }

    private Optional<RasConnLayout> acceptedLayout(RasCharset charset, int dwSize) {
        return RasConnLayout.forSize(dwSize, charset, profile.abi())
                .filter(l -> profile.connVersions(charset).contains(l.version()));
    }

    private int sizeQuery(RasCharset charset, int total, DwordRef lpcb, DwordRef lpcConnections) {
        if (total == 0) {
            return ERROR_SUCCESS;
        }
        int entrySize = RasConnLayout.of(profile.newestConnVersion(charset), charset, profile.abi()).size();
        lpcConnections.set(total);
        lpcb.set(Wire.dword((long) total * entrySize));
        return RasError.ERROR_BUFFER_TOO_SMALL.code();
    }

    private int fetch(List<RasConnection> listed, RasConnLayout layout, ByteBuffer buffer, long limit,
            DwordRef lpcb, DwordRef lpcConnections) {
        int size = layout.size();
        int total = listed.size();
        lpcConnections.set(total);
        lpcb.set(Wire.dword((long) total * size));
        for (int j = 0; j < total; j++) {
            long end = (long) (j + 1) * size;
            if (end > limit) {
                return RasError.ERROR_BUFFER_TOO_SMALL.code();
            }
            codec.encodeEntry(codec.project(listed.get(j), layout), layout, buffer, j * size);
        }
        return ERROR_SUCCESS;
    }
}
