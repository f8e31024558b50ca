package org.ras4j.trace;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The placeholders of one redaction: the same value always gets the same placeholder, different values
 * different ones, each short enough for the smallest field it goes into ({@code RASCONN} V351's 20
 * characters). Empty values and all-zero addresses stay as they are.
 */
final class Placeholders {
    /** The kinds of text a trace holds. */
    enum Kind {
        ENTRY, PHONE, DEVICE, PHONEBOOK, IPV4_TEXT
    }

    private final Map<Kind, Set<String>> seen = new EnumMap<>(Kind.class);
    private final Map<String, String> entries = new HashMap<>();
    private final Map<String, String> phones = new HashMap<>();
    private final Map<String, String> devices = new HashMap<>();
    private final Map<String, String> phonebooks = new HashMap<>();
    private final Map<String, byte[]> addresses = new HashMap<>();
    private int ipv4Count;
    private int ipv6Count;
    private int identifierCount;

    /** Notes a text of {@code kind}, so that a truncated copy of it gets its placeholder ({@link #text}). */
    void see(Kind kind, String value) {
        seen.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(value);
    }

    /**
     * The placeholder of a text of {@code kind}. A text that fills its field may be a longer one cut to
     * it (an older structure's shorter field); it gets the placeholder of the first longer text seen that
     * it begins.
     */
    String text(Kind kind, String value, boolean fillsField) {
        String whole = value;
        if (fillsField) {
            whole = seen.getOrDefault(kind, Set.of()).stream()
                    .filter(v -> v.length() > value.length() && v.startsWith(value))
                    .findFirst().orElse(value);
        }
        return switch (kind) {
            case ENTRY -> entry(whole);
            case PHONE -> phone(whole);
            case DEVICE -> device(whole);
            case PHONEBOOK -> phonebook(whole);
            case IPV4_TEXT -> ipv4Text(whole);
        };
    }

    /** An entry name: {@code Entry-001}; a connection made without an entry ({@code .} and the number) {@code .Phone-001}. */
    String entry(String name) {
        if (name.isEmpty()) {
            return name;
        }
        if (name.startsWith(".")) {
            return "." + phone(name.substring(1));
        }
        return entries.computeIfAbsent(name, n -> String.format("Entry-%03d", entries.size() + 1));
    }

    /** A phone number: {@code Phone-001}. */
    String phone(String number) {
        return number.isEmpty() ? number
                : phones.computeIfAbsent(number, n -> String.format("Phone-%03d", phones.size() + 1));
    }

    /** A device name: {@code Device-001}. */
    String device(String name) {
        return name.isEmpty() ? name
                : devices.computeIfAbsent(name, n -> String.format("Device-%03d", devices.size() + 1));
    }

    /** A phone-book path: {@code C:\Pbk-001.pbk}. */
    String phonebook(String path) {
        return path.isEmpty() ? path
                : phonebooks.computeIfAbsent(path, n -> String.format("C:\\Pbk-%03d.pbk", phonebooks.size() + 1));
    }

    /**
     * An IPv4 address (4 bytes, network order): 192.0.2.1 onwards, then 198.51.100.x and 203.0.113.x
     * (the documentation ranges of RFC 5737), then 10.x.y.z.
     */
    byte[] ipv4(byte[] address) {
        if (isZero(address)) {
            return address;
        }
        return addresses.computeIfAbsent("4:" + Arrays.toString(address), k -> {
            int n = ++ipv4Count;
            if (n <= 762) {
                int[][] ranges = {{192, 0, 2}, {198, 51, 100}, {203, 0, 113}};
                int[] range = ranges[(n - 1) / 254];
                return new byte[] {(byte) range[0], (byte) range[1], (byte) range[2], (byte) ((n - 1) % 254 + 1)};
            }
            int k2 = n - 762;
            return new byte[] {10, (byte) (k2 >> 16), (byte) (k2 >> 8), (byte) k2};
        }).clone();
    }

    /** An IPv6 address (16 bytes): {@code 2001:db8::1} onwards (RFC 3849). */
    byte[] ipv6(byte[] address) {
        if (isZero(address)) {
            return address;
        }
        return addresses.computeIfAbsent("6:" + Arrays.toString(address), k -> {
            byte[] placeholder = new byte[16];
            placeholder[0] = 0x20;
            placeholder[1] = 0x01;
            placeholder[2] = 0x0d;
            placeholder[3] = (byte) 0xb8;
            int n = ++ipv6Count;
            placeholder[14] = (byte) (n >> 8);
            placeholder[15] = (byte) n;
            return placeholder;
        }).clone();
    }

    /** An IPv6 interface identifier (8 bytes, network order): {@code 0:0:0:1} onwards. */
    byte[] interfaceIdentifier(byte[] identifier) {
        if (isZero(identifier)) {
            return identifier;
        }
        return addresses.computeIfAbsent("id:" + Arrays.toString(identifier), k -> {
            byte[] placeholder = new byte[8];
            int n = ++identifierCount;
            placeholder[6] = (byte) (n >> 8);
            placeholder[7] = (byte) n;
            return placeholder;
        }).clone();
    }

    /** An IPv4 address in dotted decimal, as {@code RASPPPIP} holds it; text that is no address becomes {@code ""}. */
    String ipv4Text(String dotted) {
        if (dotted.isEmpty()) {
            return dotted;
        }
        String[] parts = dotted.split("\\.", -1);
        byte[] bytes = new byte[4];
        if (parts.length != 4) {
            return "";
        }
        for (int i = 0; i < 4; i++) {
            if (!parts[i].matches("\\d{1,3}") || Integer.parseInt(parts[i]) > 255) {
                return "";
            }
            bytes[i] = (byte) Integer.parseInt(parts[i]);
        }
        byte[] placeholder = ipv4(bytes);
        return (placeholder[0] & 0xFF) + "." + (placeholder[1] & 0xFF) + "." + (placeholder[2] & 0xFF) + "."
                + (placeholder[3] & 0xFF);
    }

    private static boolean isZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
