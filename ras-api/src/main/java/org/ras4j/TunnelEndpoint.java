package org.ras4j;

import java.net.InetAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code RASTUNNELENDPOINT} (Windows 7 and later): the local or remote address of a VPN tunnel.
 *
 * @param type    {@code dwType}: {@link #UNKNOWN}, {@link #IPV4} or {@link #IPV6}
 * @param address the address for an IPv4 or IPv6 end point; empty otherwise
 */
public record TunnelEndpoint(int type, Optional<InetAddress> address) {
    /** {@code RASTUNNELENDPOINT_UNKNOWN}. */
    public static final int UNKNOWN = 0;
    /** {@code RASTUNNELENDPOINT_IPv4}. */
    public static final int IPV4 = 1;
    /** {@code RASTUNNELENDPOINT_IPv6}. */
    public static final int IPV6 = 2;

    /** An end point of unknown type, without an address. */
    public static final TunnelEndpoint NONE = new TunnelEndpoint(UNKNOWN, Optional.empty());

    /**
     * Checks that the address is not {@code null}.
     *
     * @param type    {@code dwType}
     * @param address the address, or empty
     * @throws NullPointerException if {@code address} is {@code null}
     */
    public TunnelEndpoint {
        Objects.requireNonNull(address, "address");
    }

    /**
     * {@return the end point of an IPv4 or IPv6 address}
     *
     * @param address an {@link java.net.Inet4Address} or {@link java.net.Inet6Address}
     */
    public static TunnelEndpoint of(InetAddress address) {
        int type = address.getAddress().length == 4 ? IPV4 : IPV6;
        return new TunnelEndpoint(type, Optional.of(address));
    }
}
