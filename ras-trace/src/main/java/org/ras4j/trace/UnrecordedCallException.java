package org.ras4j.trace;

/**
 * A call a {@link ReplayBackend} cannot answer: no recorded call had the same inputs. The message names
 * the call's inputs and the nearest recorded call (its line), so that a test author sees which input
 * differs. It is not a Win32 error: the caller made a call the trace never saw, which a replay must not
 * guess an answer to.
 */
public final class UnrecordedCallException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * An unanswerable call.
     *
     * @param message the call and the nearest recorded one
     */
    public UnrecordedCallException(String message) {
        super(message);
    }
}
