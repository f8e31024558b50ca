package org.ras4j.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The ras4j version a trace names as its recorder: written into {@code library.properties} at build time. */
final class LibraryVersion {
    private static final String VERSION = load();

    private LibraryVersion() {
    }

    /** {@return the Maven project version of ras-trace, or {@code unknown}} */
    static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = LibraryVersion.class.getResourceAsStream("library.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
