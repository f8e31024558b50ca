package org.ras4j.spi;

import java.util.Objects;
import java.util.Optional;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;

/**
 * An optional capability of a {@link RasBackend}: {@code RasConnectionNotification(hrasconn,
 * hEvent, dwFlags)} with its raw Win32 semantics (docs/contract.md §9), by which a backend signals
 * "something changed". A backend that has it implements this interface beside {@code RasBackend};
 * {@link #of(RasBackend)} finds it. A backend without it is polled.
 *
 * <p>The one registration a watcher needs is
 * {@code connectionNotification(allConnections(abi), event, RASCN_Connection | RASCN_Disconnection)}:
 * the event is signalled when any connection is created or ends. Windows does not say which
 * connection changed; the caller enumerates again after each signal (C-NOTIFY-03). Windows has no
 * call that ends a registration: it ends when its event is closed.
 *
 * <p>Rules for implementers (the TCK's {@code NOTIFY} requirements check them):
 * <ul>
 *   <li>The return value is the Win32 error code; Win32 errors are never thrown (C-ERR-04).</li>
 *   <li>{@code hEvent} is an event of {@link #createEvent()}; {@code null} stands for NULL.</li>
 *   <li>A backend signals an event at most once per change it makes (several changes before a wait
 *       may be one signal) and never signals a closed one.</li>
 *   <li>Registering the same {@code hrasconn} and event again is allowed and adds the flags: it
 *       re-arms a registration that a Windows version may have dropped after one signal (DotRas
 *       issue 105).</li>
 *   <li>Whether this Windows version has the function at all is {@link #hasConnectionNotification()};
 *       where it returns {@code false} every registration answers {@code ERROR_CALL_NOT_IMPLEMENTED}.</li>
 *   <li>Thread-safe: signals may come from any thread.</li>
 * </ul>
 */
public interface ConnectionNotifier {
    /** {@code RASCN_Connection}: a connection is created; meaningful only for {@link #allConnections}. */
    int RASCN_CONNECTION = 0x1;
    /** {@code RASCN_Disconnection}: the connection (or, for {@link #allConnections}, any connection) ends. */
    int RASCN_DISCONNECTION = 0x2;
    /** {@code RASCN_BandwidthAdded}: a sub-entry of the multilink connection {@code hrasconn} connects. */
    int RASCN_BANDWIDTH_ADDED = 0x4;
    /** {@code RASCN_BandwidthRemoved}: a sub-entry of the multilink connection {@code hrasconn} disconnects. */
    int RASCN_BANDWIDTH_REMOVED = 0x8;
    /** The four flags {@code ras.h} documents for this function. */
    int RASCN_ALL = RASCN_CONNECTION | RASCN_DISCONNECTION | RASCN_BANDWIDTH_ADDED | RASCN_BANDWIDTH_REMOVED;
    /** {@code ERROR_CALL_NOT_IMPLEMENTED} (120): what a backend without the function answers. */
    int ERROR_CALL_NOT_IMPLEMENTED = 120;

    /**
     * {@code CreateEvent(NULL, FALSE, FALSE, NULL)}: a new auto-reset event, not signalled, that
     * this backend can signal.
     *
     * @return {@code CreateEvent(NULL, FALSE, FALSE, NULL)}: a new auto-reset event, not signalled, that this backend can signal
     * @throws IllegalStateException if the backend cannot create one (no event objects here)
     */
    NotificationEvent createEvent();

    /**
     * {@code RasConnectionNotificationA/W(hrasconn, hEvent, dwFlags)} (the two take no text and
     * behave the same).
     *
     * @param hrasconn {@link #allConnections(Abi)} for every connection, or one connection's (or
     *                 sub-entry's) handle
     * @param hEvent   the event to signal, or {@code null} for NULL
     * @param dwFlags  a combination of the {@code RASCN_} flags
     * @return the Win32 error code; 0 when the event is registered
     */
    int connectionNotification(RasHandle hrasconn, NotificationEvent hEvent, int dwFlags);

    /**
     * Whether the function exists on the Windows this backend is, or talks to: {@code ras.h}
     * declares {@code RasConnectionNotification} with the {@code WINVER 0x401} functions, so
     * Windows 95 lacks it (C-NOTIFY-01). {@code true} by default.
     *
     * @return whether the function exists on the Windows this backend is, or talks to: {@code ras.h} declares {@code RasConnectionNotification} with the {@code WINVER 0x401} functions, so Windows 95 lacks it (C-NOTIFY-01)
     */
    default boolean hasConnectionNotification() {
        return true;
    }

    /**
     * {@return {@code (HRASCONN) INVALID_HANDLE_VALUE} on this ABI: every connection, as {@code hrasconn}}
     *
     * @param abi the abi
     */
    static RasHandle allConnections(Abi abi) {
        return RasHandle.of(Objects.requireNonNull(abi, "abi") == Abi.X86 ? 0xFFFF_FFFFL : -1L);
    }

    /**
     * {@return the capability of {@code backend}, if it has it and the function exists there}
     *
     * @param backend the backend
     */
    static Optional<ConnectionNotifier> of(RasBackend backend) {
        Objects.requireNonNull(backend, "backend");
        return backend instanceof ConnectionNotifier notifier && notifier.hasConnectionNotification()
                ? Optional.of(notifier) : Optional.empty();
    }
}
