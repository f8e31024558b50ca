package org.ras4j.sim;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnStatusCodec;
import org.ras4j.codec.RasConnStatusLayout;

/**
 * {@code RasGetConnectStatusA/W} against one snapshot, as RAS-CONTRACT.md §3 says: the structure
 * is checked first, then the handle.
 * <ol>
 *   <li>A NULL buffer, or a {@code dwSize} that is not one of the profile's {@code RASCONNSTATUS}
 *       versions in the charset → 632. A buffer whose capacity is below 4 bytes (no room for a
 *       {@code dwSize}) or below its own {@code dwSize} is not a {@code RASCONNSTATUS} either → 632;
 *       the simulator never touches memory the caller does not have.</li>
 *   <li>{@code hrasconn} 0, stale, or any handle while the RAS service is stopped →
 *       {@code ERROR_INVALID_HANDLE} (6).</li>
 *   <li>Otherwise the whole structure is written in the caller's version: the state (a dialling
 *       state, {@code RASCS_Connected}, or {@code RASCS_Disconnected} with the drop reason in
 *       {@code dwError}; a sub-entry whose link is gone: {@code RASCS_Disconnected}, 0), the device
 *       (also while dialling), and the later members the version has.</li>
 * </ol>
 * Nothing is written when the call fails.
 */
final class ConnectStatusCall {
    private static final int DWSIZE_BYTES = 4;

    private final WindowsProfile profile;
    private final RasConnStatusCodec codec;

    ConnectStatusCall(WindowsProfile profile) {
        this.profile = profile;
        this.codec = RasConnStatusCodec.withAnsiCharset(profile.ansiCharset());
    }

    int call(SimState state, RasCharset charset, RasHandle handle, ByteBuffer callersStatus) {
        ByteBuffer status = Wire.whole(callersStatus);
        if (status == null || status.capacity() < DWSIZE_BYTES) {
            return RasError.ERROR_INVALID_SIZE.code();
        }
        Optional<RasConnStatusLayout> layout = RasConnStatusLayout
                .forSize(Wire.readDword(status, 0), charset, profile.abi())
                .filter(l -> profile.statusVersions(charset).contains(l.version()));
        if (layout.isEmpty() || status.capacity() < layout.get().size()) {
            return RasError.ERROR_INVALID_SIZE.code();
        }
        Optional<Conn> owner = handle.isNull() ? Optional.empty() : state.owner(handle);
        if (owner.isEmpty()) {
            return RasError.ERROR_INVALID_HANDLE.code();
        }
        ConnectionStatus full = owner.get().statusOf(handle);
        codec.encode(StatusProjection.project(full, layout.get(), profile.ansiCharset()), layout.get(), status);
        return 0;
    }
}
