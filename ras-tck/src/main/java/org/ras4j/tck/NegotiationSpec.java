package org.ras4j.tck;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a connection negotiated, as a {@link TckFixture} sets it ({@link TckFeature#PROJECTIONS}):
 * PPP or IKEv2, the addresses, and for IKEv2 the server addresses it can move to. The kit expects
 * (docs/contract.md §8): for PPP, {@code RASP_PppIp} with the IPv4 addresses, {@code RASP_PppIpv6}
 * with the last 64 bits of the IPv6 addresses as interface identifiers, and the {@code ppp}
 * alternative of {@code RasGetProjectionInfoEx}; for IKEv2, the {@code ikev2} alternative with every
 * address and list.
 *
 * @param ikev2               an IKEv2 VPN, else PPP
 * @param ipv4                the client's IPv4 address, if IPv4 was negotiated
 * @param ipv4Server          the server's IPv4 address
 * @param ipv6                the client's IPv6 address, if IPv6 was negotiated
 * @param ipv6Server          the server's IPv6 address
 * @param ipv4ServerAddresses IKEv2: the IPv4 addresses the server can move to
 * @param ipv6ServerAddresses IKEv2: the IPv6 addresses the server can move to
 */
public record NegotiationSpec(boolean ikev2, Optional<Inet4Address> ipv4, Optional<Inet4Address> ipv4Server,
        Optional<Inet6Address> ipv6, Optional<Inet6Address> ipv6Server, List<Inet4Address> ipv4ServerAddresses,
        List<Inet6Address> ipv6ServerAddresses) {
    /**
     * Checks the members.
     *
     * @param ikev2               an IKEv2 VPN, else PPP
     * @param ipv4                the client's IPv4 address, if IPv4 was negotiated
     * @param ipv4Server          the server's IPv4 address
     * @param ipv6                the client's IPv6 address, if IPv6 was negotiated
     * @param ipv6Server          the server's IPv6 address
     * @param ipv4ServerAddresses IKEv2: the IPv4 addresses the server can move to
     * @param ipv6ServerAddresses IKEv2: the IPv6 addresses the server can move to
     */
    public NegotiationSpec {
        Objects.requireNonNull(ipv4, "ipv4");
        Objects.requireNonNull(ipv4Server, "ipv4Server");
        Objects.requireNonNull(ipv6, "ipv6");
        Objects.requireNonNull(ipv6Server, "ipv6Server");
        ipv4ServerAddresses = List.copyOf(ipv4ServerAddresses);
        ipv6ServerAddresses = List.copyOf(ipv6ServerAddresses);
    }

    /**
     * {@return A PPP connection (an SSTP VPN) with IPv4 and IPv6 addresses from the documentation ranges}
     */
    public static NegotiationSpec sstp() {
        return new NegotiationSpec(false, Optional.of(v4("10.8.0.6")), Optional.of(v4("10.8.0.1")),
                Optional.of(v6("fe80::211:22ff:fe33:4455")), Optional.of(v6("fe80::1")), List.of(), List.of());
    }

    /**
     * {@return A PPP connection with an IPv4 address only}
     */
    public static NegotiationSpec sstpIpv4Only() {
        return new NegotiationSpec(false, Optional.of(v4("192.0.2.66")), Optional.of(v4("192.0.2.1")),
                Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    /**
     * {@return an IKEv2 VPN with both families and server lists for MOBIKE (two IPv4, one IPv6)}
     */
    public static NegotiationSpec ikev2Vpn() {
        return new NegotiationSpec(true, Optional.of(v4("10.9.0.7")), Optional.of(v4("203.0.113.5")),
                Optional.of(v6("2001:db8:1::7")), Optional.of(v6("2001:db8::1")),
                List.of(v4("203.0.113.6"), v4("203.0.113.7")), List.of(v6("2001:db8::2")));
    }

    /**
     * {@return the IPv4 address of a literal (never a name lookup)}
     *
     * @param literal the literal
     */
    static Inet4Address v4(String literal) {
        try {
            return (Inet4Address) InetAddress.getByName(literal);
        } catch (UnknownHostException | ClassCastException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    /**
     * {@return the IPv6 address of a literal, kept IPv6 even when IPv4-mapped}
     *
     * @param literal the literal
     */
    static Inet6Address v6(String literal) {
        try {
            return Inet6Address.getByAddress(null, InetAddress.getByName(literal).getAddress(), (NetworkInterface) null);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
