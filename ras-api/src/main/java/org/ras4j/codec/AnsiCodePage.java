package org.ras4j.codec;

import java.nio.charset.Charset;

/**
 * The charset of {@code A} text on this machine: the platform's ANSI code page as the JDK reports
 * it in the {@code native.encoding} system property (Java 17+), or the default charset where that
 * property is missing or names a charset the JDK lacks.
 */
public final class AnsiCodePage {
    private AnsiCodePage() {
    }

    /** {@return the platform's ANSI charset} */
    public static Charset platform() {
        String name = System.getProperty("native.encoding");
        if (name != null) {
            try {
                return Charset.forName(name);
            } catch (IllegalArgumentException unsupported) {
                return Charset.defaultCharset();
            }
        }
        return Charset.defaultCharset();
    }
}
