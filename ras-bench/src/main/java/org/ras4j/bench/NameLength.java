package org.ras4j.bench;

/**
 * How long the text members of the benchmark connections are. {@code RASCONN}'s text members are
 * fixed-size arrays ({@code RAS_MaxEntryName + 1}, {@code RAS_MaxDeviceType + 1},
 * {@code RAS_MaxDeviceName + 1}, {@code MAX_PATH}), so the bytes decoded are the same either way;
 * what changes is how many characters each string holds.
 */
public enum NameLength {
    /** Everyday names: {@code Office VPN 7}, {@code vpn}, {@code WAN Miniport (IKEv2)}, the usual phone book. */
    SHORT,
    /** Every text member filled to its maximum: 256, 16, 128 and 259 characters. */
    MAX,
    /** Even entries short, odd entries maximum-length. */
    MIXED;

    /** Whether entry {@code index} has maximum-length text. */
    boolean isMax(int index) {
        return this == MAX || this == MIXED && index % 2 == 1;
    }
}
