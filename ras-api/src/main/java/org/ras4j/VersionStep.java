package org.ras4j;

import java.lang.System.Logger.Level;
import java.util.Optional;
import org.ras4j.codec.StructLayout;

/**
 * The client's answer to {@code ERROR_INVALID_SIZE}: try the next older version of the structure,
 * as docs/contract.md §5 (C-CLIENT-01) says, until none is left.
 */
final class VersionStep {
    private static final System.Logger LOG = System.getLogger(RasClient.class.getName());

    private VersionStep() {
    }

    /**
     * The layout to try after {@code rejected} drew 632.
     *
     * @throws RasException with {@code ERROR_INVALID_SIZE} when {@code rejected} was the oldest
     */
    static <L extends StructLayout<?, ?>> L older(L rejected, Optional<L> older, String call) {
        L next = older.orElseThrow(() -> new RasException(RasError.ERROR_INVALID_SIZE.code(), call,
                "the backend accepts no " + rejected.structName() + " version, down to " + rejected));
        LOG.log(Level.DEBUG, "{0} rejected {1}; stepping down to {2}", call, rejected, next);
        return next;
    }
}
