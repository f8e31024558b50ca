package org.ras4j.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.watch.ConnectionEvent;
import org.ras4j.watch.EventsMissed;
import org.ras4j.watch.InitialState;
import org.ras4j.watch.Snapshot;
import org.ras4j.watch.SnapshotFailed;
import org.ras4j.watch.WatchEvent;

/**
 * The JSON objects {@code ras4j watch --json} prints, one per line (an initial state: one per
 * connection, or one with {@code null}s when there is none). Every object has the same keys:
 * {@code event} (the kind's name), {@code time} (ISO-8601, UTC), {@code handle}, {@code entryName},
 * {@code status} and {@code oldStatus} (each a {@code RASCONNSTATUS} as {@code list --json} prints
 * it, or {@code null} where unknown) and {@code detail} ({@code null}, or for {@code events-missed}
 * {@code {"count", "lastMissed"}}, for {@code snapshot-failed} {@code {"code", "name", "message"}}).
 */
final class EventJson {
    private EventJson() {
    }

    /** The objects of {@code event}. */
    static List<JsonObject> of(WatchEvent event) {
        List<JsonObject> objects = new ArrayList<>();
        if (event instanceof InitialState initial) {
            if (initial.snapshot().entries().isEmpty()) {
                objects.add(object(event, null, Optional.empty(), Optional.empty(), JsonNull.INSTANCE));
            }
            for (Snapshot.Entry entry : initial.snapshot().entries()) {
                objects.add(object(event, entry.connection(), Optional.of(entry.status()), Optional.empty(),
                        JsonNull.INSTANCE));
            }
        } else if (event instanceof ConnectionEvent change) {
            objects.add(object(event, change.connection(), change.newStatus(), change.oldStatus(), JsonNull.INSTANCE));
        } else if (event instanceof EventsMissed missed) {
            JsonObject detail = new JsonObject();
            detail.addProperty("count", missed.count());
            detail.addProperty("lastMissed", missed.lastMissed().toString());
            objects.add(object(event, null, Optional.empty(), Optional.empty(), detail));
        } else if (event instanceof SnapshotFailed failed) {
            JsonObject detail = new JsonObject();
            detail.addProperty("code", Integer.toUnsignedLong(failed.error().code()));
            detail.addProperty("name", RasError.nameOf(failed.error().code()));
            detail.addProperty("message", failed.error().getMessage());
            objects.add(object(event, null, Optional.empty(), Optional.empty(), detail));
        } else {
            objects.add(object(event, null, Optional.empty(), Optional.empty(), JsonNull.INSTANCE));
        }
        return objects;
    }

    private static JsonObject object(WatchEvent event, RasConnection connection, Optional<ConnectionStatus> status,
                                     Optional<ConnectionStatus> oldStatus, JsonElement detail) {
        JsonObject json = new JsonObject();
        json.addProperty("event", event.kind().label());
        json.addProperty("time", time(event.time()));
        json.add("handle", connection == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(connection.handle().toString()));
        json.add("entryName", connection == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(connection.entryName()));
        json.add("status", status.<JsonElement>map(ConnectionJson::status).orElse(JsonNull.INSTANCE));
        json.add("oldStatus", oldStatus.<JsonElement>map(ConnectionJson::status).orElse(JsonNull.INSTANCE));
        json.add("detail", detail);
        return json;
    }

    private static String time(Instant time) {
        return time.truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
    }
}
