package org.ras4j.tck;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.ras4j.ConnectionFlags;
import org.ras4j.ConnectionState;
import org.ras4j.ConnectionStatus;
import org.ras4j.Luid;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.TunnelEndpoint;

/**
 * Everything Windows knows about one connection, the input of {@link TckFixture#connect}: the
 * members of the newest {@code RASCONN} (all but the handle, which the backend assigns) and of the
 * newest {@code RASCONNSTATUS}. What a backend reports in an older structure version is derived
 * from it by the codec's projection rules.
 *
 * @param entryName      {@code szEntryName}; {@code .} and the number for a connection without an entry
 * @param deviceType     {@code szDeviceType}, in both structures
 * @param deviceName     {@code szDeviceName}, in both structures
 * @param phonebook      {@code szPhonebook}
 * @param subEntry       {@code dwSubEntry}
 * @param entryId        {@code guidEntry}
 * @param flags          {@code dwFlags}
 * @param luid           {@code luid}
 * @param correlationId  {@code guidCorrelationId}
 * @param phoneNumber    {@code RASCONNSTATUS.szPhoneNumber}
 * @param localEndPoint  {@code RASCONNSTATUS.localEndPoint}
 * @param remoteEndPoint {@code RASCONNSTATUS.remoteEndPoint}
 * @param subState       {@code RASCONNSTATUS.rasconnsubstate}
 */
public record ConnectionSpec(
        String entryName,
        String deviceType,
        String deviceName,
        String phonebook,
        int subEntry,
        UUID entryId,
        ConnectionFlags flags,
        Luid luid,
        UUID correlationId,
        String phoneNumber,
        TunnelEndpoint localEndPoint,
        TunnelEndpoint remoteEndPoint,
        int subState) {

    /** The phone book of all users on current Windows. */
    public static final String ALL_USERS_PHONEBOOK =
            "C:\\ProgramData\\Microsoft\\Network\\Connections\\Pbk\\rasphone.pbk";

    /**
     * Checks the members.
     *
     * @param entryName      {@code szEntryName}; {@code .} and the number for a connection without an entry
     * @param deviceType     {@code szDeviceType}, in both structures
     * @param deviceName     {@code szDeviceName}, in both structures
     * @param phonebook      {@code szPhonebook}
     * @param subEntry       {@code dwSubEntry}
     * @param entryId        {@code guidEntry}
     * @param flags          {@code dwFlags}
     * @param luid           {@code luid}
     * @param correlationId  {@code guidCorrelationId}
     * @param phoneNumber    {@code RASCONNSTATUS.szPhoneNumber}
     * @param localEndPoint  {@code RASCONNSTATUS.localEndPoint}
     * @param remoteEndPoint {@code RASCONNSTATUS.remoteEndPoint}
     * @param subState       {@code RASCONNSTATUS.rasconnsubstate}
     */
    public ConnectionSpec {
        Objects.requireNonNull(entryName, "entryName");
        Objects.requireNonNull(deviceType, "deviceType");
        Objects.requireNonNull(deviceName, "deviceName");
        Objects.requireNonNull(phonebook, "phonebook");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(luid, "luid");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(localEndPoint, "localEndPoint");
        Objects.requireNonNull(remoteEndPoint, "remoteEndPoint");
    }

    /**
     * A VPN connection of the phone-book entry {@code entryName} with plausible, distinct values in
     * every member (GUIDs derived from the name, IPv4 tunnel end points from the documentation
     * ranges).
     *
     * @param entryName the entry name
     * @return a VPN connection of the phone-book entry {@code entryName} with plausible, distinct values in every member (GUIDs derived from the name, IPv4 tunnel end points from the documentation ranges)
     */
    public static ConnectionSpec entry(String entryName) {
        return new ConnectionSpec(entryName, "vpn", "WAN Miniport (SSTP)", ALL_USERS_PHONEBOOK, 1,
                nameUuid("entry:" + entryName), ConnectionFlags.NONE, new Luid(0x3e7, 0),
                nameUuid("correlation:" + entryName), "vpn.example.com",
                endpoint(192, 0, 2, 1), endpoint(198, 51, 100, 7), 0);
    }

    /**
     * A connection dialled without a phone-book entry: Windows lists it as {@code .} followed by
     * {@code phoneNumber}.
     *
     * @param phoneNumber the phone number
     * @return a connection dialled without a phone-book entry: Windows lists it as {@code .} followed by {@code phoneNumber}
     */
    public static ConnectionSpec phoneNumber(String phoneNumber) {
        return entry(RasConnection.PHONE_NUMBER_PREFIX + phoneNumber)
                .withDevice("modem", "Standard 56000 bps Modem").withPhoneNumber(phoneNumber);
    }

    /**
     * {@return this spec with another entry name}
     *
     * @param value the new value
     */
    public ConnectionSpec withEntryName(String value) {
        return new ConnectionSpec(value, deviceType, deviceName, phonebook, subEntry, entryId, flags, luid,
                correlationId, phoneNumber, localEndPoint, remoteEndPoint, subState);
    }

    /**
     * {@return this spec with another device}
     *
     * @param type the type
     * @param name a {@code RASCONNSTATE} name, e.g. {@code RASCS_Connected} or {@code Connected}
     */
    public ConnectionSpec withDevice(String type, String name) {
        return new ConnectionSpec(entryName, type, name, phonebook, subEntry, entryId, flags, luid,
                correlationId, phoneNumber, localEndPoint, remoteEndPoint, subState);
    }

    /**
     * {@return this spec with other {@code dwFlags}}
     *
     * @param value the new value
     */
    public ConnectionSpec withFlags(ConnectionFlags value) {
        return new ConnectionSpec(entryName, deviceType, deviceName, phonebook, subEntry, entryId, value, luid,
                correlationId, phoneNumber, localEndPoint, remoteEndPoint, subState);
    }

    /**
     * {@return this spec with another phone number (of {@code RASCONNSTATUS})}
     *
     * @param value the new value
     */
    public ConnectionSpec withPhoneNumber(String value) {
        return new ConnectionSpec(entryName, deviceType, deviceName, phonebook, subEntry, entryId, flags, luid,
                correlationId, value, localEndPoint, remoteEndPoint, subState);
    }

    /**
     * {@return this spec with another phone book and sub-entry}
     *
     * @param path the path
     * @param subEntryNumber the sub entry number
     */
    public ConnectionSpec withPhonebook(String path, int subEntryNumber) {
        return new ConnectionSpec(entryName, deviceType, deviceName, path, subEntryNumber, entryId, flags, luid,
                correlationId, phoneNumber, localEndPoint, remoteEndPoint, subState);
    }

    /**
     * {@return this spec with other identifiers ({@code guidEntry}, {@code luid}, {@code guidCorrelationId})}
     *
     * @param entry the entry
     * @param owner the owner
     * @param correlation the correlation
     */
    public ConnectionSpec withIds(UUID entry, Luid owner, UUID correlation) {
        return new ConnectionSpec(entryName, deviceType, deviceName, phonebook, subEntry, entry, flags, owner,
                correlation, phoneNumber, localEndPoint, remoteEndPoint, subState);
    }

    /**
     * {@return the connection as the newest {@code RASCONN} describes it, with the handle the backend gave it}
     *
     * @param handle {@code hrasconn} of a connection or sub-entry
     */
    public RasConnection toConnection(RasHandle handle) {
        return new RasConnection(handle, entryName, Optional.of(deviceType), Optional.of(deviceName),
                Optional.of(phonebook), OptionalInt.of(subEntry), Optional.of(entryId), Optional.of(flags),
                Optional.of(luid), Optional.of(correlationId));
    }

    /**
     * {@return the status as the newest {@code RASCONNSTATUS} describes it, in {@code state} with {@code errorCode}}
     *
     * @param state the state
     * @param errorCode the error code
     */
    public ConnectionStatus toStatus(ConnectionState state, int errorCode) {
        return new ConnectionStatus(state, errorCode, deviceType, deviceName, Optional.of(phoneNumber),
                Optional.of(localEndPoint), Optional.of(remoteEndPoint), OptionalInt.of(subState));
    }

    private static UUID nameUuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static TunnelEndpoint endpoint(int a, int b, int c, int d) {
        try {
            return TunnelEndpoint.of(InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d}));
        } catch (UnknownHostException impossible) {
            throw new AssertionError("a 4-byte address is always valid", impossible);
        }
    }
}
