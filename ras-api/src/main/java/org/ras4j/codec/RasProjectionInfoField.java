package org.ras4j.codec;

/**
 * The members of {@code RAS_PROJECTION_INFO} (Windows 7 and later): {@code version} and
 * {@code type}, then the union of {@code RASPPP_PROJECTION_INFO ppp} (the {@code PPP_} members) and
 * {@code RASIKEV2_PROJECTION_INFO ikev2} (the {@code IKEV2_} members), each in declaration order.
 */
public enum RasProjectionInfoField {
    /** {@code RASAPIVERSION version}: {@code RASAPIVERSION_601} (4). */
    VERSION,
    /** {@code RASPROJECTION_INFO_TYPE type}: {@code PROJECTION_INFO_TYPE_PPP} (1) or {@code _IKEv2} (2). */
    TYPE,
    /** {@code ppp.dwIPv4NegotiationError}. */
    PPP_IPV4_NEGOTIATION_ERROR,
    /** {@code ppp.ipv4Address}. */
    PPP_IPV4_ADDRESS,
    /** {@code ppp.ipv4ServerAddress}. */
    PPP_IPV4_SERVER_ADDRESS,
    /** {@code ppp.dwIPv4Options}. */
    PPP_IPV4_OPTIONS,
    /** {@code ppp.dwIPv4ServerOptions}. */
    PPP_IPV4_SERVER_OPTIONS,
    /** {@code ppp.dwIPv6NegotiationError}. */
    PPP_IPV6_NEGOTIATION_ERROR,
    /** {@code ppp.bInterfaceIdentifier[8]}. */
    PPP_INTERFACE_IDENTIFIER,
    /** {@code ppp.bServerInterfaceIdentifier[8]}. */
    PPP_SERVER_INTERFACE_IDENTIFIER,
    /** {@code ppp.fBundled}. */
    PPP_BUNDLED,
    /** {@code ppp.fMultilink}. */
    PPP_MULTILINK,
    /** {@code ppp.dwAuthenticationProtocol}. */
    PPP_AUTHENTICATION_PROTOCOL,
    /** {@code ppp.dwAuthenticationData}. */
    PPP_AUTHENTICATION_DATA,
    /** {@code ppp.dwServerAuthenticationProtocol}. */
    PPP_SERVER_AUTHENTICATION_PROTOCOL,
    /** {@code ppp.dwServerAuthenticationData}. */
    PPP_SERVER_AUTHENTICATION_DATA,
    /** {@code ppp.dwEapTypeId}. */
    PPP_EAP_TYPE_ID,
    /** {@code ppp.dwServerEapTypeId}. */
    PPP_SERVER_EAP_TYPE_ID,
    /** {@code ppp.dwLcpOptions}. */
    PPP_LCP_OPTIONS,
    /** {@code ppp.dwLcpServerOptions}. */
    PPP_LCP_SERVER_OPTIONS,
    /** {@code ppp.dwCcpError}. */
    PPP_CCP_ERROR,
    /** {@code ppp.dwCcpCompressionAlgorithm}. */
    PPP_CCP_COMPRESSION_ALGORITHM,
    /** {@code ppp.dwCcpServerCompressionAlgorithm}. */
    PPP_CCP_SERVER_COMPRESSION_ALGORITHM,
    /** {@code ppp.dwCcpOptions}. */
    PPP_CCP_OPTIONS,
    /** {@code ppp.dwCcpServerOptions}. */
    PPP_CCP_SERVER_OPTIONS,
    /** {@code ikev2.dwIPv4NegotiationError}. */
    IKEV2_IPV4_NEGOTIATION_ERROR,
    /** {@code ikev2.ipv4Address}. */
    IKEV2_IPV4_ADDRESS,
    /** {@code ikev2.ipv4ServerAddress}. */
    IKEV2_IPV4_SERVER_ADDRESS,
    /** {@code ikev2.dwIPv6NegotiationError}. */
    IKEV2_IPV6_NEGOTIATION_ERROR,
    /** {@code ikev2.ipv6Address}. */
    IKEV2_IPV6_ADDRESS,
    /** {@code ikev2.ipv6ServerAddress}. */
    IKEV2_IPV6_SERVER_ADDRESS,
    /** {@code ikev2.dwPrefixLength}. */
    IKEV2_PREFIX_LENGTH,
    /** {@code ikev2.dwAuthenticationProtocol}. */
    IKEV2_AUTHENTICATION_PROTOCOL,
    /** {@code ikev2.dwEapTypeId}. */
    IKEV2_EAP_TYPE_ID,
    /** {@code ikev2.dwFlags}. */
    IKEV2_FLAGS,
    /** {@code ikev2.dwEncryptionMethod}. */
    IKEV2_ENCRYPTION_METHOD,
    /** {@code ikev2.numIPv4ServerAddresses}. */
    IKEV2_NUM_IPV4_SERVER_ADDRESSES,
    /** {@code ikev2.ipv4ServerAddresses}: a pointer. */
    IKEV2_IPV4_SERVER_ADDRESSES,
    /** {@code ikev2.numIPv6ServerAddresses}. */
    IKEV2_NUM_IPV6_SERVER_ADDRESSES,
    /** {@code ikev2.ipv6ServerAddresses}: a pointer. */
    IKEV2_IPV6_SERVER_ADDRESSES;

    /**
     * {@return whether this member belongs to the {@code ppp} alternative of the union}
     */
    public boolean isPpp() {
        return name().startsWith("PPP_");
    }

    /**
     * {@return whether this member belongs to the {@code ikev2} alternative of the union}
     */
    public boolean isIkev2() {
        return name().startsWith("IKEV2_");
    }
}
