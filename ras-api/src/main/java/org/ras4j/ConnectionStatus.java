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

    /**
     * Checks that no member is {@code null}.
     *
     * @param state          {@code rasconnstate}
     * @param errorCode      {@code dwError}, 0 if the connection did not fail
     * @param deviceType     {@code szDeviceType}
     * @param deviceName     {@code szDeviceName}
     * @param phoneNumber    {@code szPhoneNumber}, empty for a version without it
     * @param localEndPoint  {@code localEndPoint}, empty for a version without it
     * @param remoteEndPoint {@code remoteEndPoint}, empty for a version without it
     * @param subState       {@code rasconnsubstate}, empty for a version without it
     * @throws NullPointerException if a member is {@code null}
     */
    public ConnectionStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(deviceType, "deviceType");
        Objects.requireNonNull(deviceName, "deviceName");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(localEndPoint, "localEndPoint");
        Objects.requireNonNull(remoteEndPoint, "remoteEndPoint");
        Objects.requireNonNull(subState, "subState");
    }

    /**
     * {@return a status with the members every version has} The later ones are empty.
     *
     * @param state      {@code rasconnstate}
     * @param errorCode  {@code dwError}, 0 if the connection did not fail
     * @param deviceType {@code szDeviceType}
     * @param deviceName {@code szDeviceName}
     */
    public static ConnectionStatus of(ConnectionState state, int errorCode, String deviceType, String deviceName) {
        return new ConnectionStatus(state, errorCode, deviceType, deviceName, Optional.empty(),
                Optional.empty(), Optional.empty(), OptionalInt.empty());
    }

    /** {@return whether the connection is up ({@code RASCS_Connected})} */
    public boolean isConnected() {
        return state.isConnected();
    }
}
