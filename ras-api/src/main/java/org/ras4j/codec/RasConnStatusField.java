package org.ras4j.codec;

/** The members of {@code RASCONNSTATUS}, in declaration order. */
public enum RasConnStatusField {
    /** {@code DWORD dwSize}: identifies the structure version. */
    DW_SIZE,
    /** {@code RASCONNSTATE rasconnstate}. */
    CONN_STATE,
    /** {@code DWORD dwError}: the reason of a failure or disconnection, 0 if none. */
    ERROR,
    /** {@code szDeviceType}. */
    DEVICE_TYPE,
    /** {@code szDeviceName}. */
    DEVICE_NAME,
    /** {@code szPhoneNumber}. */
    PHONE_NUMBER,
    /** {@code RASTUNNELENDPOINT localEndPoint}. */
    LOCAL_END_POINT,
    /** {@code RASTUNNELENDPOINT remoteEndPoint}. */
    REMOTE_END_POINT,
    /** {@code RASCONNSUBSTATE rasconnsubstate}. */
    CONN_SUB_STATE
}
