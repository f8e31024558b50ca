package org.ras4j.sim;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a simulated connection negotiated ({@link SimulatedRas#setNegotiation}): PPP (PPTP, L2TP,
 * SSTP, dial-up) or IKEv2, and the addresses. The simulator derives every projection structure from
 * it (docs/contract.md §8, C-PROJ-07): for PPP, {@code RASPPPIP} (when there is an IPv4 address),
 * {@code RASPPPIPV6} (when there is an IPv6 address; its interface identifiers are the last 64 bits
 * of the two addresses) and the {@code ppp} alternative of {@code RAS_PROJECTION_INFO}; for IKEv2,
 * only the {@code ikev2} alternative ({@code RasGetProjectionInfo} answers
 * {@code ERROR_PROTOCOL_NOT_CONFIGURED} for an IKEv2 connection, which ran no PPP). A protocol
 * without an address was not negotiated.
 *
 * @param protocol            PPP or IKEv2
 * @param ipv4                the client's IPv4 address
 * @param ipv4Server          the server's IPv4 address
 * @param ipv6                the client's IPv6 address
 * @param ipv6Server          the server's IPv6 address
 * @param ipv4ServerAddresses IKEv2 only: the IPv4 addresses the server can move to (MOBIKE)
 * @param ipv6ServerAddresses IKEv2 only: the IPv6 addresses the server can move to
 */
public record Negotiation(Protocol protocol, Optional<Inet4Address> ipv4, Optional<Inet4Address> ipv4Server,
        Optional<Inet6Address> ipv6, Optional<Inet6Address> ipv6Server, List<Inet4Address> ipv4ServerAddresses,
        List<Inet6Address> ipv6ServerAddresses) {

    /** The two protocol families {@code RAS_PROJECTION_INFO} distinguishes. */
    public enum Protocol {
        /** {@code PROJECTION_INFO_TYPE_PPP}. */
        PPP,
        /** {@code PROJECTION_INFO_TYPE_IKEv2}. */
        IKEV2
    }

    /**
     * Checks for null, copies the lists, and refuses what Windows could not have: server lists on
     * a PPP connection, or a server address without a client address of the same family.
     *
     * @param protocol            PPP or IKEv2
     * @param ipv4                the client's IPv4 address
     * @param ipv4Server          the server's IPv4 address
     * @param ipv6                the client's IPv6 address
     * @param ipv6Server          the server's IPv6 address
     * @param ipv4ServerAddresses IKEv2 only: the IPv4 addresses the server can move to (MOBIKE)
     * @param ipv6ServerAddresses IKEv2 only: the IPv6 addresses the server can move to
     */
    public Negotiation {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(ipv4, "ipv4");
        Objects.requireNonNull(ipv4Server, "ipv4Server");
        Objects.requireNonNull(ipv6, "ipv6");
        Objects.requireNonNull(ipv6Server, "ipv6Server");
        ipv4ServerAddresses = List.copyOf(ipv4ServerAddresses);
        ipv6ServerAddresses = List.copyOf(ipv6ServerAddresses);
        if (protocol == Protocol.PPP && (!ipv4ServerAddresses.isEmpty() || !ipv6ServerAddresses.isEmpty())) {
            throw new IllegalArgumentException("server-address lists are IKEv2's (MOBIKE); PPP has none");
        }
        if (ipv4.isEmpty() && ipv4Server.isPresent() || ipv6.isEmpty() && ipv6Server.isPresent()) {
            throw new IllegalArgumentException("a server address of a family the client got no address of");
        }
    }

    /**
     * {@return A PPP connection with an IPv4 address and the server's}
     *
     * @param client the client
     * @param server the server
     */
    public static Negotiation ppp(Inet4Address client, Inet4Address server) {
        return new Negotiation(Protocol.PPP, Optional.of(client), Optional.of(server), Optional.empty(),
                Optional.empty(), List.of(), List.of());
    }

    /**
     * {@return an IKEv2 VPN with an IPv4 address and the server's}
     *
     * @param client the client
     * @param server the server
     */
    public static Negotiation ikev2(Inet4Address client, Inet4Address server) {
        return new Negotiation(Protocol.IKEV2, Optional.of(client), Optional.of(server), Optional.empty(),
                Optional.empty(), List.of(), List.of());
    }

    /**
     * {@return this negotiation with an IPv6 address and the server's}
     *
     * @param client the client
     * @param server the server
     */
    public Negotiation withIpv6(Inet6Address client, Inet6Address server) {
        return new Negotiation(protocol, ipv4, ipv4Server, Optional.of(client), Optional.of(server),
                ipv4ServerAddresses, ipv6ServerAddresses);
    }

    /**
     * {@return this (IKEv2) negotiation with the addresses the server can move to}
     *
     * @param v4 the v4
     * @param v6 the v6
     */
    public Negotiation withServerAddresses(List<Inet4Address> v4, List<Inet6Address> v6) {
        return new Negotiation(protocol, ipv4, ipv4Server, ipv6, ipv6Server, v4, v6);
    }
}
