package org.ras4j.trace;

import java.util.Arrays;
import java.util.Optional;

/** The {@code rasapi32} functions a trace records, by their Win32 names without the {@code A}/{@code W}. */
public enum TraceFunction {
    /** {@code RasEnumConnectionsA/W}. */
    ENUM_CONNECTIONS("RasEnumConnections", true),
    /** {@code RasGetConnectStatusA/W}. */
    CONNECT_STATUS("RasGetConnectStatus", true),
    /** {@code RasGetConnectionStatistics}. */
    CONNECTION_STATISTICS("RasGetConnectionStatistics", false),
    /** {@code RasGetLinkStatistics}. */
    LINK_STATISTICS("RasGetLinkStatistics", false),
    /** {@code RasGetProjectionInfoA/W}. */
    PROJECTION_INFO("RasGetProjectionInfo", true),
    /** {@code RasGetProjectionInfoEx}. */
    PROJECTION_INFO_EX("RasGetProjectionInfoEx", false),
    /**
     * {@code RasConnectionNotificationA/W} (the two take no text: one call, no charset), recorded with
     * {@code dwFlags} and whether {@code hEvent} was NULL; a replay does not answer it.
     */
    CONNECTION_NOTIFICATION("RasConnectionNotification", false);

    private final String win32Name;
    private final boolean charset;

    TraceFunction(String win32Name, boolean charset) {
        this.win32Name = win32Name;
        this.charset = charset;
    }

    /** {@return the Win32 name without the {@code A}/{@code W} suffix, as a trace writes it} */
    public String win32Name() {
        return win32Name;
    }

    /** {@return whether the function comes in an {@code A} and a {@code W} form} */
    public boolean hasCharset() {
        return charset;
    }

    /**
     * Whether the range a call may write ends at {@code min(*lpcb, capacity)} ({@code true}) or at
     * {@code min(dwSize, capacity)} ({@code false}: the functions without a {@code lpcb}).
     *
     * @return whether {@code *lpcb} bounds the writable range
     */
    public boolean boundedByLpcb() {
        return this == ENUM_CONNECTIONS || this == PROJECTION_INFO || this == PROJECTION_INFO_EX;
    }

    /**
     * {@return the function of a Win32 name as a trace writes it, if it is one}
     *
     * @param name the name, e.g. {@code RasEnumConnections}
     */
    public static Optional<TraceFunction> named(String name) {
        return Arrays.stream(values()).filter(f -> f.win32Name.equals(name)).findFirst();
    }
}
