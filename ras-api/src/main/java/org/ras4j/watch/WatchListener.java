package org.ras4j.watch;

/**
 * Receives a watch's events, one at a time and in order ({@link RasWatch#listen}): first an
 * {@link InitialState}, then changes. Called on the watch's delivery thread, never on a thread
 * that calls RAS, so a slow listener delays only itself; if it falls behind by more than
 * {@link WatchOptions#bufferSize()} events it gets an {@link EventsMissed} instead of them.
 */
@FunctionalInterface
public interface WatchListener {
    /**
     * One event. An exception thrown here goes to the thread's uncaught-exception handler; the listener stays.
     *
     * @param event the event
     */
    void onEvent(WatchEvent event);
}
