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

    public static final ConnectionState OPEN_PORT = new ConnectionState(0);
    public static final ConnectionState PORT_OPENED = new ConnectionState(1);
    public static final ConnectionState CONNECT_DEVICE = new ConnectionState(2);
    public static final ConnectionState DEVICE_CONNECTED = new ConnectionState(3);
    public static final ConnectionState ALL_DEVICES_CONNECTED = new ConnectionState(4);
    public static final ConnectionState AUTHENTICATE = new ConnectionState(5);
    public static final ConnectionState AUTH_NOTIFY = new ConnectionState(6);
    public static final ConnectionState AUTH_RETRY = new ConnectionState(7);
    public static final ConnectionState AUTH_CALLBACK = new ConnectionState(8);
    public static final ConnectionState AUTH_CHANGE_PASSWORD = new ConnectionState(9);
    public static final ConnectionState AUTH_PROJECT = new ConnectionState(10);
    public static final ConnectionState AUTH_LINK_SPEED = new ConnectionState(11);
    public static final ConnectionState AUTH_ACK = new ConnectionState(12);
    public static final ConnectionState RE_AUTHENTICATE = new ConnectionState(13);
    public static final ConnectionState AUTHENTICATED = new ConnectionState(14);
    public static final ConnectionState PREPARE_FOR_CALLBACK = new ConnectionState(15);
    public static final ConnectionState WAIT_FOR_MODEM_RESET = new ConnectionState(16);
    public static final ConnectionState WAIT_FOR_CALLBACK = new ConnectionState(17);
    public static final ConnectionState PROJECTED = new ConnectionState(18);
    public static final ConnectionState START_AUTHENTICATION = new ConnectionState(19);
    public static final ConnectionState CALLBACK_COMPLETE = new ConnectionState(20);
    public static final ConnectionState LOGON_NETWORK = new ConnectionState(21);
    public static final ConnectionState SUB_ENTRY_CONNECTED = new ConnectionState(22);
    public static final ConnectionState SUB_ENTRY_DISCONNECTED = new ConnectionState(23);
    /** {@code RASCS_ApplySettings} (Windows 7 and later). */
    public static final ConnectionState APPLY_SETTINGS = new ConnectionState(24);
    /** {@code RASCS_Interactive} = {@code RASCS_PAUSED}. */
    public static final ConnectionState INTERACTIVE = new ConnectionState(PAUSED);
    public static final ConnectionState RETRY_AUTHENTICATION = new ConnectionState(PAUSED + 1);
    public static final ConnectionState CALLBACK_SET_BY_CALLER = new ConnectionState(PAUSED + 2);
    public static final ConnectionState PASSWORD_EXPIRED = new ConnectionState(PAUSED + 3);
    public static final ConnectionState INVOKE_EAP_UI = new ConnectionState(PAUSED + 4);
    /** {@code RASCS_Connected} = {@code RASCS_DONE}. */
    public static final ConnectionState CONNECTED = new ConnectionState(DONE);
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

    /** The state with this code. */
    public static ConnectionState of(int code) {
        return new ConnectionState(code);
    }

    /**
     * The state {@code ras.h} calls {@code name}, with or without its {@code RASCS_} prefix and
     * without regard to case ({@code RASCS_Connected}, {@code connected}, {@code AuthNotify}).
     */
    public static Optional<ConnectionState> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(BY_NAME.get(wanted.startsWith("rascs_") ? wanted : "rascs_" + wanted));
    }

    /** Every state {@code ras.h} names, by code. */
    public static List<ConnectionState> known() {
        return NAMES.keySet().stream().sorted().map(ConnectionState::new).toList();
    }

    /** Whether {@code ras.h} names this value. */
    public boolean isKnown() {
        return NAMES.containsKey(code);
    }

    /** The {@code ras.h} name, e.g. {@code RASCS_Connected}, or {@code RASCS_0x…} for an unknown value. */
    public String symbolicName() {
        String name = NAMES.get(code);
        return name != null ? name : "RASCS_0x" + Integer.toHexString(code);
    }

    /** The {@code ras.h} name without its {@code RASCS_} prefix, e.g. {@code Connected}. */
    public String shortName() {
        return symbolicName().substring("RASCS_".length());
    }

    /** {@code RASCS_Connected}: the connection is up. */
    public boolean isConnected() {
        return code == DONE;
    }

    /** {@code RASCS_Disconnected}: the connection, or the sub-entry's link, is gone. */
    public boolean isDisconnected() {
        return code == DONE + 1;
    }

    /** A {@code RASCS_PAUSED} state: dialling waits for the caller. */
    public boolean isPaused() {
        return code >= PAUSED && code < DONE;
    }

    @Override
    public String toString() {
        return symbolicName();
    }
}
