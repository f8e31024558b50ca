package org.ras4j.sim.tck;

import org.ras4j.codec.RasCharset;
import org.ras4j.sim.WindowsProfile;
import org.ras4j.tck.BackendTraits;

/** The {@link BackendTraits} a {@link WindowsProfile} declares: the same facts, in the TCK's terms. */
public final class SimTraits {
    private SimTraits() {
    }

    /** The traits of {@code profile}'s Windows. */
    public static BackendTraits of(WindowsProfile profile) {
        BackendTraits.Builder traits = BackendTraits.builder(profile.abi())
                .sizeQuery(profile.nullBufferSizeQuery()
                        ? BackendTraits.SizeQuery.NULL_BUFFER_REPORTS_SIZE
                        : BackendTraits.SizeQuery.NULL_BUFFER_INVALID_SIZE)
                .dialingIsListed(profile.dialingIsListed())
                .ansiCharset(profile.ansiCharset());
        for (RasCharset charset : RasCharset.values()) {
            traits.connVersions(charset, profile.connVersions(charset))
                    .statusVersions(charset, profile.statusVersions(charset))
                    .validationOrder(charset, profile.validationOrder(charset) == WindowsProfile.ValidationOrder.POINTERS_THEN_SIZE
                            ? BackendTraits.ValidationOrder.POINTERS_THEN_SIZE
                            : BackendTraits.ValidationOrder.SIZE_THEN_POINTERS);
        }
        return traits.build();
    }
}
