package org.ras4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code --charset A} over a real backend says which code page decodes the text, where that is not evident. */
class AnsiNoticeTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    @DisplayName("on Windows, no notice when the ANSI code page is the default charset; one naming both when not")
    void windows() {
        assertEquals(Optional.empty(), AnsiNotice.of(CP1252, CP1252, "Windows 10"));
        assertEquals(Optional.of("ras4j: note: decoding the text of the A functions as windows-1252 (Windows' ANSI"
                + " code page; the default charset is UTF-8); --ansi-codepage <charset> names another"),
                AnsiNotice.of(CP1252, StandardCharsets.UTF_8, "Windows 11"));
    }

    @Test
    @DisplayName("off Windows a library has no Windows code page of its own: the one used is always stated")
    void elsewhere() {
        assertEquals(Optional.of("ras4j: note: decoding the text of the A functions as UTF-8 (native.encoding of"
                + " Linux); --ansi-codepage <charset> names another"),
                AnsiNotice.of(StandardCharsets.UTF_8, StandardCharsets.UTF_8, "Linux"));
    }

    // ---- end to end, over ras-native-jna's C stand-in of rasapi32 ----------------------------------

    /** ras-native-jna's test build compiles the stand-in here (Unix with a C compiler). */
    private static final Path STAND_IN = Path.of("..", "ras-native-jna", "target", "standin", "librasapi32_standin.so")
            .toAbsolutePath().normalize();

    /** {@code DWORD (*)(int wide, void *lprasconn, DWORD *lpcb, DWORD *lpcConnections)}. */
    public interface EnumCallback extends Callback {
        int invoke(int wide, Pointer lprasconn, Pointer lpcb, Pointer lpcConnections);
    }

    /** {@code DWORD (*)(int wide, void *hrasconn, void *lprasconnstatus)}. */
    public interface StatusCallback extends Callback {
        int invoke(int wide, Pointer hrasconn, Pointer lprasconnstatus);
    }

    /** The stand-in's own export that installs what its four functions forward to. */
    public interface Control extends Library {
        void standin_install(EnumCallback enumCallback, StatusCallback statusCallback);
    }

    /** A RAS with no connection: every enumeration succeeds with none. Held: the stand-in keeps its address. */
    private static final EnumCallback NO_CONNECTION = (wide, buffer, lpcb, lpcConnections) -> {
        lpcb.setInt(0, 0);
        lpcConnections.setInt(0, 0);
        return 0;
    };
    private static final StatusCallback NO_HANDLE = (wide, handle, status) -> 6;

    @Test
    @DisplayName("list --charset A over a native library prints the notice on standard error, once, and lists")
    void endToEndOverTheStandIn() {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows") && Files.isRegularFile(STAND_IN),
                "the rasapi32 stand-in is built by ras-native-jna's tests on Unix: " + STAND_IN);
        Native.load(STAND_IN.toString(), Control.class).standin_install(NO_CONNECTION, NO_HANDLE);

        CliRun ansi = withLibrary(() -> CliRun.of("list", "--backend", "native", "--charset", "A"));
        CliRun named = withLibrary(() -> CliRun.of("list", "--backend", "native", "--charset", "A",
                "--ansi-codepage", "windows-1252"));
        CliRun wide = withLibrary(() -> CliRun.of("list", "--backend", "native"));

        assertEquals(Ras4j.OK, ansi.code(), ansi.err());
        assertEquals("No connections\n", ansi.out());
        assertEquals(1, ansi.err().lines().count(), ansi.err());
        assertTrue(ansi.err().startsWith("ras4j: note: decoding the text of the A functions as "), ansi.err());
        assertEquals(Ras4j.OK, named.code(), named.err());
        assertEquals("", named.err(), "--ansi-codepage names the code page: nothing to say");
        assertEquals("", wide.err(), "the W functions have no code page");
    }

    private static CliRun withLibrary(Supplier<CliRun> run) {
        String before = System.getProperty("ras4j.rasapi32.library");
        System.setProperty("ras4j.rasapi32.library", STAND_IN.toString());
        try {
            return run.get();
        } finally {
            if (before == null) {
                System.clearProperty("ras4j.rasapi32.library");
            } else {
                System.setProperty("ras4j.rasapi32.library", before);
            }
        }
    }
}
