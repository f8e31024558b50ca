package org.ras4j;

import java.util.EnumSet;
import java.util.Set;

/**
 * The {@code dwFlags} of a {@code RASCONN} (Windows XP and later), bit for bit: the known
 * {@code RASCF_*} bits as a typed set, the unknown ones kept so that nothing Windows says is lost.
 *
 * @param bits the raw {@code dwFlags} value
 */
public record ConnectionFlags(int bits) {
    /** No flag set. */
    public static final ConnectionFlags NONE = new ConnectionFlags(0);

    /**
     * {@return the flags with exactly these known bits set}
     *
     * @param flags the flags to set; none gives {@link #NONE}
     */
    public static ConnectionFlags of(ConnectionFlag... flags) {
        int bits = 0;
        for (ConnectionFlag flag : flags) {
            bits |= flag.mask();
        }
        return new ConnectionFlags(bits);
    }

    /**
     * {@return whether the flag's bit is set}
     *
     * @param flag the flag to test
     */
    public boolean contains(ConnectionFlag flag) {
        return (bits & flag.mask()) != 0;
    }

    /** {@return the known flags that are set, as an unmodifiable set} */
    public Set<ConnectionFlag> asSet() {
        EnumSet<ConnectionFlag> set = EnumSet.noneOf(ConnectionFlag.class);
        for (ConnectionFlag flag : ConnectionFlag.values()) {
            if (contains(flag)) {
                set.add(flag);
            }
        }
        return Set.copyOf(set);
    }

    /** {@return the set bits that no {@link ConnectionFlag} names} */
    public int unknownBits() {
        int known = 0;
        for (ConnectionFlag flag : ConnectionFlag.values()) {
            known |= flag.mask();
        }
        return bits & ~known;
    }

    /**
     * {@return whether the caller owns the connection} That is {@code RASCF_IsOwner}: both
     * {@code RASCF_OwnerKnown} and {@code RASCF_OwnerMatch}.
     */
    public boolean isOwner() {
        return contains(ConnectionFlag.OWNER_KNOWN) && contains(ConnectionFlag.OWNER_MATCH);
    }

    @Override
    public String toString() {
        String known = asSet().toString();
        return unknownBits() == 0 ? known : known + "+0x" + Integer.toHexString(unknownBits());
    }
}
