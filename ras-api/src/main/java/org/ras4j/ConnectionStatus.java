package org.ras4j;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The state of a connection as {@code RasGetConnectStatus} reports it in a {@code RASCONNSTATUS}.
 * Members the structure version lacks are empty.
 *
 * @param state          {@code rasconnstate}
 * @param errorCode      {@code dwError}: why the connection failed or dropped, 0 if it did not
 * @param deviceType     {@code szDeviceType}: the device connected or being connected
 * @param deviceName     {@code szDeviceName}
 * @param phoneNumber    {@code szPhoneNumber} (since {@code WINVER 0x401})
 * @param localEndPoint  {@code localEndPoint} (Windows 7 and later)
 * @param remoteEndPoint {@code remoteEndPoint} (Windows 7 and later)
 * @param subState       {@code rasconnsubstate} (Windows 7 and later): {@code RASCSS_*}
 */
public record ConnectionStatus(
        ConnectionState state,
        int errorCode,
        String deviceType,
        String deviceName,
        Optional<String> phoneNumber,
        Optional<TunnelEndpoint> localEndPoint,
        Optional<TunnelEndpoint> remoteEndPoint,
        OptionalInt subState) {

    public ConnectionStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(deviceType, "deviceType");
        Objects.requireNonNull(deviceName, "deviceName");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(localEndPoint, "localEndPoint");
        Objects.requireNonNull(remoteEndPoint, "remoteEndPoint");
        Objects.requireNonNull(subState, "subState");
    }

    /** A status with the members every version has; the later ones empty. */
    public static ConnectionStatus of(ConnectionState state, int errorCode, String deviceType, String deviceName) {
        return new ConnectionStatus(state, errorCode, deviceType, deviceName, Optional.empty(),
                Optional.empty(), Optional.empty(), OptionalInt.empty());
    }

    /** Whether the connection is up ({@code RASCS_Connected}). */
    public boolean isConnected() {
        return state.isConnected();
    }
}
