package org.ras4j.cli;

/**
 * Makes text from a backend safe to print in a terminal table: control characters, line
 * separators and bidirectional overrides become visible escapes, so that an entry name cannot
 * break the table or move the cursor. Also measures text in terminal columns ({@link #width}) and
 * makes a message one safe line ({@link #oneLine}).
 *
 * <p>Windows stores a phone-book entry name as any sequence of {@code CHAR}/{@code WCHAR} up to
 * {@code RAS_MaxEntryName}; nothing in {@code RasEnumConnections} keeps a control character out of
 * {@code szEntryName}. A backslash is doubled, so every escaped text reads back unambiguously.
 */
final class Escaper {
    /** How many code points of an input value {@link #snippet} keeps. */
    static final int SNIPPET_LENGTH = 64;
    /** How many characters of a message {@link #oneLine} keeps. */
    static final int LINE_LENGTH = 1000;

    /**
     * East Asian Wide (W) and Fullwidth (F) code points, after Unicode's EastAsianWidth.txt: the
     * blocks, not every single emoji of the narrow blocks.
     */
    private static final int[][] WIDE = {
        {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0},
        {0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267F, 0x267F},
        {0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5},
        {0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
        {0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728},
        {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797},
        {0x27B0, 0x27B0}, {0x27BF, 0x27BF}, {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55},
        {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA4CF},
        {0xA960, 0xA97F}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6F},
        {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x16FE0, 0x16FE4}, {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF},
        {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251},
        {0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA},
        {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440},
        {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A},
        {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC},
        {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7}, {0x1F6DC, 0x1F6DF}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC},
        {0x1F7E0, 0x1F7EB}, {0x1F7F0, 0x1F7F0}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF},
        {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
    };

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

    /**
     * {@code text} escaped as by {@link #escape}, cut to its first {@value #SNIPPET_LENGTH} code
     * points and {@code ...} if longer: a value from the input quoted in a message.
     */
    static String snippet(String text) {
        String escaped = escape(text);
        if (escaped.codePointCount(0, escaped.length()) <= SNIPPET_LENGTH) {
            return escaped;
        }
        return escaped.substring(0, escaped.offsetByCodePoints(0, SNIPPET_LENGTH)) + "...";
    }

    /**
     * A message made safe as one terminal line: what {@link #escape} escapes, except the
     * backslash (a message's own escapes and Windows paths stay as they are), and cut to
     * {@value #LINE_LENGTH} characters with a count of the rest.
     */
    static String oneLine(String message) {
        StringBuilder out = new StringBuilder(Math.min(message.length(), LINE_LENGTH) + 16);
        for (int i = 0; i < message.length() && out.length() < LINE_LENGTH; i++) {
            char c = message.charAt(i);
            String replacement = c == '\\' ? null : replacement(message, i, c);
            if (replacement != null) {
                out.append(replacement);
            } else {
                out.append(c);
            }
        }
        if (out.length() >= LINE_LENGTH && out.length() < message.length()) {
            out.setLength(LINE_LENGTH);
            if (Character.isHighSurrogate(out.charAt(LINE_LENGTH - 1))) {
                out.setLength(LINE_LENGTH - 1);
            }
            out.append("... (cut at ").append(LINE_LENGTH).append(" characters)");
        }
        return out.toString();
    }

    /**
     * The number of terminal columns {@code text} takes once escaped, as a terminal draws it: two
     * for an East Asian wide or fullwidth character (CJK ideographs, kana, Hangul syllables,
     * fullwidth forms, most emoji), none for a combining mark, an enclosing mark, a format
     * character such as the zero-width joiner, or a Hangul medial vowel or final consonant, one
     * for every other code point.
     */
    static int width(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            columns += columns(cp);
            i += Character.charCount(cp);
        }
        return columns;
    }

    /** The columns one code point takes: 0, 1 or 2 (see {@link #width}). */
    static int columns(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT && cp != 0x00AD || cp >= 0x1160 && cp <= 0x11FF) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    private static boolean isWide(int cp) {
        if (cp < WIDE[0][0]) {
            return false;
        }
        int low = 0;
        int high = WIDE.length - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (cp < WIDE[mid][0]) {
                high = mid - 1;
            } else if (cp > WIDE[mid][1]) {
                low = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
