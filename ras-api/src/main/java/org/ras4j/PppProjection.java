package org.ras4j;

import java.net.Inet4Address;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code RASPPP_PROJECTION_INFO}: the PPP projection {@code RasGetProjectionInfoEx} reports for a
 * PPP connection (Windows 7 and later; docs/contract.md §8, C-PROJ-05). The IPv4 addresses are
 * present when {@code dwIPv4NegotiationError} is 0 (the SDK: "valid only if" it is), the server's
 * only when it is not {@code 0.0.0.0} either.
 *
 * @param ipv4NegotiationError            {@code dwIPv4NegotiationError}
 * @param ipv4Address                     {@code ipv4Address}
 * @param ipv4ServerAddress               {@code ipv4ServerAddress}
 * @param ipv4Options                     {@code dwIPv4Options} ({@code RASIPO_VJ})
 * @param ipv4ServerOptions               {@code dwIPv4ServerOptions}
 * @param ipv6NegotiationError            {@code dwIPv6NegotiationError}
 * @param interfaceIdentifier             {@code bInterfaceIdentifier}, the first byte the most significant
 * @param serverInterfaceIdentifier       {@code bServerInterfaceIdentifier}
 * @param bundled                         {@code fBundled}: the link is part of a multilink bundle
 * @param multilink                       {@code fMultilink}
 * @param authenticationProtocol          {@code dwAuthenticationProtocol} ({@code RASLCPAP_*})
 * @param authenticationData              {@code dwAuthenticationData} ({@code RASLCPAD_*})
 * @param serverAuthenticationProtocol    {@code dwServerAuthenticationProtocol}
 * @param serverAuthenticationData        {@code dwServerAuthenticationData}
 * @param eapTypeId                       {@code dwEapTypeId}
 * @param serverEapTypeId                 {@code dwServerEapTypeId}
 * @param lcpOptions                      {@code dwLcpOptions} ({@code RASLCPO_*})
 * @param lcpServerOptions                {@code dwLcpServerOptions}
 * @param ccpError                        {@code dwCcpError}
 * @param ccpCompressionAlgorithm         {@code dwCcpCompressionAlgorithm} ({@code RASCCPCA_*})
 * @param ccpServerCompressionAlgorithm   {@code dwCcpServerCompressionAlgorithm}
 * @param ccpOptions                      {@code dwCcpOptions} ({@code RASCCPO_*})
 * @param ccpServerOptions                {@code dwCcpServerOptions}
 */
public record PppProjection(
        int ipv4NegotiationError,
        Optional<Inet4Address> ipv4Address,
        Optional<Inet4Address> ipv4ServerAddress,
        int ipv4Options,
        int ipv4ServerOptions,
        int ipv6NegotiationError,
        long interfaceIdentifier,
        long serverInterfaceIdentifier,
        boolean bundled,
        boolean multilink,
        int authenticationProtocol,
        int authenticationData,
        int serverAuthenticationProtocol,
        int serverAuthenticationData,
        int eapTypeId,
        int serverEapTypeId,
        int lcpOptions,
        int lcpServerOptions,
        int ccpError,
        int ccpCompressionAlgorithm,
        int ccpServerCompressionAlgorithm,
        int ccpOptions,
        int ccpServerOptions) implements ProjectionInfo {

    /**
     * Checks the members.
     *
     * @param ipv4NegotiationError            {@code dwIPv4NegotiationError}
     * @param ipv4Address                     {@code ipv4Address}
     * @param ipv4ServerAddress               {@code ipv4ServerAddress}
     * @param ipv4Options                     {@code dwIPv4Options} ({@code RASIPO_VJ})
     * @param ipv4ServerOptions               {@code dwIPv4ServerOptions}
     * @param ipv6NegotiationError            {@code dwIPv6NegotiationError}
     * @param interfaceIdentifier             {@code bInterfaceIdentifier}, the first byte the most significant
     * @param serverInterfaceIdentifier       {@code bServerInterfaceIdentifier}
     * @param bundled                         {@code fBundled}: the link is part of a multilink bundle
     * @param multilink                       {@code fMultilink}
     * @param authenticationProtocol          {@code dwAuthenticationProtocol} ({@code RASLCPAP_*})
     * @param authenticationData              {@code dwAuthenticationData} ({@code RASLCPAD_*})
     * @param serverAuthenticationProtocol    {@code dwServerAuthenticationProtocol}
     * @param serverAuthenticationData        {@code dwServerAuthenticationData}
     * @param eapTypeId                       {@code dwEapTypeId}
     * @param serverEapTypeId                 {@code dwServerEapTypeId}
     * @param lcpOptions                      {@code dwLcpOptions} ({@code RASLCPO_*})
     * @param lcpServerOptions                {@code dwLcpServerOptions}
     * @param ccpError                        {@code dwCcpError}
     * @param ccpCompressionAlgorithm         {@code dwCcpCompressionAlgorithm} ({@code RASCCPCA_*})
     * @param ccpServerCompressionAlgorithm   {@code dwCcpServerCompressionAlgorithm}
     * @param ccpOptions                      {@code dwCcpOptions} ({@code RASCCPO_*})
     * @param ccpServerOptions                {@code dwCcpServerOptions}
     */
    public PppProjection {
        Objects.requireNonNull(ipv4Address, "ipv4Address");
        Objects.requireNonNull(ipv4ServerAddress, "ipv4ServerAddress");
    }

    /**
     * {@return {@link ProjectionInfo#TYPE_PPP}}
     */
    @Override
    public int type() {
        return TYPE_PPP;
    }
}
