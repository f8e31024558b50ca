package org.ras4j.sim;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.ras4j.ConnectionState;
import org.ras4j.IpProjection;
import org.ras4j.Ipv6Projection;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasPppIpCodec;
import org.ras4j.codec.RasPppIpLayout;
import org.ras4j.codec.RasPppIpv6Codec;
import org.ras4j.codec.RasPppIpv6Layout;
import org.ras4j.codec.RasProjection;
import org.ras4j.spi.Buffers;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.spi.WindowsProfile.SizeQuery;

/**
 * {@code RasGetProjectionInfoA/W} against one snapshot, as docs/contract.md §8 says (C-PROJ-01..04),
 * in this order:
 * <ol>
 *   <li>A NULL {@code lpcb}, or a {@code rasprojection} the profile's {@code ras.h} does not define
 *       ({@code RASP_PppIpv6} before Vista): {@code ERROR_INVALID_PARAMETER} (87).</li>
 *   <li>The structure: a NULL buffer is the size query where the profile has one (as
 *       {@code RasEnumConnections}' is), else 632; a {@code dwSize} that is no accepted
 *       {@code RASPPPIP} (or is not 28 for {@code RASPPPIPV6}; a buffer under 4 bytes) is 632.</li>
 *   <li>{@code hrasconn} 0 or not live: 6. Still dialling before {@code RASCS_Projected}:
 *       {@code ERROR_PROJECTION_NOT_COMPLETE} (730).</li>
 *   <li>A protocol the connection did not negotiate (any other {@code RASP_} value, an IKEv2
 *       connection, a family without an address): {@code ERROR_PROTOCOL_NOT_CONFIGURED} (731).</li>
 *   <li>{@code min(*lpcb, capacity)} below the structure: 603 with its size in {@code *lpcb}.
 *       Otherwise the structure is written in the caller's version, {@code *lpcb} = its size.</li>
 * </ol>
 * Nothing is written when the call fails; {@code *lpcb} only on 603 and success.
 */
final class ProjectionCall {
    private final WindowsProfile profile;
    private final RasPppIpCodec ipCodec;
    private final RasPppIpv6Codec ipv6Codec = RasPppIpv6Codec.create();

    ProjectionCall(WindowsProfile profile) {
        this.profile = profile;
        this.ipCodec = RasPppIpCodec.withAnsiCharset(profile.ansiCharset());
    }

    int call(SimState state, RasCharset charset, RasHandle handle, int projection, ByteBuffer callers,
            DwordRef lpcb) {
        Optional<RasProjection> known = RasProjection.of(projection)
                .filter(p -> p != RasProjection.PPP_IPV6 || profile.pppIpv6());
        if (lpcb == null || known.isEmpty()) {
            return RasError.ERROR_INVALID_PARAMETER.code();
        }
        boolean ipv6 = known.get() == RasProjection.PPP_IPV6;
        ByteBuffer buffer = Buffers.whole(callers);
        int size;
        Optional<RasPppIpLayout> ipLayout = Optional.empty();
        if (buffer == null) {
            if (profile.sizeQuery() == SizeQuery.NULL_BUFFER_INVALID_SIZE) {
                return RasError.ERROR_INVALID_SIZE.code();
            }
            size = ipv6 ? RasPppIpv6Layout.get().size() : profile.newestPppIpLayout(charset).size();
        } else {
            if (!Buffers.holdsDwSize(buffer)) {
                return RasError.ERROR_INVALID_SIZE.code();
            }
            int dwSize = Buffers.dwSize(buffer);
            if (ipv6) {
                if (dwSize != RasPppIpv6Layout.get().size()) {
                    return RasError.ERROR_INVALID_SIZE.code();
                }
            } else {
                ipLayout = profile.pppIpLayout(charset, dwSize);
                if (ipLayout.isEmpty()) {
                    return RasError.ERROR_INVALID_SIZE.code();
                }
            }
            size = dwSize;
        }
        Optional<Conn> owner = handle.isNull() ? Optional.empty() : state.owner(handle);
        if (owner.isEmpty()) {
            return RasError.ERROR_INVALID_HANDLE.code();
        }
        Conn conn = owner.get();
        if (!isProjected(conn.state())) {
            return RasError.ERROR_PROJECTION_NOT_COMPLETE.code();
        }
        Optional<Negotiation> negotiation = conn.inspection().negotiation();
        Optional<IpProjection> ip = ipv6 ? Optional.empty() : negotiation.flatMap(Projections::ip);
        Optional<Ipv6Projection> v6 = ipv6 ? negotiation.flatMap(Projections::ipv6) : Optional.empty();
        boolean pppIp = known.get() == RasProjection.PPP_IP;
        if (pppIp ? ip.isEmpty() : !ipv6 || v6.isEmpty()) {
            return RasError.ERROR_PROTOCOL_NOT_CONFIGURED.code();
        }
        long room = buffer == null ? 0 : Math.min(lpcb.getUnsigned(), buffer.capacity());
        if (room < size) {
            lpcb.set(size);
            return RasError.ERROR_BUFFER_TOO_SMALL.code();
        }
        if (ipv6) {
            ipv6Codec.encode(v6.get(), buffer);
        } else {
            ipCodec.encode(ipCodec.project(ip.get(), ipLayout.get()), ipLayout.get(), buffer);
        }
        lpcb.set(size);
        return RasError.ERROR_SUCCESS.code();
    }

    /** Connected, dropped, or dialling at or after {@code RASCS_Projected} (18) and not paused. */
    static boolean isProjected(ConnectionState state) {
        if (state.isConnected() || state.isDisconnected()) {
            return true;
        }
        int code = state.code();
        return code >= ConnectionState.PROJECTED.code() && code < 0x1000;
    }
}
