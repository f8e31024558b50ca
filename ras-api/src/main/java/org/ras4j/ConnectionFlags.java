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

    /** The flags with exactly these known bits set. */
    public static ConnectionFlags of(ConnectionFlag... flags) {
        int bits = 0;
        for (ConnectionFlag flag : flags) {
            bits |= flag.mask();
        }
        return new ConnectionFlags(bits);
    }

    /** Whether the flag's bit is set. */
    public boolean contains(ConnectionFlag flag) {
        return (bits & flag.mask()) != 0;
    }

    /** The known flags that are set, as an unmodifiable set. */
    public Set<ConnectionFlag> asSet() {
        EnumSet<ConnectionFlag> set = EnumSet.noneOf(ConnectionFlag.class);
        for (ConnectionFlag flag : ConnectionFlag.values()) {
            if (contains(flag)) {
                set.add(flag);
            }
        }
        return Set.copyOf(set);
    }

    /** The set bits that no {@link ConnectionFlag} names. */
    public int unknownBits() {
        int known = 0;
        for (ConnectionFlag flag : ConnectionFlag.values()) {
            known |= flag.mask();
        }
        return bits & ~known;
    }

    /**
     * Whether the caller owns the connection: {@code RASCF_IsOwner}, i.e. both
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
