package org.ras4j;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code RASIKEV2_PROJECTION_INFO}: what {@code RasGetProjectionInfoEx} reports for an IKEv2 VPN
 * (Windows 7 and later; docs/contract.md §8, C-PROJ-05, C-PROJ-06), the usual VPN of Windows 10 and
 * 11: the addresses it got, the server's, and the servers it may move to (MOBIKE).
 *
 * <p>An address is present when its negotiation error is 0 (the SDK: "valid only if" it is), a
 * server's only when it is not all zeros either. The server-address lists come through pointers in
 * the structure; they are present only when each pointer points, with its whole array, inside the
 * memory the call returned (C-PROJ-06), and empty otherwise, while the counts are always those the
 * structure holds.
 *
 * @param ipv4NegotiationError   {@code dwIPv4NegotiationError}
 * @param ipv4Address            {@code ipv4Address}: the client's IPv4 address
 * @param ipv4ServerAddress      {@code ipv4ServerAddress}
 * @param ipv6NegotiationError   {@code dwIPv6NegotiationError}
 * @param ipv6Address            {@code ipv6Address}: the client's IPv6 address
 * @param ipv6ServerAddress      {@code ipv6ServerAddress}
 * @param prefixLength           {@code dwPrefixLength}: of the IPv6 address, in bits
 * @param authenticationProtocol {@code dwAuthenticationProtocol} ({@link #AUTH_MACHINE_CERTIFICATES},
 *                               {@link #AUTH_EAP}, {@code 3} for a pre-shared key)
 * @param eapTypeId              {@code dwEapTypeId}
 * @param flags                  {@code dwFlags} ({@link #FLAG_MOBIKE_SUPPORTED} …)
 * @param encryptionMethod       {@code dwEncryptionMethod} ({@code IPSEC_CIPHER_TYPE})
 * @param ipv4ServerAddressCount {@code numIPv4ServerAddresses}
 * @param ipv4ServerAddresses    the array {@code ipv4ServerAddresses} points to, if it is readable
 * @param ipv6ServerAddressCount {@code numIPv6ServerAddresses}
 * @param ipv6ServerAddresses    the array {@code ipv6ServerAddresses} points to, if it is readable
 */
public record Ikev2Projection(
        int ipv4NegotiationError,
        Optional<Inet4Address> ipv4Address,
        Optional<Inet4Address> ipv4ServerAddress,
        int ipv6NegotiationError,
        Optional<Inet6Address> ipv6Address,
        Optional<Inet6Address> ipv6ServerAddress,
        int prefixLength,
        int authenticationProtocol,
        int eapTypeId,
        int flags,
        int encryptionMethod,
        int ipv4ServerAddressCount,
        Optional<List<Inet4Address>> ipv4ServerAddresses,
        int ipv6ServerAddressCount,
        Optional<List<Inet6Address>> ipv6ServerAddresses) implements ProjectionInfo {

    /** {@code RASIKEv2_AUTH_MACHINECERTIFICATES}. */
    public static final int AUTH_MACHINE_CERTIFICATES = 1;
    /** {@code RASIKEv2_AUTH_EAP}. */
    public static final int AUTH_EAP = 2;
    /** {@code RASIKEv2_FLAGS_MOBIKESUPPORTED}. */
    public static final int FLAG_MOBIKE_SUPPORTED = 0x1;
    /** {@code RASIKEv2_FLAGS_BEHIND_NAT}. */
    public static final int FLAG_BEHIND_NAT = 0x2;
    /** {@code RASIKEv2_FLAGS_SERVERBEHIND_NAT}. */
    public static final int FLAG_SERVER_BEHIND_NAT = 0x4;

    /**
     * Checks for null, copies the lists, and checks that a list holds as many addresses as its count says.
     *
     * @param ipv4NegotiationError   {@code dwIPv4NegotiationError}
     * @param ipv4Address            {@code ipv4Address}: the client's IPv4 address
     * @param ipv4ServerAddress      {@code ipv4ServerAddress}
     * @param ipv6NegotiationError   {@code dwIPv6NegotiationError}
     * @param ipv6Address            {@code ipv6Address}: the client's IPv6 address
     * @param ipv6ServerAddress      {@code ipv6ServerAddress}
     * @param prefixLength           {@code dwPrefixLength}: of the IPv6 address, in bits
     * @param authenticationProtocol {@code dwAuthenticationProtocol} ({@link #AUTH_MACHINE_CERTIFICATES}, {@link #AUTH_EAP}, {@code 3} for a pre-shared key)
     * @param eapTypeId              {@code dwEapTypeId}
     * @param flags                  {@code dwFlags} ({@link #FLAG_MOBIKE_SUPPORTED} …)
     * @param encryptionMethod       {@code dwEncryptionMethod} ({@code IPSEC_CIPHER_TYPE})
     * @param ipv4ServerAddressCount {@code numIPv4ServerAddresses}
     * @param ipv4ServerAddresses    the array {@code ipv4ServerAddresses} points to, if it is readable
     * @param ipv6ServerAddressCount {@code numIPv6ServerAddresses}
     * @param ipv6ServerAddresses    the array {@code ipv6ServerAddresses} points to, if it is readable
     */
    public Ikev2Projection {
        Objects.requireNonNull(ipv4Address, "ipv4Address");
        Objects.requireNonNull(ipv4ServerAddress, "ipv4ServerAddress");
        Objects.requireNonNull(ipv6Address, "ipv6Address");
        Objects.requireNonNull(ipv6ServerAddress, "ipv6ServerAddress");
        ipv4ServerAddresses = Objects.requireNonNull(ipv4ServerAddresses, "ipv4ServerAddresses").map(List::copyOf);
        ipv6ServerAddresses = Objects.requireNonNull(ipv6ServerAddresses, "ipv6ServerAddresses").map(List::copyOf);
        ipv4ServerAddresses.ifPresent(list -> requireCount(list, ipv4ServerAddressCount, "IPv4"));
        ipv6ServerAddresses.ifPresent(list -> requireCount(list, ipv6ServerAddressCount, "IPv6"));
    }

    private static void requireCount(List<?> list, int count, String what) {
        if (Integer.toUnsignedLong(count) != list.size()) {
            throw new IllegalArgumentException(what + " server addresses: the count says " + Integer.toUnsignedString(count)
                    + ", the list holds " + list.size());
        }
    }

    /**
     * {@return {@link ProjectionInfo#TYPE_IKEV2}}
     */
    @Override
    public int type() {
        return TYPE_IKEV2;
    }
}
