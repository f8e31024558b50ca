package org.ras4j.cli;

/**
 * Makes text from a backend safe to print in a terminal table: control characters, line
 * separators and bidirectional overrides become visible escapes, so that an entry name cannot
 * break the table or move the cursor.
 *
 * <p>Windows stores a phone-book entry name as any sequence of {@code CHAR}/{@code WCHAR} up to
 * {@code RAS_MaxEntryName}; nothing in {@code RasEnumConnections} keeps a control character out of
 * {@code szEntryName}. A backslash is doubled, so every escaped text reads back unambiguously.
 */
final class Escaper {
    private Escaper() {
    }

    /**
     * {@code text} with {@code \\}, {@code \n}, {@code \r}, {@code \t} for those characters,
     * {@code \xHH} for the other C0/C1 controls and DEL, and {@code \\uHHHH} for line and paragraph
     * separators, bidirectional formatting characters and unpaired surrogates.
     */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(text, i, c);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static String replacement(String text, int i, char c) {
        switch (c) {
            case '\\':
                return "\\\\";
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            return String.format("\\x%02x", (int) c);
        }
        if (isInvisibleLayoutChar(c) || isUnpairedSurrogate(text, i, c)) {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }

    private static boolean isInvisibleLayoutChar(char c) {
        return c == '\u2028' || c == '\u2029'            // line and paragraph separator
                || (c >= '\u202a' && c <= '\u202e')      // LRE, RLE, PDF, LRO, RLO
                || (c >= '\u2066' && c <= '\u2069')      // LRI, RLI, FSI, PDI
                || c == '\u200e' || c == '\u200f' || c == '\u061c'; // LRM, RLM, ALM
    }

    private static boolean isUnpairedSurrogate(String text, int i, char c) {
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    /** The number of terminal columns {@code text} takes: one per code point (after escaping). */
    static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
