package org.ras4j.sim;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.ras4j.Ikev2Projection;
import org.ras4j.IpProjection;
import org.ras4j.Ipv6Projection;
import org.ras4j.PppProjection;
import org.ras4j.ProjectionInfo;
import org.ras4j.RasError;

/**
 * The projection structures the simulator derives from a {@link Negotiation} (docs/contract.md §8,
 * C-PROJ-07): the addresses as negotiated, and for the members a negotiation does not state, the
 * values of a typical Windows connection — MS-CHAP v2 over PPP ({@code RASLCPAP_CHAP} 0xC223,
 * {@code RASLCPAD_CHAP_MSV2} 0x81), MPPC with 128-bit MPPE, EAP-MSCHAPv2 (26) over IKEv2 with MOBIKE
 * and cipher 5 ({@code IPSEC_CIPHER_TYPE_AES_256}). A family without an address reports
 * {@code ERROR_PROTOCOL_NOT_CONFIGURED} (731) as its negotiation error.
 */
final class Projections {
    private static final int NOT_CONFIGURED = RasError.ERROR_PROTOCOL_NOT_CONFIGURED.code();
    private static final int RASLCPAP_CHAP = 0xC223;
    private static final int RASLCPAD_CHAP_MSV2 = 0x81;
    /** {@code RASLCPO_PFC | RASLCPO_ACFC}. */
    private static final int LCP_OPTIONS = 0x3;
    /** {@code RASCCPCA_MPPC}. */
    private static final int MPPC = 0x6;
    /** {@code RASCCPO_Compression | RASCCPO_Encryption128bit}. */
    private static final int CCP_OPTIONS = 0x41;
    private static final int EAP_MSCHAPV2 = 26;
    private static final int AES_256 = 5;
    private static final int IPV6_PREFIX = 64;

    private Projections() {
    }

    /** {@code RASPPPIP} of a PPP connection with an IPv4 address; empty otherwise. */
    static Optional<IpProjection> ip(Negotiation n) {
        if (n.protocol() != Negotiation.Protocol.PPP || n.ipv4().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IpProjection(0, n.ipv4(), n.ipv4Server(), OptionalInt.of(0), OptionalInt.of(0)));
    }

    /** {@code RASPPPIPV6} of a PPP connection with an IPv6 address; empty otherwise. */
    static Optional<Ipv6Projection> ipv6(Negotiation n) {
        if (n.protocol() != Negotiation.Protocol.PPP || n.ipv6().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Ipv6Projection(0, id(n.ipv6()), id(n.ipv6Server()), 0, 0));
    }

    private static long id(Optional<Inet6Address> address) {
        return address.map(Ipv6Projection::interfaceIdentifierOf).orElse(0L);
    }

    /** The {@code RAS_PROJECTION_INFO} alternative of the negotiation; {@code multilink} for a bundle. */
    static ProjectionInfo info(Negotiation n, boolean multilink) {
        int ipv4Error = n.ipv4().isPresent() ? 0 : NOT_CONFIGURED;
        int ipv6Error = n.ipv6().isPresent() ? 0 : NOT_CONFIGURED;
        if (n.protocol() == Negotiation.Protocol.PPP) {
            return new PppProjection(ipv4Error, n.ipv4(), n.ipv4Server(), 0, 0, ipv6Error, id(n.ipv6()),
                    id(n.ipv6Server()), multilink, multilink, RASLCPAP_CHAP, RASLCPAD_CHAP_MSV2, RASLCPAP_CHAP,
                    RASLCPAD_CHAP_MSV2, 0, 0, LCP_OPTIONS, LCP_OPTIONS, 0, MPPC, MPPC, CCP_OPTIONS, CCP_OPTIONS);
        }
        List<Inet4Address> v4 = n.ipv4ServerAddresses();
        List<Inet6Address> v6 = n.ipv6ServerAddresses();
        return new Ikev2Projection(ipv4Error, n.ipv4(), n.ipv4Server(), ipv6Error, n.ipv6(), n.ipv6Server(),
                n.ipv6().isPresent() ? IPV6_PREFIX : 0, Ikev2Projection.AUTH_EAP, EAP_MSCHAPV2,
                Ikev2Projection.FLAG_MOBIKE_SUPPORTED, AES_256, v4.size(), Optional.of(v4), v6.size(), Optional.of(v6));
    }
}
