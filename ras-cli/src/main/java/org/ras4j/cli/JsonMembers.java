package org.ras4j.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads the members of one JSON object of a scenario file strictly: a member that is not
 * expected, or has the wrong type, is an error that names where it is ({@code connections[2].flags}),
 * so a typo never passes silently.
 */
final class JsonMembers {
    private final JsonObject object;
    private final String path;

    private JsonMembers(JsonObject object, String path) {
        this.object = object;
        this.path = path;
    }

    /**
     * The members of {@code element}, which must be an object with no member outside {@code allowed}.
     *
     * @throws ScenarioException otherwise
     */
    static JsonMembers of(JsonElement element, String path, Set<String> allowed) {
        if (element == null || !element.isJsonObject()) {
            throw new ScenarioException((path.isEmpty() ? "the document" : path) + ": expected a JSON object");
        }
        JsonObject object = element.getAsJsonObject();
        for (String key : object.keySet()) {
            if (!allowed.contains(key)) {
                throw new ScenarioException(where(path, Escaper.snippet(key)) + ": unknown member; expected one of "
                        + allowed.stream().sorted().toList());
            }
        }
        return new JsonMembers(object, path);
    }

    /** Where member {@code key} is. */
    String path(String key) {
        return where(path, key);
    }

    private static String where(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Whether the member is there and not {@code null}. */
    boolean has(String key) {
        return object.has(key) && !object.get(key).isJsonNull();
    }

    /** A string member that must be there. */
    String string(String key) {
        return optionalString(key).orElseThrow(() -> new ScenarioException(path(key) + ": missing"));
    }

    /** A string member. */
    Optional<String> optionalString(String key) {
        if (!has(key)) {
            return Optional.empty();
        }
        JsonElement value = object.get(key);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw new ScenarioException(path(key) + ": expected a string");
        }
        return Optional.of(value.getAsString());
    }

    /** An integer member within {@code [min, max]}. */
    OptionalLong optionalLong(String key, long min, long max) {
        if (!has(key)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(integer(object.get(key), path(key), min, max));
    }

    /**
     * {@code value} as an integer within {@code [min, max]}: a JSON number with no fractional part
     * ({@code 5}, {@code 5.0} and {@code 5e0} alike), never rounded or wrapped. Cheap whatever its
     * exponent ({@code 1e999999999} is out of range, not a billion-digit integer).
     *
     * @throws ScenarioException at {@code path} if it is not a number, not an integer, or out of range
     */
    static long integer(JsonElement value, String path, long min, long max) {
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw new ScenarioException(path + ": expected a number");
        }
        JsonPrimitive number = value.getAsJsonPrimitive();
        BigDecimal decimal = number.getAsBigDecimal();
        String shown = Escaper.snippet(number.getAsString());
        if (decimal.signum() != 0 && decimal.precision() - decimal.scale() > 19) {
            throw new ScenarioException(path + ": " + shown + " is outside [" + min + ", " + max + "]");
        }
        long result;
        try {
            result = decimal.longValueExact();
        } catch (ArithmeticException notAnInteger) {
            throw new ScenarioException(path + ": expected an integer, not " + shown);
        }
        if (result < min || result > max) {
            throw new ScenarioException(path + ": " + result + " is outside [" + min + ", " + max + "]");
        }
        return result;
    }

    /** An integer member that fits a {@code DWORD} (0 to 2^32 - 1), returned as its 32 bits. */
    OptionalInt optionalDword(String key) {
        OptionalLong value = optionalLong(key, 0, 0xFFFF_FFFFL);
        return value.isPresent() ? OptionalInt.of((int) value.getAsLong()) : OptionalInt.empty();
    }

    /** A boolean member, {@code false} when absent. */
    boolean flag(String key) {
        if (!has(key)) {
            return false;
        }
        JsonElement value = object.get(key);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
            throw new ScenarioException(path(key) + ": expected true or false");
        }
        return value.getAsBoolean();
    }

    /** An array member, empty when absent. */
    List<JsonElement> array(String key) {
        if (!has(key)) {
            return List.of();
        }
        JsonElement value = object.get(key);
        if (!value.isJsonArray()) {
            throw new ScenarioException(path(key) + ": expected an array");
        }
        JsonArray array = value.getAsJsonArray();
        List<JsonElement> elements = new ArrayList<>(array.size());
        array.forEach(elements::add);
        return elements;
    }

    /** The raw member, if present and not {@code null}. */
    Optional<JsonElement> element(String key) {
        return has(key) ? Optional.of(object.get(key)) : Optional.empty();
    }
}
