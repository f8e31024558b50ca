package org.ras4j;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Win32 and RAS error codes that {@code RasEnumConnections} and {@code RasGetConnectStatus}
 * can return, each with its symbolic name from {@code winerror.h}/{@code raserror.h} and its
 * message, so that a failure reads the same on every operating system.
 *
 * <p>The constant's {@link #name()} is the symbolic name ({@code ERROR_INVALID_SIZE}).
 */
public enum RasError {
    ERROR_SUCCESS(0, "The operation completed successfully."),
    ERROR_INVALID_HANDLE(6, "The handle is invalid."),
    ERROR_NOT_ENOUGH_MEMORY(8, "Not enough memory resources are available to process this command."),
    ERROR_INVALID_PARAMETER(87, "The parameter is incorrect."),
    PENDING(600, "An operation is pending."),
    ERROR_BUFFER_TOO_SMALL(603, "The caller's buffer is too small."),
    ERROR_BUFFER_INVALID(610, "The buffer is invalid."),
    ERROR_INVALID_SIZE(632, "The structure size is incorrect.");

    private static final Map<Integer, RasError> BY_CODE = new HashMap<>();

    static {
        for (RasError error : values()) {
            BY_CODE.put(error.code, error);
        }
    }

    private final int code;
    private final String message;

    RasError(int code, String message) {
        this.code = code;
        this.message = message;
    }

    /** The numeric code a Win32 function returns. */
    public int code() {
        return code;
    }

    /** The message Windows gives for the code. */
    public String message() {
        return message;
    }

    /** The error with this code, if the catalogue knows it. */
    public static Optional<RasError> forCode(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** The symbolic name of a code, or {@code UNKNOWN_ERROR_<code>} when the catalogue lacks it. */
    public static String nameOf(int code) {
        return forCode(code).map(RasError::name).orElse("UNKNOWN_ERROR_" + Integer.toUnsignedString(code));
    }

    /** The message of a code, or a generic one when the catalogue lacks it. */
    public static String messageOf(int code) {
        return forCode(code).map(RasError::message)
                .orElse("Unknown error " + Integer.toUnsignedString(code) + ".");
    }
}
