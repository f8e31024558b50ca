package org.ras4j.trace;

/**
 * A trace that cannot be read or replayed as it stands: malformed JSON, a truncated file, an unknown
 * schema or major version, a missing, duplicate or ill-typed member, bad hexadecimal, bytes beyond the
 * range a call may write, or answers that contradict themselves. The message names the line (1 for
 * the header, 2 for the first call) and what is wrong there; a reader never answers from such a trace.
 */
public final class TraceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The 1-based line, or 0 when the fault is not on one line. */
    private final int line;

    /**
     * A fault on one line.
     *
     * @param line   the 1-based line of the trace (1 is the header), or 0 for none
     * @param detail what is wrong there
     */
    public TraceException(int line, String detail) {
        super(line > 0 ? "line " + line + ": " + detail : detail);
        this.line = line;
    }

    /**
     * A fault on one line, with its cause.
     *
     * @param line   the 1-based line of the trace (1 is the header), or 0 for none
     * @param detail what is wrong there
     * @param cause  the failure that revealed it
     */
    public TraceException(int line, String detail, Throwable cause) {
        super(line > 0 ? "line " + line + ": " + detail : detail, cause);
        this.line = line;
    }

    /** {@return the 1-based line of the fault (1 is the header), or 0 when it is not on one line} */
    public int line() {
        return line;
    }
}
