package org.ras4j;

import java.util.Objects;
import java.util.Optional;

/**
 * A RAS call failed: carries the Win32 error code, its symbolic name and message from
 * {@link RasError}, the call that failed and, where there is one, a detail about the cause.
 *
 * <p>Its message reads like {@code 632 ERROR_INVALID_SIZE: Incorrect structure size.
 * (RasEnumConnectionsW)}.
 */
public class RasException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The Win32 error code. */
    private final int code;
    /** The call that failed. */
    private final String call;
    /** What exactly was wrong, or {@code null}. */
    private final String detail;

    /**
     * @param code the Win32 error code the call returned (or that describes the fault)
     * @param call the call that failed, e.g. {@code RasEnumConnectionsW}
     */
    public RasException(int code, String call) {
        this(code, call, null);
    }

    /**
     * @param code   the Win32 error code
     * @param call   the call that failed
     * @param detail what exactly was wrong, or {@code null}
     */
    public RasException(int code, String call, String detail) {
        super(format(code, call, detail));
        this.code = code;
        this.call = Objects.requireNonNull(call, "call");
        this.detail = detail;
    }

    private static String format(int code, String call, String detail) {
        StringBuilder message = new StringBuilder()
                .append(Integer.toUnsignedString(code)).append(' ').append(RasError.nameOf(code))
                .append(": ").append(RasError.messageOf(code))
                .append(" (").append(call).append(')');
        if (detail != null) {
            message.append(": ").append(detail);
        }
        return message.toString();
    }

    /** {@return the Win32 error code} */
    public int code() {
        return code;
    }

    /** {@return the catalogued error, if the code is known} */
    public Optional<RasError> error() {
        return RasError.forCode(code);
    }

    /** {@return the symbolic name of the code, e.g. {@code ERROR_BUFFER_TOO_SMALL}} */
    public String symbolicName() {
        return RasError.nameOf(code);
    }

    /** {@return the call that failed} */
    public String call() {
        return call;
    }

    /** {@return what exactly was wrong, beyond the code's message} */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }
}
