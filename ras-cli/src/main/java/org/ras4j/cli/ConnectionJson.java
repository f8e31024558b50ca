package org.ras4j.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Optional;
import java.util.OptionalInt;
import org.ras4j.ConnectionFlag;
import org.ras4j.ConnectionFlags;
import org.ras4j.ConnectionStatus;
import org.ras4j.Luid;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.TunnelEndpoint;

/**
 * The JSON form of a connection and its status: every member of {@code RASCONN} and
 * {@code RASCONNSTATUS} under a stable camel-case name. A member the structure version in use does
 * not carry is {@code null}, never left out, so every object has the same keys.
 */
final class ConnectionJson {
    private ConnectionJson() {
    }

    /** {@code connection} with its {@code status} ({@code null} when there is none). */
    static JsonObject of(RasConnection connection, Optional<ConnectionStatus> status) {
        JsonObject json = new JsonObject();
        json.addProperty("handle", connection.handle().toString());
        json.addProperty("entryName", connection.entryName());
        json.add("phoneNumber", string(connection.phoneNumber()));
        json.add("deviceType", string(connection.deviceType()));
        json.add("deviceName", string(connection.deviceName()));
        json.add("phonebook", string(connection.phonebook()));
        json.add("subEntry", integer(connection.subEntry()));
        json.add("entryId", string(connection.entryId().map(Object::toString)));
        json.add("flags", connection.flags().<JsonElement>map(ConnectionJson::flags).orElse(JsonNull.INSTANCE));
        json.add("luid", connection.luid().<JsonElement>map(ConnectionJson::luid).orElse(JsonNull.INSTANCE));
        json.add("correlationId", string(connection.correlationId().map(Object::toString)));
        json.add("status", status.<JsonElement>map(ConnectionJson::status).orElse(JsonNull.INSTANCE));
        return json;
    }

    /** A {@code RASCONNSTATUS} on its own. */
    static JsonObject status(ConnectionStatus status) {
        JsonObject json = new JsonObject();
        json.addProperty("state", status.state().symbolicName());
        json.addProperty("stateCode", status.state().code());
        json.addProperty("errorCode", Integer.toUnsignedLong(status.errorCode()));
        json.add("errorName", status.errorCode() == 0
                ? JsonNull.INSTANCE : new JsonPrimitive(RasError.nameOf(status.errorCode())));
        json.addProperty("deviceType", status.deviceType());
        json.addProperty("deviceName", status.deviceName());
        json.add("phoneNumber", string(status.phoneNumber()));
        json.add("localEndPoint", status.localEndPoint().<JsonElement>map(ConnectionJson::endpoint)
                .orElse(JsonNull.INSTANCE));
        json.add("remoteEndPoint", status.remoteEndPoint().<JsonElement>map(ConnectionJson::endpoint)
                .orElse(JsonNull.INSTANCE));
        json.add("subState", integer(status.subState()));
        return json;
    }

    private static JsonObject flags(ConnectionFlags flags) {
        JsonObject json = new JsonObject();
        json.addProperty("bits", Integer.toUnsignedLong(flags.bits()));
        JsonArray names = new JsonArray();
        for (ConnectionFlag flag : ConnectionFlag.values()) {
            if (flags.contains(flag)) {
                names.add(flag.name());
            }
        }
        json.add("names", names);
        return json;
    }

    private static JsonObject luid(Luid luid) {
        JsonObject json = new JsonObject();
        json.addProperty("highPart", luid.highPart());
        json.addProperty("lowPart", Integer.toUnsignedLong(luid.lowPart()));
        return json;
    }

    private static JsonObject endpoint(TunnelEndpoint endpoint) {
        JsonObject json = new JsonObject();
        json.addProperty("type", endpoint.type());
        json.add("address", string(endpoint.address().map(a -> a.getHostAddress())));
        return json;
    }

    private static JsonElement string(Optional<String> value) {
        return value.<JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE);
    }

    private static JsonElement integer(OptionalInt value) {
        return value.isPresent() ? new JsonPrimitive(value.getAsInt()) : JsonNull.INSTANCE;
    }
}
