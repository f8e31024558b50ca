package org.ras4j.watch;

/**
 * The kinds of {@link WatchEvent}, each with the stable lower-case name that {@code ras4j watch}
 * prints ({@code "event"} in its JSON lines).
 */
public enum WatchEventKind {
    /** {@link InitialState}: the first snapshot, or the state when the subscriber joined. */
    INITIAL("initial"),
    /** {@link Appeared}: a connection is listed that was not. */
    APPEARED("appeared"),
    /** {@link Connected}: a listed connection's state became {@code RASCS_Connected}. */
    CONNECTED("connected"),
    /** {@link StateChanged}: a listed connection's status changed otherwise. */
    STATE_CHANGED("state-changed"),
    /** {@link Dropped}: a listed connection's state became {@code RASCS_Disconnected}. */
    DROPPED("dropped"),
    /** {@link Disappeared}: a listed connection is no longer listed (hung up, or gone). */
    DISAPPEARED("disappeared"),
    /** {@link UnseenChange}: the backend signalled a change that the next snapshot did not show. */
    UNSEEN_CHANGE("unseen-change"),
    /** {@link EventsMissed}: this subscriber fell behind and missed events. */
    EVENTS_MISSED("events-missed"),
    /** {@link SnapshotFailed}: enumerating failed; the watch goes on. */
    SNAPSHOT_FAILED("snapshot-failed");

    private final String label;

    WatchEventKind(String label) {
        this.label = label;
    }

    /** {@return the stable name, e.g. {@code state-changed}} */
    public String label() {
        return label;
    }
}
