package org.ras4j.jna;

import com.sun.jna.Function;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import com.sun.jna.win32.StdCallLibrary;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.spi.ConnectionNotifier;
import org.ras4j.spi.NotificationEvent;

/**
 * {@link JnaRasBackend}'s {@code RasConnectionNotificationW}: the function if the library exports it,
 * and the event objects of its platform ({@link EventObjects}). A watch over the backend creates one
 * {@link NativeNotificationEvent}, registers it and waits on it on its own thread; closing the
 * watch closes the event, which ends the wait and then closes the handles.
 */
final class NativeNotifications {
    private final Optional<Rasapi32Notification> function;
    private final Optional<EventObjects> objects;
    private final Abi abi;

    private NativeNotifications(Optional<Rasapi32Notification> function, Optional<EventObjects> objects, Abi abi) {
        this.function = function;
        this.objects = objects;
        this.abi = abi;
    }

    /** What the library at {@code path} offers; loaded with the calling convention {@link Rasapi32Library} uses. */
    static NativeNotifications of(Path path, Abi abi) {
        Map<String, Object> options = Map.of(Library.OPTION_CALLING_CONVENTION,
                Platform.isWindows() && !Platform.is64Bit() ? StdCallLibrary.STDCALL_CONVENTION : Function.C_CONVENTION);
        NativeLibrary library = NativeLibrary.getInstance(path.toString(), options);
        Optional<Rasapi32Notification> function;
        try {
            library.getFunction("RasConnectionNotificationW");
            function = Optional.of(Native.load(path.toString(), Rasapi32Notification.class, options));
        } catch (UnsatisfiedLinkError missing) {
            function = Optional.empty();
        }
        return new NativeNotifications(function, EventObjects.forLibrary(path, library), abi);
    }

    boolean available() {
        return function.isPresent() && objects.isPresent();
    }

    NotificationEvent createEvent() {
        return NativeNotificationEvent.create(objects.orElseThrow(() -> new IllegalStateException(
                "no event objects here (Windows has kernel32's; elsewhere only the stand-in has them)")));
    }

    int connectionNotification(RasHandle hrasconn, NotificationEvent hEvent, int dwFlags) {
        Objects.requireNonNull(hrasconn, "hrasconn");
        if (function.isEmpty()) {
            return ConnectionNotifier.ERROR_CALL_NOT_IMPLEMENTED;
        }
        Pointer event = null;
        if (hEvent != null) {
            if (!(hEvent instanceof NativeNotificationEvent n) || objects.isEmpty() || !n.belongsTo(objects.get())) {
                return RasError.ERROR_INVALID_HANDLE.code(); // not an event object of this process's kind
            }
            event = n.handle();
            if (event == null) {
                return RasError.ERROR_INVALID_HANDLE.code(); // closed: the handle is stale
            }
        }
        if (abi == Abi.X86 && !hrasconn.fitsIn32Bits()) {
            return RasError.ERROR_INVALID_HANDLE.code();
        }
        Pointer connection = hrasconn.isNull() ? null : new Pointer(hrasconn.bits());
        return function.get().RasConnectionNotificationW(connection, event, dwFlags);
    }
}
