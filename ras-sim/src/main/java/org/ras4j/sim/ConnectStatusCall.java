package org.ras4j.sim;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnStatusCodec;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.spi.Buffers;
import org.ras4j.spi.WindowsProfile;

/**
 * {@code RasGetConnectStatusA/W} against one snapshot, as docs/contract.md §3 says: the structure
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
    private final WindowsProfile profile;
    private final RasConnStatusCodec codec;

    ConnectStatusCall(WindowsProfile profile) {
        this.profile = profile;
        this.codec = RasConnStatusCodec.withAnsiCharset(profile.ansiCharset());
    }

    int call(SimState state, RasCharset charset, RasHandle handle, ByteBuffer callersStatus) {
        ByteBuffer status = Buffers.whole(callersStatus);
        if (!Buffers.holdsDwSize(status)) {
            return RasError.ERROR_INVALID_SIZE.code();
        }
        Optional<RasConnStatusLayout> layout = profile.statusLayout(charset, Buffers.dwSize(status));
        if (layout.isEmpty() || status.capacity() < layout.get().size()) {
            return RasError.ERROR_INVALID_SIZE.code();
        }
        Optional<Conn> owner = handle.isNull() ? Optional.empty() : state.owner(handle);
        if (owner.isEmpty()) {
            return RasError.ERROR_INVALID_HANDLE.code();
        }
        ConnectionStatus full = owner.get().statusOf(handle);
        codec.encode(codec.project(full, layout.get()), layout.get(), status);
        return RasError.ERROR_SUCCESS.code();
    }
}
