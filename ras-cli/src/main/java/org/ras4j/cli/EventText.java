package org.ras4j.cli;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.ras4j.RasConnection;
import org.ras4j.watch.ConnectionEvent;
import org.ras4j.watch.Disappeared;
import org.ras4j.watch.EventsMissed;
import org.ras4j.watch.InitialState;
import org.ras4j.watch.Snapshot;
import org.ras4j.watch.SnapshotFailed;
import org.ras4j.watch.WatchEvent;

/**
 * The lines {@code ras4j watch} prints for people, one per event (an initial state: one per
 * connection): the time (UTC, milliseconds), the event, the handle, the entry name (escaped) and
 * the status, with the one before it where it changed.
 *
 * <pre>
 * 2026-12-01T10:00:05.003Z  dropped        0x20000000004  .5550123  Disconnected, dwError 629 ERROR_REMOTE_DISCONNECTION (was Connected)
 * </pre>
 */
final class EventText {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    /** The longest event name ({@code snapshot-failed}). */
    private static final int EVENT_WIDTH = 15;

    private EventText() {
    }

    /** Handles are padded to this width ({@code 0x} and eleven digits: the simulator's x64 handles). */
    private static final int HANDLE_WIDTH = 13;
    /** Entry names are padded to this display width. */
    private static final int ENTRY_WIDTH = 16;

    /** The header line above the events. */
    static String header() {
        return line("TIME", "EVENT", "HANDLE", "ENTRY", "STATUS");
    }

    /** The lines of {@code event}. */
    static List<String> lines(WatchEvent event) {
        List<String> lines = new ArrayList<>();
        if (event instanceof InitialState initial) {
            if (initial.snapshot().entries().isEmpty()) {
                lines.add(line(event.time(), "initial", "-", "-", "no connections"));
            }
            for (Snapshot.Entry entry : initial.snapshot().entries()) {
                lines.add(line(event.time(), "initial", entry.connection(), StatusText.of(entry.status())));
            }
        } else if (event instanceof Disappeared gone) {
            lines.add(line(event.time(), event.kind().label(), gone.connection(),
                    "gone (was " + StatusText.of(gone.lastStatus()) + ")"));
        } else if (event instanceof ConnectionEvent change) {
            String status = change.newStatus().map(StatusText::of).orElse("-")
                    + change.oldStatus().map(old -> " (was " + StatusText.of(old) + ")").orElse("");
            lines.add(line(event.time(), event.kind().label(), change.connection(), status));
        } else if (event instanceof EventsMissed missed) {
            lines.add(line(event.time(), event.kind().label(), "-", "-", missed.count()
                    + " events not shown: the output did not keep up"));
        } else if (event instanceof SnapshotFailed failed) {
            lines.add(line(event.time(), event.kind().label(), "-", "-", failed.error().getMessage()));
        } else {
            lines.add(line(event.time(), event.kind().label(), "-", "-",
                    "a change was signalled that the next snapshot did not show (it came and went)"));
        }
        return lines;
    }

    private static String line(Instant time, String event, RasConnection connection, String status) {
        return line(time, event, connection.handle().toString(), Escaper.escape(connection.entryName()), status);
    }

    private static String line(Instant time, String event, String handle, String entry, String status) {
        return line(TIME.format(time), event, handle, entry, status);
    }

    private static String line(String time, String event, String handle, String entry, String status) {
        return String.format("%-24s  %-" + EVENT_WIDTH + "s  %-" + HANDLE_WIDTH + "s  %s  %s", time, event, handle,
                entry + " ".repeat(Math.max(0, ENTRY_WIDTH - Escaper.width(entry))), status).stripTrailing();
    }
}
