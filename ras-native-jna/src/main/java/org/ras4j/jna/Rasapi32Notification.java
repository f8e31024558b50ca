package org.ras4j.jna;

import com.sun.jna.Library;
import com.sun.jna.Pointer;

/**
 * The raw JNA mapping of {@code RasConnectionNotificationW}, with its exact Win32 name and argument
 * order, beside {@link Rasapi32} and loaded from the same file; apart because the function is
 * optional: a library without it still serves enumeration and status.
 */
public interface Rasapi32Notification extends Library {

    /**
     * {@code DWORD RasConnectionNotificationW(HRASCONN hrasconn, HANDLE hEvent, DWORD dwFlags)}.
     *
     * @param hrasconn a connection handle, or {@code INVALID_HANDLE_VALUE} for every connection
     * @param hEvent   the event object to signal, or NULL
     * @param dwFlags  {@code RASCN_Connection} 0x1, {@code RASCN_Disconnection} 0x2,
     *                 {@code RASCN_BandwidthAdded} 0x4, {@code RASCN_BandwidthRemoved} 0x8
     * @return the Win32 error code
     */
    int RasConnectionNotificationW(Pointer hrasconn, Pointer hEvent, int dwFlags);
}
