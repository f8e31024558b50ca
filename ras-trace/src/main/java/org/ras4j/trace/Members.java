package org.ras4j.trace;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The members of one trace line, read by type: each accessor names the line and the member when the
 * member is missing or has the wrong type or range. Members the reader does not know are ignored
 * (docs/trace-format.md, "Versions").
 */
final class Members {
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,18})");
    private static final Pattern HANDLE = Pattern.compile("0x[0-9a-fA-F]{1,16}");
    private static final long DWORD_MAX = 0xFFFF_FFFFL;

    private final Map<String, Object> members;
    private final int line;

    Members(Map<String, Object> members, int line) {
        this.members = members;
        this.line = line;
    }

    int line() {
        return line;
    }

    /** {@return whether the line has the member (a member a later addition to version 1 may lack)} */
    boolean has(String name) {
        return members.containsKey(name);
    }

    private Object value(String name) {
        if (!members.containsKey(name)) {
            throw fault(name, "missing");
        }
        return members.get(name);
    }

    TraceException fault(String name, String detail) {
        return new TraceException(line, "member \"" + name + "\": " + detail);
    }

    /** A string, or {@code null} when {@code nullable} and the member is {@code null}. */
    String string(String name, boolean nullable) {
        Object value = value(name);
        if (value == null && nullable) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        throw fault(name, "expected a string" + (nullable ? " or null" : "") + ", found " + kind(value));
    }

    /** An integer in {@code [min, max]}, or {@code null} when {@code nullable} and the member is {@code null}. */
    Long integer(String name, long min, long max, boolean nullable) {
        Object value = value(name);
        if (value == null && nullable) {
            return null;
        }
        if (!(value instanceof JsonLine.Number number) || !INTEGER.matcher(number.literal()).matches()) {
            throw fault(name, "expected an integer" + (nullable ? " or null" : "") + ", found " + kind(value));
        }
        long parsed;
        try {
            parsed = Long.parseLong(number.literal());
        } catch (NumberFormatException tooLong) {
            throw fault(name, number.literal() + " is out of range [" + min + ", " + max + "]");
        }
        if (parsed < min || parsed > max) {
            throw fault(name, parsed + " is out of range [" + min + ", " + max + "]");
        }
        return parsed;
    }

    /** A {@code DWORD}: 0 to 2^32 − 1. */
    Long dword(String name, boolean nullable) {
        return integer(name, 0, DWORD_MAX, nullable);
    }

    /** 64 bits written as {@code 0x} and 1 to 16 hexadecimal digits, or {@code null}. */
    Long bits(String name) {
        String text = string(name, true);
        if (text == null) {
            return null;
        }
        if (!HANDLE.matcher(text).matches()) {
            throw fault(name, "expected 0x and 1 to 16 hexadecimal digits, found \"" + text + "\"");
        }
        return Long.parseUnsignedLong(text.substring(2), 16);
    }

    /** {@code true} or {@code false}. */
    boolean bool(String name) {
        Object value = value(name);
        if (value instanceof Boolean b) {
            return b;
        }
        throw fault(name, "expected true or false, found " + kind(value));
    }

    /** An array. */
    List<?> array(String name) {
        Object value = value(name);
        if (value instanceof List<?> list) {
            return list;
        }
        throw fault(name, "expected an array, found " + kind(value));
    }

    /** Requires {@code null} where a member does not apply to the function. */
    void requireNull(String name, String why) {
        if (value(name) != null) {
            throw fault(name, "must be null " + why);
        }
    }

    static String kind(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
        }
        if (value instanceof JsonLine.Number n) {
            return "the number " + n.literal();
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        return value instanceof List<?> ? "an array" : "an object";
    }
}
