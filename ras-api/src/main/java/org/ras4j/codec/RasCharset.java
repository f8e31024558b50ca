package org.ras4j.codec;

/**
 * The two flavours of every RAS function and structure: {@code A} (ANSI code page, one byte per
 * {@code CHAR}) and {@code W} (UTF-16LE, two bytes per {@code WCHAR}).
 */
public enum RasCharset {
    /** {@code RasEnumConnectionsA}, {@code RASCONNA}: text in the system ANSI code page. */
    A(1),
    /** {@code RasEnumConnectionsW}, {@code RASCONNW}: text in UTF-16LE. */
    W(2);

    private final int charSize;

    RasCharset(int charSize) {
        this.charSize = charSize;
    }

    /** {@return the size in bytes of one character unit ({@code CHAR} or {@code WCHAR})} */
    public int charSize() {
        return charSize;
    }

    /**
     * {@return the Win32 function name with this charset's suffix, e.g. {@code RasEnumConnectionsW}}
     *
     * @param baseName the function's name without suffix, e.g. {@code RasEnumConnections}
     */
    public String functionName(String baseName) {
        return baseName + name();
    }
}
