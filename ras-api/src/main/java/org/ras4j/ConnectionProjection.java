package org.ras4j;

import java.util.Objects;
import java.util.Optional;

/**
 * What a connection negotiated ({@link RasClient#projection}): each projection the backend reports,
 * empty where the protocol was not negotiated ({@code ERROR_PROTOCOL_NOT_CONFIGURED}), where the
 * Windows version has no such projection ({@code RASP_PppIpv6} before Vista) or no such function
 * ({@code RasGetProjectionInfoEx} before Windows 7). docs/contract.md §8.
 *
 * @param ip   {@code RasGetProjectionInfo(RASP_PppIp)}: the PPP IPv4 projection
 * @param ipv6 {@code RasGetProjectionInfo(RASP_PppIpv6)}: the PPP IPv6 projection
 * @param info {@code RasGetProjectionInfoEx}: the PPP or IKEv2 projection (Windows 7 and later)
 */
public record ConnectionProjection(Optional<IpProjection> ip, Optional<Ipv6Projection> ipv6,
        Optional<ProjectionInfo> info) {

    /** Nothing negotiated. */
    public static final ConnectionProjection NONE =
            new ConnectionProjection(Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Checks the members.
     *
     * @param ip   {@code RasGetProjectionInfo(RASP_PppIp)}: the PPP IPv4 projection
     * @param ipv6 {@code RasGetProjectionInfo(RASP_PppIpv6)}: the PPP IPv6 projection
     * @param info {@code RasGetProjectionInfoEx}: the PPP or IKEv2 projection (Windows 7 and later)
     */
    public ConnectionProjection {
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(ipv6, "ipv6");
        Objects.requireNonNull(info, "info");
    }

    /**
     * {@return the IKEv2 projection, if {@code RasGetProjectionInfoEx} reported one}
     */
    public Optional<Ikev2Projection> ikev2() {
        return info.filter(Ikev2Projection.class::isInstance).map(Ikev2Projection.class::cast);
    }

    /**
     * {@return the PPP projection of {@code RasGetProjectionInfoEx}, if it reported one}
     */
    public Optional<PppProjection> ppp() {
        return info.filter(PppProjection.class::isInstance).map(PppProjection.class::cast);
    }
}
