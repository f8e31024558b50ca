package org.ras4j.sim;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import org.ras4j.ConnectionFlag;
import org.ras4j.ConnectionState;
import org.ras4j.ConnectionFlags;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnStatusCodec;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.codec.RasConnStatusVersion;
import org.ras4j.spi.WindowsProfile;

/**
 * Checks that a connection could exist on the profile's Windows before the simulator takes it:
 * every text member fits the newest {@code RASCONNW}/{@code RASCONNSTATUSW} field with its NUL
 * (an entry name of at most 256 characters, a device type of 16, …), holds no NUL and no lone
 * surrogate, and {@code dwFlags} uses {@code RASCF_OwnerKnown}/{@code RASCF_OwnerMatch} only
 * where the profile has them (Vista and later).
 */
final class Admission {
    private static final int OWNER_BITS = ConnectionFlag.OWNER_KNOWN.mask() | ConnectionFlag.OWNER_MATCH.mask();

    private final WindowsProfile profile;
    private final RasConnCodec connCodec;
    private final RasConnStatusCodec statusCodec;
    private final RasConnLayout connLayout;
    private final RasConnStatusLayout statusLayout;

    Admission(WindowsProfile profile) {
        this.profile = profile;
        this.connCodec = RasConnCodec.withAnsiCharset(profile.ansiCharset());
        this.statusCodec = RasConnStatusCodec.withAnsiCharset(profile.ansiCharset());
        this.connLayout = RasConnLayout.newest(RasCharset.W, profile.abi());
        this.statusLayout = RasConnStatusLayout.of(RasConnStatusVersion.newest(), RasCharset.W, profile.abi());
    }

    /**
     * The connection with {@code handle}, once checked.
     *
     * @throws IllegalArgumentException if Windows could not have such a connection
     */
    RasConnection admit(RasConnection attributes, StatusDetails details, RasHandle handle) {
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(details, "details");
        int flags = attributes.flags().map(ConnectionFlags::bits).orElse(0);
        if (!profile.ownerFlags() && (flags & OWNER_BITS) != 0) {
            throw new IllegalArgumentException("RASCF_OwnerKnown/RASCF_OwnerMatch are Vista and later; "
                    + profile + " has no such flag: " + attributes.flags().get());
        }
        RasConnection connection = attributes.toBuilder().handle(handle).build();
        connCodec.encodeEntry(connection, connLayout, ByteBuffer.allocate(connLayout.size()), 0);
        Conn probe = new Conn(connection, details, ConnectionState.CONNECTED, 0, List.of());
        statusCodec.encode(probe.statusOf(handle), statusLayout, ByteBuffer.allocate(statusLayout.size()));
        return connection;
    }
}
