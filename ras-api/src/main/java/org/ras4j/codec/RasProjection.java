package org.ras4j.codec;

import java.util.Optional;

/**
 * The {@code RASPROJECTION} values of {@code ras.h}: which protocol's projection
 * {@code RasGetProjectionInfo} reports, and in which structure (docs/contract.md §8, C-PROJ-01).
 * ras4j decodes {@link #PPP_IP} ({@code RASPPPIP}) and {@link #PPP_IPV6} ({@code RASPPPIPV6}).
 */
public enum RasProjection {
    /** {@code RASP_Amb}: authentication message blocks (Windows 2000 and earlier). */
    AMB(0x10000),
    /** {@code RASP_PppNbf}: NetBEUI (Windows 2000 and earlier). */
    PPP_NBF(0x803F),
    /** {@code RASP_PppIpx}: IPX (not on 64-bit Windows). */
    PPP_IPX(0x802B),
    /** {@code RASP_PppIp}: IPv4, {@code RASPPPIP}. */
    PPP_IP(0x8021),
    /** {@code RASP_PppCcp}: compression control (Windows 2000 and later). */
    PPP_CCP(0x80FD),
    /** {@code RASP_PppLcp}: link control. */
    PPP_LCP(0xC021),
    /** {@code RASP_PppIpv6}: IPv6, {@code RASPPPIPV6} (Windows Vista and later). */
    PPP_IPV6(0x8057),
    /** {@code RASP_Slip}: SLIP (Windows Server 2003 and earlier). */
    SLIP(0x20000);

    private final int code;

    RasProjection(int code) {
        this.code = code;
    }

    /**
     * {@return the {@code RASPROJECTION} value}
     */
    public int code() {
        return code;
    }

    /**
     * {@return the value with this code, if {@code ras.h} defines one}
     *
     * @param code the code
     */
    public static Optional<RasProjection> of(int code) {
        for (RasProjection p : values()) {
            if (p.code == code) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
