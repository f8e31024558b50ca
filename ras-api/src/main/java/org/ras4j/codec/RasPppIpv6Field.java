package org.ras4j.codec;

/** The members of {@code RASPPPIPV6} (the result of {@code RASP_PppIpv6}, Windows Vista and later). */
public enum RasPppIpv6Field {
    /** {@code DWORD dwSize}: {@code sizeof(RASPPPIPV6)}, 28. */
    DW_SIZE,
    /** {@code DWORD dwError}: 0 when IPV6CP succeeded, else the error that ended the negotiation. */
    ERROR,
    /** {@code BYTE bLocalInterfaceIdentifier[8]}. */
    LOCAL_INTERFACE_IDENTIFIER,
    /** {@code BYTE bPeerInterfaceIdentifier[8]}. */
    PEER_INTERFACE_IDENTIFIER,
    /** {@code BYTE bLocalCompressionProtocol[2]}. */
    LOCAL_COMPRESSION_PROTOCOL,
    /** {@code BYTE bPeerCompressionProtocol[2]}. */
    PEER_COMPRESSION_PROTOCOL
}
