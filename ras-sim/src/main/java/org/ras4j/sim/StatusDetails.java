package org.ras4j.sim;

import java.util.Objects;
import org.ras4j.RasConnection;
import org.ras4j.TunnelEndpoint;

/**
 * What {@code RasGetConnectStatus} reports about a connection beyond its state and its device
 * (which come from the connection's {@code RASCONN} members): the {@code RASCONNSTATUS} members
 * {@code szPhoneNumber} (since {@code WINVER 0x401}) and the Windows 7 tunnel end points and
 * {@code rasconnsubstate}.
 *
 * @param phoneNumber    {@code szPhoneNumber}: at most 128 characters
 * @param localEndPoint  {@code localEndPoint}
 * @param remoteEndPoint {@code remoteEndPoint}
 * @param subState       {@code rasconnsubstate} ({@code RASCSS_None} 0, {@code RASCSS_Dormant} 1, …)
 */
public record StatusDetails(String phoneNumber, TunnelEndpoint localEndPoint, TunnelEndpoint remoteEndPoint,
        int subState) {

    /** No phone number, no tunnel end point, {@code RASCSS_None}. */
    public static final StatusDetails NONE = new StatusDetails("", TunnelEndpoint.NONE, TunnelEndpoint.NONE, 0);

    /**
     * Checks the members for null.
     *
     * @param phoneNumber    {@code szPhoneNumber}: at most 128 characters
     * @param localEndPoint  {@code localEndPoint}
     * @param remoteEndPoint {@code remoteEndPoint}
     * @param subState       {@code rasconnsubstate} ({@code RASCSS_None} 0, {@code RASCSS_Dormant} 1, …)
     */
    public StatusDetails {
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(localEndPoint, "localEndPoint");
        Objects.requireNonNull(remoteEndPoint, "remoteEndPoint");
    }

    /**
     * The details Windows would give a connection when none are specified: the number dialled for
     * a connection made without a phone-book entry ({@code .} followed by the number), else none.
     *
     * @param attributes the attributes
     * @return the details Windows would give a connection when none are specified: the number dialled for a connection made without a phone-book entry ({@code .} followed by the number), else none
     */
    public static StatusDetails defaultsFor(RasConnection attributes) {
        return attributes.phoneNumber().map(StatusDetails::ofPhoneNumber).orElse(NONE);
    }

    /**
     * {@return only a phone number}
     *
     * @param phoneNumber the phone number
     */
    public static StatusDetails ofPhoneNumber(String phoneNumber) {
        return new StatusDetails(phoneNumber, TunnelEndpoint.NONE, TunnelEndpoint.NONE, 0);
    }

    /**
     * {@return these details with tunnel end points (Windows 7 and later)}
     *
     * @param local the local
     * @param remote the remote
     */
    public StatusDetails withEndPoints(TunnelEndpoint local, TunnelEndpoint remote) {
        return new StatusDetails(phoneNumber, local, remote, subState);
    }

    /**
     * {@return these details with another {@code rasconnsubstate}}
     *
     * @param value the new value
     */
    public StatusDetails withSubState(int value) {
        return new StatusDetails(phoneNumber, localEndPoint, remoteEndPoint, value);
    }
}
