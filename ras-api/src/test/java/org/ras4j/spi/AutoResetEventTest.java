package org.ras4j.spi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link AutoResetEvent} behaves as a Win32 auto-reset event. */
class AutoResetEventTest {

    @Test
    @DisplayName("created not signalled; a wait consumes the signal; several signals are one")
    void autoReset() throws InterruptedException {
        AutoResetEvent event = new AutoResetEvent();
        assertFalse(event.await(Duration.ZERO));
        event.signal();
        event.signal();
        assertTrue(event.await(Duration.ZERO));
        assertFalse(event.await(Duration.ZERO));
        assertFalse(event.await(Duration.ofMillis(1)));
    }

    @Test
    @DisplayName("closed: never signalled again, waits return false")
    void closed() throws InterruptedException {
        AutoResetEvent event = new AutoResetEvent();
        event.signal();
        event.close();
        assertTrue(event.isClosed());
        event.signal();
        assertFalse(event.await(Duration.ofSeconds(1)));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    @DisplayName("close from another thread ends a wait in progress")
    void closeWakesAWaiter() throws InterruptedException {
        AutoResetEvent event = new AutoResetEvent();
        CountDownLatch waiting = new CountDownLatch(1);
        AtomicBoolean result = new AtomicBoolean(true);
        Thread waiter = new Thread(() -> {
            waiting.countDown();
            try {
                result.set(event.await(Duration.ofDays(1)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        assertTrue(waiting.await(10, TimeUnit.SECONDS));
        event.close();
        waiter.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(waiter.isAlive());
        assertFalse(result.get());
    }

    @Test
    @DisplayName("INVALID_HANDLE_VALUE is 32 bits set on x86 and 64 on x64")
    void allConnections() {
        assertTrue(ConnectionNotifier.allConnections(org.ras4j.codec.Abi.X86).bits() == 0xFFFF_FFFFL);
        assertTrue(ConnectionNotifier.allConnections(org.ras4j.codec.Abi.X64).bits() == -1L);
    }
}
