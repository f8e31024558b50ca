package org.ras4j.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The head of every JSON document {@code ras4j} prints: where the data comes from, so that a
 * machine can tell simulated connections from real ones.
 */
final class SessionJson {
    private SessionJson() {
    }

    /** {@code {"backend", "simulated", "profile", "scenario", "charset"}}; the last three may be null. */
    static JsonObject of(Session session) {
        JsonObject json = new JsonObject();
        json.addProperty("backend", session.backend());
        json.addProperty("simulated", session.simulated());
        json.add("profile", session.profile().<JsonElement>map(JsonPrimitive::new)
                .orElse(JsonNull.INSTANCE));
        json.add("scenario", session.scenario().<JsonElement>map(JsonPrimitive::new)
                .orElse(JsonNull.INSTANCE));
        json.addProperty("charset", session.charset().name());
        return json;
    }
}
