package org.ras4j.sim;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.ras4j.ProjectionInfo;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.ProjectionInfoCodec;
import org.ras4j.codec.RasProjectionInfoLayout;
import org.ras4j.spi.Buffers;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.WindowsProfile;

/**
 * {@code RasGetProjectionInfoEx} against one snapshot, as docs/contract.md §8 says
 * (C-PROJ-05..07), in this order:
 * <ol>
 *   <li>A profile without the function (before Windows 7): {@code ERROR_PROC_NOT_FOUND} (127).</li>
 *   <li>A NULL {@code lpdwSize}: 87. A non-NULL buffer whose {@code version} is not
 *       {@code RASAPIVERSION_601} (or that is under 4 bytes): 632 — an open point, the simulator's
 *       choice, since the structure has no {@code dwSize}.</li>
 *   <li>{@code hrasconn} 0 or not live: 6; before {@code RASCS_Projected}: 730; nothing negotiated: 731.</li>
 *   <li>The size needed is the structure and, for IKEv2, the server-address arrays after it (IPv4
 *       first). A NULL buffer, or {@code min(*lpdwSize, capacity)} below that: 603 with the size in
 *       {@code *lpdwSize}.</li>
 *   <li>Otherwise the structure and the arrays are written, the pointers as {@code address} + their
 *       offset, and {@code *lpdwSize} is the size. On x86 an {@code address} whose pointers would
 *       not fit 32 bits is 87.</li>
 * </ol>
 * Nothing is written when the call fails; {@code *lpdwSize} only on 603 and success.
 */
final class ProjectionExCall {
    private final WindowsProfile profile;
    private final ProjectionInfoCodec codec = ProjectionInfoCodec.create();
    private final RasProjectionInfoLayout layout;

    ProjectionExCall(WindowsProfile profile) {
        this.profile = profile;
        this.layout = RasProjectionInfoLayout.of(profile.abi());
    }

    int call(SimState state, RasHandle handle, ByteBuffer callers, long address, DwordRef lpdwSize) {
        if (!profile.projectionInfoEx()) {
            return RasError.ERROR_PROC_NOT_FOUND.code();
        }
        if (lpdwSize == null) {
            return RasError.ERROR_INVALID_PARAMETER.code();
        }
        ByteBuffer buffer = Buffers.whole(callers);
        if (buffer != null && (!Buffers.holdsDwSize(buffer)
                || Buffers.dwSize(buffer) != ProjectionInfo.RASAPIVERSION_601)) {
            return RasError.ERROR_INVALID_SIZE.code();
        }
        Optional<Conn> owner = handle.isNull() ? Optional.empty() : state.owner(handle);
        if (owner.isEmpty()) {
            return RasError.ERROR_INVALID_HANDLE.code();
        }
        Conn conn = owner.get();
        if (!ProjectionCall.isProjected(conn.state())) {
            return RasError.ERROR_PROJECTION_NOT_COMPLETE.code();
        }
        if (conn.inspection().negotiation().isEmpty()) {
            return RasError.ERROR_PROTOCOL_NOT_CONFIGURED.code();
        }
        ProjectionInfo info = Projections.info(conn.inspection().negotiation().get(), !conn.links().isEmpty());
        int size = codec.requiredSize(info, layout);
        long room = buffer == null ? 0 : Math.min(lpdwSize.getUnsigned(), buffer.capacity());
        if (room < size) {
            lpdwSize.set(size);
            return RasError.ERROR_BUFFER_TOO_SMALL.code();
        }
        if (profile.abi() == Abi.X86 && (address < 0 || address + size > 0xFFFF_FFFFL)) {
            return RasError.ERROR_INVALID_PARAMETER.code();
        }
        lpdwSize.set(codec.encode(info, layout, buffer, address));
        return RasError.ERROR_SUCCESS.code();
    }
}
