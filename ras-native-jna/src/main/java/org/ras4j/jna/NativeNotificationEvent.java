package org.ras4j.jna;

import com.sun.jna.Pointer;
import java.time.Duration;
import java.util.Objects;
import org.ras4j.spi.NotificationEvent;

/**
 * A {@link NotificationEvent} that is a native event object ({@link EventObjects}), as
 * {@code RasConnectionNotificationW} needs one, with a second, private event that {@link #close()}
 * sets to end a wait in progress: a wait is {@code WaitForMultipleObjects} of the two. The handles
 * are closed ({@code CloseHandle}) once the event is closed and no thread waits any more, never
 * under a waiting thread. Thread-safe.
 */
final class NativeNotificationEvent implements NotificationEvent {
    private final EventObjects objects;
    private final Pointer event;
    private final Pointer stop;
    private final Object lock = new Object();
    // Guarded by lock.
    private int waiters;
    private boolean closed;
    private boolean released;

    private NativeNotificationEvent(EventObjects objects, Pointer event, Pointer stop) {
        this.objects = objects;
        this.event = event;
        this.stop = stop;
    }

    /**
     * Two new native events.
     *
     * @throws IllegalStateException if the platform cannot create them
     */
    static NativeNotificationEvent create(EventObjects objects) {
        Pointer event = objects.create();
        Pointer stop = event == null ? null : objects.create();
        if (stop == null) {
            if (event != null) {
                objects.close(event);
            }
            throw new IllegalStateException("cannot create an event object (" + objects + ")");
        }
        return new NativeNotificationEvent(objects, event, stop);
    }

    /** Whether these are {@code objects}' events. */
    boolean belongsTo(EventObjects other) {
        return objects == other;
    }

    /** The handle to pass as {@code hEvent}, or {@code null} once closed. */
    Pointer handle() {
        synchronized (lock) {
            return closed ? null : event;
        }
    }

    @Override
    public void signal() {
        synchronized (lock) {
            if (!closed) {
                objects.set(event);
            }
        }
    }

    @Override
    public boolean await(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout");
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        int millis = timeout.isNegative() ? 0
                : (int) Math.min(EventObjects.MAX_WAIT_MILLIS, saturatedMillis(timeout));
        synchronized (lock) {
            if (closed) {
                return false;
            }
            waiters++;
        }
        int result = EventObjects.WAIT_FAILED;
        try {
            result = objects.waitAny(event, stop, millis);
        } finally {
            synchronized (lock) {
                waiters--;
                if (closed && waiters == 0) {
                    release();
                }
            }
        }
        synchronized (lock) {
            return result == 0 && !closed;
        }
    }

    private static long saturatedMillis(Duration timeout) {
        try {
            return timeout.toMillis();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            objects.set(stop);
            if (waiters == 0) {
                release();
            }
        }
    }

    /** Under lock: both handles closed, once. */
    private void release() {
        if (!released) {
            released = true;
            objects.close(event);
            objects.close(stop);
        }
    }

    @Override
    public boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    @Override
    public String toString() {
        return "NativeNotificationEvent[" + event + (isClosed() ? ", closed" : "") + "]";
    }
}
