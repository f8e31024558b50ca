package org.ras4j.sim;

import java.util.Objects;
import org.ras4j.codec.RasCharset;

/**
 * The {@code rasapi32} functions the simulator answers, for call counting and scripted faults
 * ({@link SimulatedRas#callCount(SimFunction)}, {@link SimulatedRas#failNextCall}).
 */
public enum SimFunction {
    /** {@code RasEnumConnectionsA}. */
    ENUM_CONNECTIONS_A,
    /** {@code RasEnumConnectionsW}. */
    ENUM_CONNECTIONS_W,
    /** {@code RasGetConnectStatusA}. */
    GET_CONNECT_STATUS_A,
    /** {@code RasGetConnectStatusW}. */
    GET_CONNECT_STATUS_W,
    /** {@code RasGetConnectionStatistics}. */
    GET_CONNECTION_STATISTICS,
    /** {@code RasGetLinkStatistics}. */
    GET_LINK_STATISTICS,
    /** {@code RasGetProjectionInfoA}. */
    GET_PROJECTION_INFO_A,
    /** {@code RasGetProjectionInfoW}. */
    GET_PROJECTION_INFO_W,
    /** {@code RasGetProjectionInfoEx}. */
    GET_PROJECTION_INFO_EX,
    /** {@code RasConnectionNotificationA/W} (one port method: the two take no text). */
    CONNECTION_NOTIFICATION;

    /**
     * {@return {@code RasEnumConnectionsA} or {@code RasEnumConnectionsW}}
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     */
    public static SimFunction enumConnections(RasCharset charset) {
        return Objects.requireNonNull(charset, "charset") == RasCharset.A ? ENUM_CONNECTIONS_A : ENUM_CONNECTIONS_W;
    }

    /**
     * {@return {@code RasGetConnectStatusA} or {@code RasGetConnectStatusW}}
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     */
    public static SimFunction getConnectStatus(RasCharset charset) {
        return Objects.requireNonNull(charset, "charset") == RasCharset.A ? GET_CONNECT_STATUS_A : GET_CONNECT_STATUS_W;
    }

    /**
     * {@return {@code RasGetProjectionInfoA} or {@code RasGetProjectionInfoW}}
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     */
    public static SimFunction getProjectionInfo(RasCharset charset) {
        return Objects.requireNonNull(charset, "charset") == RasCharset.A ? GET_PROJECTION_INFO_A : GET_PROJECTION_INFO_W;
    }

    /**
     * {@return the Win32 name, e.g. {@code RasEnumConnectionsW}}
     */
    public String win32Name() {
        switch (this) {
            case ENUM_CONNECTIONS_A:
                return "RasEnumConnectionsA";
            case ENUM_CONNECTIONS_W:
                return "RasEnumConnectionsW";
            case GET_CONNECT_STATUS_A:
                return "RasGetConnectStatusA";
            case GET_CONNECT_STATUS_W:
                return "RasGetConnectStatusW";
            case GET_CONNECTION_STATISTICS:
                return "RasGetConnectionStatistics";
            case GET_LINK_STATISTICS:
                return "RasGetLinkStatistics";
            case GET_PROJECTION_INFO_A:
                return "RasGetProjectionInfoA";
            case GET_PROJECTION_INFO_W:
                return "RasGetProjectionInfoW";
            case GET_PROJECTION_INFO_EX:
                return "RasGetProjectionInfoEx";
            default:
                return "RasConnectionNotification";
        }
    }
}
