package org.ras4j.jna;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which file {@link Rasapi32Library} loads, and the clear errors when it cannot. */
class LibraryLoadingTest {
    private static final Path SYSTEM32 = Path.of("C:\\Windows\\System32").toAbsolutePath();

    private static Path resolve(String property, boolean windows) {
        return Rasapi32Library.resolve(property, windows, () -> SYSTEM32);
    }

    @Test
    void onWindowsWithoutThePropertyItIsRasapi32InTheSystemDirectory() {
        assertEquals(SYSTEM32.resolve("rasapi32.dll"), resolve(null, true));
        assertEquals(SYSTEM32.resolve("rasapi32.dll"), resolve("  ", true));
    }

    @Test
    void anAbsolutePropertyWinsOnEveryPlatform(@TempDir Path dir) {
        Path other = dir.resolve("other-rasapi32.dll").toAbsolutePath();
        assertEquals(other, resolve(other.toString(), true));
        assertEquals(other, resolve(other.toString(), false));
    }

    @Test
    void aRelativePropertyIsRefusedNamingTheProperty() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> resolve("rasapi32.dll", true));
        assertTrue(e.getMessage().startsWith(Rasapi32Library.LIBRARY_PROPERTY) && e.getMessage().contains("'rasapi32.dll'"),
                e.getMessage());
    }

    @Test
    void elsewhereWithoutThePropertyTheErrorSaysHowToNameALibrary() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> resolve(null, false));
        assertTrue(e.getMessage().contains("-D" + Rasapi32Library.LIBRARY_PROPERTY + "="), e.getMessage());
    }

    @Test
    void aMissingFileIsAClearErrorNamingThePath(@TempDir Path dir) {
        Path missing = dir.resolve("rasapi32.dll").toAbsolutePath();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> JnaRasBackend.load(missing));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("no such file"),
                e.getMessage());
    }

    @Test
    void aRelativePathIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> JnaRasBackend.load(Path.of("rasapi32.dll")));
    }

    @Test
    void aFileThatIsNoLibraryIsAClearErrorNamingThePath(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("rasapi32.dll"), "not a library").toAbsolutePath();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> JnaRasBackend.load(text));
        assertTrue(e.getMessage().contains("cannot load") && e.getMessage().contains(text.toString()), e.getMessage());
    }

    @Test
    void aLibraryWithoutTheRasFunctionsIsAClearErrorNamingPathAndFunction() {
        Path home = Path.of(System.getProperty("java.home"));
        Path javaLibrary = Platform.isWindows() ? home.resolve("bin/java.dll")
                : Platform.isMac() ? home.resolve("lib/libjava.dylib") : home.resolve("lib/libjava.so");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> JnaRasBackend.load(javaLibrary));
        assertTrue(e.getMessage().contains(javaLibrary.toString())
                && e.getMessage().contains("does not export RasEnumConnectionsA"), e.getMessage());
    }
}
