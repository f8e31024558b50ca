package org.ras4j;

/**
 * What {@code RasGetProjectionInfoEx} reports in a {@code RAS_PROJECTION_INFO} (Windows 7 and
 * later; docs/contract.md §8, C-PROJ-05): the PPP projection of a PPP connection (PPTP, L2TP,
 * SSTP, dial-up) or the IKEv2 projection of an IKEv2 VPN, as its {@code type} says.
 */
public sealed interface ProjectionInfo permits PppProjection, Ikev2Projection {
    /** {@code PROJECTION_INFO_TYPE_PPP}. */
    int TYPE_PPP = 1;
    /** {@code PROJECTION_INFO_TYPE_IKEv2}. */
    int TYPE_IKEV2 = 2;
    /** {@code RASAPIVERSION_601}: the {@code version} of every {@code RAS_PROJECTION_INFO}. */
    int RASAPIVERSION_601 = 4;

    /** {@return {@code type}: {@link #TYPE_PPP} or {@link #TYPE_IKEV2}} */
    int type();
}
