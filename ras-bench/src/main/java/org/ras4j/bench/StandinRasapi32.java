package org.ras4j.bench;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import org.ras4j.RasError;
import org.ras4j.codec.RasCharset;

/**
 * the C stand-in of {@code rasapi32} ({@code ras-integration-tests/src/test/c/rasapi32_standin.c}, compiled by
 * this module's build into {@code benchmarks.jar}), serving prepared {@code RASCONN} bytes the way
 * {@code RasEnumConnections} does on Windows Vista and later: NULL pointers are 87, a {@code dwSize}
 * other than the prepared layout's is 632, too small a buffer (or a NULL one) is 603 with the
 * required size and the count, else the entries are copied into the caller's memory.
 *
 * <p>The stand-in forwards each call to a JNA callback installed here; a real {@code rasapi32}
 * fills the buffer natively instead, so every enumeration measured over the stand-in also pays one
 * native-to-Java callback, the same for each contender. One stand-in per JVM (the C side keeps one
 * callback); {@link #serve} replaces what it serves.
 */
public final class StandinRasapi32 {
    /** A system property naming the stand-in library file, instead of the copy inside the jar. */
    public static final String PROPERTY = "ras4j.bench.standin";
    /** Where the build puts the compiled stand-in, as a class-path resource. */
    public static final String RESOURCE = "/org/ras4j/bench/standin/librasapi32-standin.so";


    /** The stand-in's own export that installs the callbacks. */
    interface Control extends Library {
        void standin_install(EnumCallback enumCallback, Callback statusCallback);
    }

    /** {@code DWORD (*)(int wide, void *lprasconn, DWORD *lpcb, DWORD *lpcConnections)}. */
    interface EnumCallback extends Callback {
        int invoke(int wide, Pointer lprasconn, Pointer lpcb, Pointer lpcConnections);
    }

    // Held for the life of the JVM: the stand-in keeps the callback's native address.
    private static final EnumCallback ENUM = StandinRasapi32::enumerate;
    private static volatile Served serving;
    private static Path library;

    private StandinRasapi32() {
    }

    /**
     * The stand-in library, loaded once, now serving {@code entries} to both {@code A} and
     * {@code W} calls (each checks {@code dwSize} against the entries' layout).
     *
     * @return the library file, for {@code JnaRasBackend.load} and plain JNA
     * @throws IllegalStateException if the build did not compile the stand-in (no C compiler)
     */
    public static synchronized Path serve(NativeEntries entries) {
        Objects.requireNonNull(entries, "entries");
        serving = new Served(entries.memory().getByteArray(0, entries.byteCount()), entries.count(),
                entries.layout().size(), entries.layout().charset() == RasCharset.W);
        if (library == null) {
            Path path = locate();
            Native.load(path.toString(), Control.class).standin_install(ENUM, null);
            library = path;
        }
        return library;
    }

    private static Path locate() {
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath();
        }
        URL url = StandinRasapi32.class.getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException("the rasapi32 stand-in was not built into ras-bench (" + RESOURCE
                    + " is missing: no C compiler at build time?); or set -D" + PROPERTY + "=<library file>");
        }
        try {
            if (url.getProtocol().equals("file")) {
                return Path.of(url.toURI());
            }
            Path copy = Files.createTempFile("rasapi32-standin", ".so");
            copy.toFile().deleteOnExit();
            try (InputStream in = url.openStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract the rasapi32 stand-in from " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("not a file: " + url, e);
        }
    }

    private static int enumerate(int wide, Pointer lprasconn, Pointer lpcb, Pointer lpcConnections) {
        Served served = serving;
        if (lpcb == null || lpcConnections == null) {
            return RasError.ERROR_INVALID_PARAMETER.code();
        }
        if (lprasconn != null && (lprasconn.getInt(0) != served.dwSize() || (wide != 0) != served.wide())) {
            return RasError.ERROR_INVALID_SIZE.code();
        }
        int needed = served.bytes().length;
        lpcConnections.setInt(0, served.count());
        if (lprasconn == null || Integer.toUnsignedLong(lpcb.getInt(0)) < needed) {
            lpcb.setInt(0, needed);
            return RasError.ERROR_BUFFER_TOO_SMALL.code();
        }
        lprasconn.write(0, served.bytes(), 0, needed);
        lpcb.setInt(0, needed);
        return RasError.ERROR_SUCCESS.code();
    }

    /** The entries served, as one Java array copied into the caller's memory by one native copy. */
    private record Served(byte[] bytes, int count, int dwSize, boolean wide) {
    }
}
