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
    void aFileThatIsNoLibraryIsOneLineNamingThePathAndWhatItStartsWith(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("rasapi32.dll"), "not a library").toAbsolutePath();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> JnaRasBackend.load(text));
        assertOneLine(e.getMessage());
        assertTrue(e.getMessage().startsWith("the rasapi32 library " + text + " is not a"), e.getMessage());
        assertTrue(e.getMessage().endsWith(": it starts with 6e 6f 74 20 (\"not \")"), e.getMessage());
    }

    @Test
    void anEmptyFileOrADirectoryIsOneLineSayingSo(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.dll")).toAbsolutePath();
        Path directory = Files.createDirectory(dir.resolve("rasapi32.dll")).toAbsolutePath();
        IllegalStateException emptyFailure = assertThrows(IllegalStateException.class, () -> JnaRasBackend.load(empty));
        IllegalStateException directoryFailure = assertThrows(IllegalStateException.class,
                () -> JnaRasBackend.load(directory));
        assertTrue(emptyFailure.getMessage().startsWith("the rasapi32 library " + empty + " is empty (0 bytes), not a"),
                emptyFailure.getMessage());
        assertEquals("the rasapi32 library " + directory + " is a directory, not a library file",
                directoryFailure.getMessage());
    }

    @Test
    void aFileWithTheRightMagicThatTheLoaderRefusesIsOneLineWithTheLoadersReason(@TempDir Path dir)
            throws IOException {
        byte[] magic = Platform.isWindows() ? new byte[] {'M', 'Z'} : Platform.isMac()
                ? new byte[] {(byte) 0xcf, (byte) 0xfa, (byte) 0xed, (byte) 0xfe} : new byte[] {0x7f, 'E', 'L', 'F'};
        byte[] bytes = new byte[64];
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        Path truncated = Files.write(dir.resolve("truncated.dll"), bytes).toAbsolutePath();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> JnaRasBackend.load(truncated));
        assertOneLine(e.getMessage());
        assertTrue(e.getMessage().startsWith("cannot load the rasapi32 library " + truncated + ": "), e.getMessage());
        assertTrue(!e.getMessage().contains("resource path"), e.getMessage());
    }

    @Test
    void theLoadersRepeatedLinesBecomeTheOneAboutTheFile() {
        Path file = Path.of("/tmp/notalib.txt");
        String jna = "Unable to load library '/tmp/notalib.txt':\n/tmp/notalib.txt: file too short\n"
                + "/tmp/notalib.txt: file too short\nNative library (tmp/notalib.txt) not found in resource path (x.jar)";
        assertEquals("file too short", LibraryFile.loaderReason(jna, file));
        assertEquals("%1 is not a valid Win32 application.", LibraryFile.loaderReason(
                "Unable to load library 'C:\\x.dll':\r\n%1 is not a valid Win32 application.\r\n\r\n", Path.of("/x.dll")));
        assertEquals("the loader gives no reason", LibraryFile.loaderReason(null, file));
    }

    private static void assertOneLine(String message) {
        assertTrue(!message.contains("\n") && !message.contains("\r"), "one line: " + message);
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
