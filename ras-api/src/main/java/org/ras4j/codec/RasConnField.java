package org.ras4j.codec;

/** The members of {@code RASCONN}, in declaration order. */
public enum RasConnField {
    /** {@code DWORD dwSize}: identifies the structure version. */
    DW_SIZE,
    /** {@code HRASCONN hrasconn}: the connection handle. */
    HRASCONN,
    /** {@code szEntryName}: the phone-book entry, or {@code .} followed by the phone number. */
    ENTRY_NAME,
    /** {@code szDeviceType}. */
    DEVICE_TYPE,
    /** {@code szDeviceName}. */
    DEVICE_NAME,
    /** {@code szPhonebook[MAX_PATH]}. */
    PHONEBOOK,
    /** {@code DWORD dwSubEntry}. */
    SUB_ENTRY,
    /** {@code GUID guidEntry}. */
    GUID_ENTRY,
    /** {@code DWORD dwFlags}: {@code RASCF_*} bits. */
    FLAGS,
    /** {@code LUID luid}: the logon session of the connection's owner. */
    LUID,
    /** {@code GUID guidCorrelationId}. */
    CORRELATION_ID
}
