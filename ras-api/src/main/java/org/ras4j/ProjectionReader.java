package org.ras4j;

import java.nio.ByteBuffer;
import java.util.Optional;
import org.ras4j.codec.ProjectionInfoCodec;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasPppIpCodec;
import org.ras4j.codec.RasPppIpLayout;
import org.ras4j.codec.RasPppIpv6Codec;
import org.ras4j.codec.RasPppIpv6Layout;
import org.ras4j.codec.RasProjection;
import org.ras4j.codec.RasProjectionInfoLayout;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;

/**
 * {@code RasGetProjectionInfo} ({@code RASP_PppIp}, {@code RASP_PppIpv6}) and
 * {@code RasGetProjectionInfoEx} done right (docs/contract.md §8, C-CLIENT-05): ask with the newest
 * {@code RASPPPIP} and step down on {@code ERROR_INVALID_SIZE}, remembering what worked; grow on
 * {@code ERROR_BUFFER_TOO_SMALL} to what {@code *lpcb} asks, a bounded number of rounds; check
 * what the backend reports before decoding it. A protocol that was not negotiated
 * ({@code ERROR_PROTOCOL_NOT_CONFIGURED}, 731), a function the backend lacks
 * ({@code ERROR_PROC_NOT_FOUND}, 127) and, for IPv6 only, a projection the Windows version does not
 * know ({@code ERROR_INVALID_PARAMETER}, 87, before Vista) are an empty answer; every other error is
 * a {@link RasException}. Thread-safe.
 */
final class ProjectionReader {
    /** What byte 0 of an {@code RasGetProjectionInfoEx} buffer stands for: the lowest Windows user address. */
    static final long ADDRESS = 0x1_0000L;
    /** The most bytes the client believes a projection needs: far above any real one. */
    static final int MAX_BYTES = 64 * 1024;
    /** Room for server addresses asked for in the first {@code RasGetProjectionInfoEx} call. */
    private static final int EX_SPARE = 256;

    private final RasBackend backend;
    private final RasCharset charset;
    private final RasPppIpCodec ipCodec;
    private final RasPppIpv6Codec ipv6Codec = RasPppIpv6Codec.create();
    private final ProjectionInfoCodec infoCodec = ProjectionInfoCodec.create();
    private final RasProjectionInfoLayout infoLayout;
    private final int maxRounds;
    private final String ipCall;
    private final BufferPool pool = new BufferPool();

    private volatile RasPppIpLayout ipLayout;
    private volatile int infoCapacity;

    ProjectionReader(RasBackend backend, RasCharset charset, RasPppIpCodec ipCodec, int maxRounds) {
        this.backend = backend;
        this.charset = charset;
        this.ipCodec = ipCodec;
        this.maxRounds = maxRounds;
        this.ipCall = charset.functionName("RasGetProjectionInfo");
        this.ipLayout = RasPppIpLayout.newest(charset, backend.abi());
        this.infoLayout = RasProjectionInfoLayout.of(backend.abi());
        this.infoCapacity = infoLayout.size() + EX_SPARE;
    }

    /** {@code RASP_PppIp}, or empty when IPv4 was not negotiated. */
    Optional<IpProjection> ip(RasHandle handle) {
        int round = 0;
        int capacity = 0;
        while (true) {
            RasPppIpLayout current = ipLayout;
            ByteBuffer buffer = pool.borrow(Math.max(capacity, current.size()));
            try {
                buffer.putInt(0, current.size());
                DwordRef lpcb = DwordRef.of(buffer.capacity());
                int code = backend.getProjectionInfo(charset, handle, RasProjection.PPP_IP.code(), buffer, lpcb);
                if (code == RasError.ERROR_SUCCESS.code()) {
                    return Optional.of(ipCodec.decode(buffer, current));
                }
                if (notNegotiated(code, false)) {
                    return Optional.empty();
                }
                if (code == RasError.ERROR_INVALID_SIZE.code()) {
                    ipLayout = VersionStep.older(current, current.older(), ipCall);
                } else if (code == RasError.ERROR_BUFFER_TOO_SMALL.code()) {
                    round = grow(++round, buffer.capacity(), lpcb, ipCall);
                    capacity = (int) lpcb.getUnsigned();
                } else {
                    throw new RasException(code, ipCall, "RASP_PppIp, handle " + handle);
                }
            } finally {
                pool.giveBack(buffer);
            }
        }
    }

    /** {@code RASP_PppIpv6}, or empty when IPv6 was not negotiated or the Windows version has no such projection. */
    Optional<Ipv6Projection> ipv6(RasHandle handle) {
        RasPppIpv6Layout layout = RasPppIpv6Layout.get();
        ByteBuffer buffer = pool.borrow(layout.size());
        try {
            buffer.putInt(0, layout.size());
            DwordRef lpcb = DwordRef.of(layout.size());
            int code = backend.getProjectionInfo(charset, handle, RasProjection.PPP_IPV6.code(), buffer, lpcb);
            if (code == RasError.ERROR_SUCCESS.code()) {
                return Optional.of(ipv6Codec.decode(buffer));
            }
            if (notNegotiated(code, true)) {
                return Optional.empty();
            }
            if (code == RasError.ERROR_BUFFER_TOO_SMALL.code()) {
                throw tooSmall(ipCall, layout.size(), lpcb);
            }
            throw new RasException(code, ipCall, "RASP_PppIpv6, handle " + handle);
        } finally {
            pool.giveBack(buffer);
        }
    }

    /** {@code RasGetProjectionInfoEx}, or empty when nothing was negotiated or the backend lacks the function. */
    Optional<ProjectionInfo> info(RasHandle handle) {
        int round = 0;
        while (true) {
            int capacity = Math.max(infoCapacity, infoLayout.size());
            ByteBuffer buffer = pool.borrow(capacity);
            try {
                buffer.putInt(0, ProjectionInfo.RASAPIVERSION_601);
                DwordRef lpdwSize = DwordRef.of(buffer.capacity());
                int code = backend.getProjectionInfoEx(handle, buffer, ADDRESS, lpdwSize);
                if (code == RasError.ERROR_SUCCESS.code()) {
                    if (lpdwSize.getUnsigned() > buffer.capacity()) {
                        throw new RasException(RasError.ERROR_BUFFER_INVALID.code(), "RasGetProjectionInfoEx",
                                "the backend reported success with *lpdwSize = " + lpdwSize + " for a buffer of "
                                        + buffer.capacity() + " bytes");
                    }
                    return Optional.of(infoCodec.decode(buffer, infoLayout, lpdwSize.getUnsigned(), ADDRESS));
                }
                if (notNegotiated(code, false)) {
                    return Optional.empty();
                }
                if (code != RasError.ERROR_BUFFER_TOO_SMALL.code()) {
                    throw new RasException(code, "RasGetProjectionInfoEx", "handle " + handle);
                }
                round = grow(++round, buffer.capacity(), lpdwSize, "RasGetProjectionInfoEx");
                infoCapacity = (int) lpdwSize.getUnsigned();
            } finally {
                pool.giveBack(buffer);
            }
        }
    }

    private static boolean notNegotiated(int code, boolean unknownProjectionToo) {
        return code == RasError.ERROR_PROTOCOL_NOT_CONFIGURED.code() || code == RasError.ERROR_PROC_NOT_FOUND.code()
                || unknownProjectionToo && code == RasError.ERROR_INVALID_PARAMETER.code();
    }

    /** The round after a 603, when the backend asked for more than it was given and not absurdly much. */
    private int grow(int round, int given, DwordRef lpcb, String call) {
        if (round > maxRounds) {
            throw new RasException(RasError.ERROR_BUFFER_TOO_SMALL.code(), call,
                    "gave up after " + maxRounds + " rounds, last asking for " + lpcb + " bytes");
        }
        long required = lpcb.getUnsigned();
        if (required <= given || required > MAX_BYTES) {
            throw tooSmall(call, given, lpcb);
        }
        return round;
    }

    private static RasException tooSmall(String call, int given, DwordRef lpcb) {
        return new RasException(RasError.ERROR_BUFFER_TOO_SMALL.code(), call, "the backend asked for " + lpcb
                + " bytes after being given " + given + "; at most " + MAX_BYTES + " and more than given");
    }
}
