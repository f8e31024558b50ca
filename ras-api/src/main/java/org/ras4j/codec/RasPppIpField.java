package org.ras4j.codec;

/** The members of {@code RASPPPIP} (the result of {@code RASP_PppIp}), in declaration order. */
public enum RasPppIpField {
    /** {@code DWORD dwSize}: identifies the structure version. */
    DW_SIZE,
    /** {@code DWORD dwError}: 0 when IPCP succeeded, else the error that ended the negotiation. */
    ERROR,
    /** {@code szIpAddress[RAS_MaxIpAddress + 1]}: the client's address, {@code a.b.c.d}. */
    IP_ADDRESS,
    /** {@code szServerIpAddress[RAS_MaxIpAddress + 1]}: the server's address, or empty. */
    SERVER_IP_ADDRESS,
    /** {@code DWORD dwOptions}: the client's IPCP options ({@code RASIPO_VJ}). */
    OPTIONS,
    /** {@code DWORD dwServerOptions}: the server's IPCP options. */
    SERVER_OPTIONS
}
