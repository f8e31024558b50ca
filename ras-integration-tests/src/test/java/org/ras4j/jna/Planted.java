package org.ras4j.jna;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Look-alike {@code rasapi32} libraries planted where a search would find them: the working
 * directory, which the build also puts on {@code jna.library.path}.
 */
final class Planted {
    /** The names a search for {@code rasapi32} tries on Windows and on Linux. */
    static final List<String> NAMES = List.of("rasapi32.dll", "librasapi32.so", "rasapi32.so", "rasapi32");

    private Planted() {
    }

    /** The planting directory: the working directory, which must also be on {@code jna.library.path}. */
    static Path directory() {
        Path cwd = Path.of("").toAbsolutePath();
        assertEquals(cwd.toString(), Path.of(System.getProperty("jna.library.path", "")).toAbsolutePath().toString(),
                "the build runs the tests in the directory it puts on jna.library.path");
        return cwd;
    }

    /** Copies {@code library} into the planting directory under every name in {@link #NAMES}. */
    static List<Path> plant(Path library) {
        Path dir = directory();
        try {
            Files.createDirectories(dir);
            for (String name : NAMES) {
                Files.copy(library, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return NAMES.stream().map(dir::resolve).toList();
    }

    /** Runs {@code body} with the system property set to {@code value} ({@code null}: cleared), then restores it. */
    static void withProperty(String key, String value, Runnable body) {
        String old = System.getProperty(key);
        try {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
            body.run();
        } finally {
            if (old == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, old);
            }
        }
    }
}
