package org.ras4j.spi;

import java.time.Duration;

/**
 * An event object's {@code HANDLE}, as {@link ConnectionNotifier#connectionNotification} takes it
 * in {@code hEvent}: an <em>auto-reset</em> event, created non-signalled by
 * {@link ConnectionNotifier#createEvent()} ({@code CreateEvent(NULL, FALSE, FALSE, NULL)}).
 *
 * <p>The backend signals it ({@code SetEvent}) when a registered change happens; the caller waits
 * for it ({@code WaitForSingleObject}), which resets it, and closes it ({@code CloseHandle}) when
 * done. Signals do not count: several signals before one wait are one signal, as with a Win32
 * event. After {@link #close()} the handle is stale: a backend no longer signals it, a wait returns
 * {@code false} at once, and a registration that names it is refused with
 * {@code ERROR_INVALID_HANDLE}. Implementations are thread-safe; {@code close()} from another
 * thread ends a wait in progress.
 */
public interface NotificationEvent extends AutoCloseable {

    /** {@code SetEvent}: signals the event, unless it is closed (then nothing happens). */
    void signal();

    /**
     * {@code WaitForSingleObject(hEvent, timeout)} on an auto-reset event: waits until the event is
     * signalled, then resets it.
     *
     * @param timeout how long to wait at most; {@link Duration#ZERO} only tests and resets
     * @return {@code true} if the event was signalled (and is now reset); {@code false} on timeout
     *         or when the event is (or becomes) closed
     * @throws InterruptedException if the waiting thread is interrupted
     */
    boolean await(Duration timeout) throws InterruptedException;

    /** {@code CloseHandle}: the event is stale from now on; a wait in progress returns {@code false}. Idempotent. */
    @Override
    void close();

    /**
     * {@return whether {@link #close()} was called}
     */
    boolean isClosed();
}
