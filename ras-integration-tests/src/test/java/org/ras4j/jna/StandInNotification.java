package org.ras4j.jna;

import com.sun.jna.Pointer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.ras4j.RasHandle;
import org.ras4j.spi.ConnectionNotifier;
import org.ras4j.spi.NotificationEvent;
import org.ras4j.spi.RasBackend;

/**
 * The Java side of the stand-in's {@code RasConnectionNotificationW}: forwards the registration to
 * the serving backend (the simulator), with the caller's event handle as a {@link NotificationEvent}
 * whose signal is the stand-in's {@code standin_set_event}. So the serving backend plays rasman:
 * it signals the caller's native event, and the caller's wait in {@link JnaRasBackend} wakes.
 */
final class StandInNotification {
    /** {@code DWORD (*)(void *hrasconn, void *hEvent, DWORD dwFlags)}. */
    interface Callback extends com.sun.jna.Callback {
        int invoke(Pointer hrasconn, Pointer hEvent, int dwFlags);
    }

    private StandInNotification() {
    }

    /** The callback the stand-in calls; held by {@link StandIn} for the life of the JVM. */
    static Callback callback(StandIn.Control control, Supplier<RasBackend> serving, AtomicReference<Throwable> failure) {
        return (hrasconn, hEvent, dwFlags) -> {
            try {
                if (!(serving.get() instanceof ConnectionNotifier notifier)) {
                    return ConnectionNotifier.ERROR_CALL_NOT_IMPLEMENTED;
                }
                RasHandle handle = RasHandle.of(Pointer.nativeValue(hrasconn));
                return notifier.connectionNotification(handle, hEvent == null ? null : new Event(control, hEvent), dwFlags);
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, e);
                return StandIn.CALLBACK_FAILED;
            }
        };
    }

    /** The caller's event handle as rasman holds it: it can signal it and see whether it is still open. */
    private static final class Event implements NotificationEvent {
        private final StandIn.Control control;
        private final Pointer handle;

        Event(StandIn.Control control, Pointer handle) {
            this.control = control;
            this.handle = handle;
        }

        @Override
        public void signal() {
            control.standin_set_event(handle);
        }

        @Override
        public boolean await(Duration timeout) {
            return control.standin_wait(handle, handle, (int) Math.min(Integer.MAX_VALUE - 1, timeout.toMillis())) == 0;
        }

        /** The handle is the caller's: only the caller closes it. */
        @Override
        public void close() {
            throw new UnsupportedOperationException("the caller closes its event handle, not the backend");
        }

        @Override
        public boolean isClosed() {
            return control.standin_is_open(handle) == 0;
        }

        /** One registration per handle, however many wrappers a re-registration makes. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Event e && Pointer.nativeValue(e.handle) == Pointer.nativeValue(handle);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(Pointer.nativeValue(handle));
        }
    }
}
