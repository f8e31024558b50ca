package org.ras4j;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code RASCONNSTATE}: where a connection is in its dialling sequence. Values Windows may add
 * later are kept as they are ({@link #isKnown()} tells).
 *
 * @param code the {@code RASCONNSTATE} value
 */
public record ConnectionState(int code) {
    private static final int PAUSED = 0x1000;
    private static final int DONE = 0x2000;

    /** {@code RASCS_OpenPort}: the communication port is about to be opened. */
    public static final ConnectionState OPEN_PORT = new ConnectionState(0);
    /** {@code RASCS_PortOpened}: the communication port has been opened. */
    public static final ConnectionState PORT_OPENED = new ConnectionState(1);
    /** {@code RASCS_ConnectDevice}: a device is about to be connected. */
    public static final ConnectionState CONNECT_DEVICE = new ConnectionState(2);
    /** {@code RASCS_DeviceConnected}: a device has connected. */
    public static final ConnectionState DEVICE_CONNECTED = new ConnectionState(3);
    /** {@code RASCS_AllDevicesConnected}: every device of the chain is connected; the physical link is up. */
    public static final ConnectionState ALL_DEVICES_CONNECTED = new ConnectionState(4);
    /** {@code RASCS_Authenticate}: authentication is starting. */
    public static final ConnectionState AUTHENTICATE = new ConnectionState(5);
    /** {@code RASCS_AuthNotify}: an authentication event has occurred. */
    public static final ConnectionState AUTH_NOTIFY = new ConnectionState(6);
    /** {@code RASCS_AuthRetry}: the client asked for another authentication attempt. */
    public static final ConnectionState AUTH_RETRY = new ConnectionState(7);
    /** {@code RASCS_AuthCallback}: the server asked for a callback number. */
    public static final ConnectionState AUTH_CALLBACK = new ConnectionState(8);
    /** {@code RASCS_AuthChangePassword}: the client asked to change the account's password. */
    public static final ConnectionState AUTH_CHANGE_PASSWORD = new ConnectionState(9);
    /** {@code RASCS_AuthProject}: the projection phase is starting. */
    public static final ConnectionState AUTH_PROJECT = new ConnectionState(10);
    /** {@code RASCS_AuthLinkSpeed}: the link speed is being calculated. */
    public static final ConnectionState AUTH_LINK_SPEED = new ConnectionState(11);
    /** {@code RASCS_AuthAck}: an authentication request is being acknowledged. */
    public static final ConnectionState AUTH_ACK = new ConnectionState(12);
    /** {@code RASCS_ReAuthenticate}: authentication after a callback is starting. */
    public static final ConnectionState RE_AUTHENTICATE = new ConnectionState(13);
    /** {@code RASCS_Authenticated}: the client has been authenticated. */
    public static final ConnectionState AUTHENTICATED = new ConnectionState(14);
    /** {@code RASCS_PrepareForCallback}: the line is about to drop for a callback. */
    public static final ConnectionState PREPARE_FOR_CALLBACK = new ConnectionState(15);
    /** {@code RASCS_WaitForModemReset}: the client waits for the modem to reset before a callback. */
    public static final ConnectionState WAIT_FOR_MODEM_RESET = new ConnectionState(16);
    /** {@code RASCS_WaitForCallback}: the client waits for the server's call. */
    public static final ConnectionState WAIT_FOR_CALLBACK = new ConnectionState(17);
    /** {@code RASCS_Projected}: the projection results are available. */
    public static final ConnectionState PROJECTED = new ConnectionState(18);
    /** {@code RASCS_StartAuthentication}: user authentication is starting or being retried. */
    public static final ConnectionState START_AUTHENTICATION = new ConnectionState(19);
    /** {@code RASCS_CallbackComplete}: the client has been called back and resumes authentication. */
    public static final ConnectionState CALLBACK_COMPLETE = new ConnectionState(20);
    /** {@code RASCS_LogonNetwork}: the client is logging on to the network. */
    public static final ConnectionState LOGON_NETWORK = new ConnectionState(21);
    /** {@code RASCS_SubEntryConnected}: a sub-entry of a multilink entry has connected. */
    public static final ConnectionState SUB_ENTRY_CONNECTED = new ConnectionState(22);
    /** {@code RASCS_SubEntryDisconnected}: a sub-entry of a multilink entry has disconnected. */
    public static final ConnectionState SUB_ENTRY_DISCONNECTED = new ConnectionState(23);
    /** {@code RASCS_ApplySettings} (Windows 7 and later). */
    public static final ConnectionState APPLY_SETTINGS = new ConnectionState(24);
    /** {@code RASCS_Interactive} = {@code RASCS_PAUSED}. */
    public static final ConnectionState INTERACTIVE = new ConnectionState(PAUSED);
    /** {@code RASCS_RetryAuthentication} (paused): the caller must supply new credentials. */
    public static final ConnectionState RETRY_AUTHENTICATION = new ConnectionState(PAUSED + 1);
    /** {@code RASCS_CallbackSetByCaller} (paused): the caller must supply the callback number. */
    public static final ConnectionState CALLBACK_SET_BY_CALLER = new ConnectionState(PAUSED + 2);
    /** {@code RASCS_PasswordExpired} (paused): the password has expired; the caller must supply a new one. */
    public static final ConnectionState PASSWORD_EXPIRED = new ConnectionState(PAUSED + 3);
    /** {@code RASCS_InvokeEapUI} (paused): the caller must show the EAP user interface. */
    public static final ConnectionState INVOKE_EAP_UI = new ConnectionState(PAUSED + 4);
    /** {@code RASCS_Connected} = {@code RASCS_DONE}. */
    public static final ConnectionState CONNECTED = new ConnectionState(DONE);
    /** {@code RASCS_Disconnected}: the connection is down, or failed. */
    public static final ConnectionState DISCONNECTED = new ConnectionState(DONE + 1);

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0, "RASCS_OpenPort"), Map.entry(1, "RASCS_PortOpened"),
            Map.entry(2, "RASCS_ConnectDevice"), Map.entry(3, "RASCS_DeviceConnected"),
            Map.entry(4, "RASCS_AllDevicesConnected"), Map.entry(5, "RASCS_Authenticate"),
            Map.entry(6, "RASCS_AuthNotify"), Map.entry(7, "RASCS_AuthRetry"),
            Map.entry(8, "RASCS_AuthCallback"), Map.entry(9, "RASCS_AuthChangePassword"),
            Map.entry(10, "RASCS_AuthProject"), Map.entry(11, "RASCS_AuthLinkSpeed"),
            Map.entry(12, "RASCS_AuthAck"), Map.entry(13, "RASCS_ReAuthenticate"),
            Map.entry(14, "RASCS_Authenticated"), Map.entry(15, "RASCS_PrepareForCallback"),
            Map.entry(16, "RASCS_WaitForModemReset"), Map.entry(17, "RASCS_WaitForCallback"),
            Map.entry(18, "RASCS_Projected"), Map.entry(19, "RASCS_StartAuthentication"),
            Map.entry(20, "RASCS_CallbackComplete"), Map.entry(21, "RASCS_LogonNetwork"),
            Map.entry(22, "RASCS_SubEntryConnected"), Map.entry(23, "RASCS_SubEntryDisconnected"),
            Map.entry(24, "RASCS_ApplySettings"),
            Map.entry(PAUSED, "RASCS_Interactive"), Map.entry(PAUSED + 1, "RASCS_RetryAuthentication"),
            Map.entry(PAUSED + 2, "RASCS_CallbackSetByCaller"), Map.entry(PAUSED + 3, "RASCS_PasswordExpired"),
            Map.entry(PAUSED + 4, "RASCS_InvokeEapUI"),
            Map.entry(DONE, "RASCS_Connected"), Map.entry(DONE + 1, "RASCS_Disconnected"));

    private static final Map<String, ConnectionState> BY_NAME = byName();

    private static Map<String, ConnectionState> byName() {
        Map<String, ConnectionState> byName = new java.util.HashMap<>();
        NAMES.forEach((code, name) -> byName.put(name.toLowerCase(Locale.ROOT), new ConnectionState(code)));
        return Map.copyOf(byName);
    }

    /**
     * {@return the state with this code}
     *
     * @param code a {@code RASCONNSTATE} value, known or not
     */
    public static ConnectionState of(int code) {
        return new ConnectionState(code);
    }

    /**
     * {@return the state {@code ras.h} calls {@code name}, with or without its {@code RASCS_} prefix
     * and without regard to case ({@code RASCS_Connected}, {@code connected}, {@code AuthNotify});
     * empty when no state has that name}
     *
     * @param name a {@code RASCONNSTATE} name, e.g. {@code RASCS_Connected} or {@code Connected}
     */
    public static Optional<ConnectionState> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(BY_NAME.get(wanted.startsWith("rascs_") ? wanted : "rascs_" + wanted));
    }

    /** {@return every state {@code ras.h} names, by code} */
    public static List<ConnectionState> known() {
        return NAMES.keySet().stream().sorted().map(ConnectionState::new).toList();
    }

    /** {@return whether {@code ras.h} names this value} */
    public boolean isKnown() {
        return NAMES.containsKey(code);
    }

    /**
     * {@return the {@code ras.h} name, e.g. {@code RASCS_Connected}, or {@code RASCS_0x…} for an unknown
     * value}
     */
    public String symbolicName() {
        String name = NAMES.get(code);
        return name != null ? name : "RASCS_0x" + Integer.toHexString(code);
    }

    /** {@return the {@code ras.h} name without its {@code RASCS_} prefix, e.g. {@code Connected}} */
    public String shortName() {
        return symbolicName().substring("RASCS_".length());
    }

    /** {@return whether this is {@code RASCS_Connected}: the connection is up} */
    public boolean isConnected() {
        return code == DONE;
    }

    /** {@return whether this is {@code RASCS_Disconnected}: the connection, or the sub-entry's link, is gone} */
    public boolean isDisconnected() {
        return code == DONE + 1;
    }

    /** {@return whether this is a {@code RASCS_PAUSED} state: dialling waits for the caller} */
    public boolean isPaused() {
        return code >= PAUSED && code < DONE;
    }

    @Override
    public String toString() {
        return symbolicName();
    }
}
