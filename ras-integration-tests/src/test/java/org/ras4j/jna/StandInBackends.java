package org.ras4j.jna;

import org.ras4j.spi.RasBackend;

/**
 * The one door to the C stand-in for tests outside this package: {@link StandIn#serving} as a public
 * method, so that a test elsewhere (the capture tests of {@code org.ras4j.trace}) can put JNA and the
 * stand-in in front of a backend.
 */
public final class StandInBackends {
    private StandInBackends() {
    }

    /**
     * Makes the stand-in answer from {@code backend} and returns a {@link JnaRasBackend} over it; skips
     * the calling test when the build made no stand-in.
     *
     * @param backend the backend the stand-in serves
     * @return JNA over the stand-in
     */
    public static RasBackend serving(RasBackend backend) {
        return StandIn.serving(backend);
    }

    /** {@return what the serving backend threw inside a callback since the last {@link #serving}, or null} */
    public static Throwable failure() {
        return StandIn.failure();
    }
}
