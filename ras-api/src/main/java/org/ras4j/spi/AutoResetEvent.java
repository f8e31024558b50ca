package org.ras4j.spi;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link NotificationEvent} in Java memory: an auto-reset event with the semantics of a Win32
 * one ({@code CreateEvent(NULL, FALSE, FALSE, NULL)}), for backends that live in the JVM (the
 * simulator) and for a watch that polls a backend without notifications (its waits then end only
 * by time or by {@link #close()}). Thread-safe.
 */
public final class AutoResetEvent implements NotificationEvent {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean signalled;
    private boolean closed;

    /** A new event, not signalled. */
    public AutoResetEvent() {
    }

    @Override
    public void signal() {
        lock.lock();
        try {
            if (!closed) {
                signalled = true;
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean await(Duration timeout) throws InterruptedException {
        Objects.requireNonNull(timeout, "timeout");
        long nanos = timeout.isNegative() ? 0 : saturatedNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (!signalled && !closed && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
            if (signalled && !closed) {
                signalled = false;
                return true;
            }
            return false;
        } finally {
            lock.unlock();
        }
    }

    private static long saturatedNanos(Duration timeout) {
        try {
            return timeout.toNanos();
        } catch (ArithmeticException tooLong) {
            return TimeUnit.DAYS.toNanos(365 * 100L);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            signalled = false;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "AutoResetEvent[" + (isClosed() ? "closed" : "open") + "]";
    }
}
