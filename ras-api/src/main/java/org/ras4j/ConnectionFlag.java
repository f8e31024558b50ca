package org.ras4j;

/** One {@code RASCF_*} bit of {@code RASCONN.dwFlags}. */
public enum ConnectionFlag {
    /** {@code RASCF_AllUsers}: the entry is in the all-users phone book. */
    ALL_USERS(0x1),
    /** {@code RASCF_GlobalCreds}: the connection uses the default (global) credentials. */
    GLOBAL_CREDS(0x2),
    /** {@code RASCF_OwnerKnown} (Vista and later): the owner of the connection is known. */
    OWNER_KNOWN(0x4),
    /** {@code RASCF_OwnerMatch} (Vista and later): the caller is the owner of the connection. */
    OWNER_MATCH(0x8);

    private final int mask;

    ConnectionFlag(int mask) {
        this.mask = mask;
    }

    /** {@return the bit in {@code dwFlags}} */
    public int mask() {
        return mask;
    }
}
