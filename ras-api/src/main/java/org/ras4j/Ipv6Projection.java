package org.ras4j;

import java.net.Inet6Address;

/**
 * The result of the PPP IPv6 projection, as {@code RasGetProjectionInfo(RASP_PppIpv6)} reports it in
 * a {@code RASPPPIPV6} (Windows Vista and later; docs/contract.md §8, C-PROJ-03). IPV6CP negotiates
 * interface identifiers, not addresses: an address is a prefix (from router advertisements) and one
 * of these identifiers.
 *
 * @param error                    {@code dwError}: 0 when IPV6CP succeeded, else the error that ended it
 * @param localInterfaceIdentifier {@code bLocalInterfaceIdentifier}: its 8 bytes, the first the most significant
 * @param peerInterfaceIdentifier  {@code bPeerInterfaceIdentifier}, the same way
 * @param localCompressionProtocol {@code bLocalCompressionProtocol}: its 2 bytes, the first the most significant
 * @param peerCompressionProtocol  {@code bPeerCompressionProtocol}, the same way
 */
public record Ipv6Projection(int error, long localInterfaceIdentifier, long peerInterfaceIdentifier,
        int localCompressionProtocol, int peerCompressionProtocol) {

    /**
     * Checks the members.
     *
     * @param error                    {@code dwError}: 0 when IPV6CP succeeded, else the error that ended it
     * @param localInterfaceIdentifier {@code bLocalInterfaceIdentifier}: its 8 bytes, the first the most significant
     * @param peerInterfaceIdentifier  {@code bPeerInterfaceIdentifier}, the same way
     * @param localCompressionProtocol {@code bLocalCompressionProtocol}: its 2 bytes, the first the most significant
     * @param peerCompressionProtocol  {@code bPeerCompressionProtocol}, the same way
     */
    public Ipv6Projection {
        if (localCompressionProtocol < 0 || localCompressionProtocol > 0xFFFF
                || peerCompressionProtocol < 0 || peerCompressionProtocol > 0xFFFF) {
            throw new IllegalArgumentException("a compression protocol is two bytes: " + localCompressionProtocol
                    + ", " + peerCompressionProtocol);
        }
    }

    /**
     * {@return the interface identifier of {@code address}: its last 64 bits}
     *
     * @param address the address
     */
    public static long interfaceIdentifierOf(Inet6Address address) {
        byte[] bytes = address.getAddress();
        long id = 0;
        for (int i = 8; i < 16; i++) {
            id = id << 8 | (bytes[i] & 0xFF);
        }
        return id;
    }

    /**
     * {@return an interface identifier in the form addresses show it, e.g. {@code 0:0:0:a}}
     *
     * @param interfaceIdentifier the interface identifier
     */
    public static String format(long interfaceIdentifier) {
        StringBuilder text = new StringBuilder();
        for (int group = 3; group >= 0; group--) {
            text.append(Long.toHexString(interfaceIdentifier >>> (16 * group) & 0xFFFF));
            if (group > 0) {
                text.append(':');
            }
        }
        return text.toString();
    }
}
