package org.ras4j.jna;

import com.sun.jna.Function;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.win32.StdCallLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * A {@code rasapi32} library loaded by absolute path, with its {@link Rasapi32} functions.
 *
 * <p>Which file: the one named by the system property {@value #LIBRARY_PROPERTY} (an absolute
 * path; for tests and alternative implementations), else, on Windows, {@code rasapi32.dll} in the
 * system directory ({@code GetSystemDirectoryW}). The DLL search path ({@code PATH}, the working
 * directory, the application directory, {@code jna.library.path}) is never consulted, so a planted
 * {@code rasapi32.dll} cannot be loaded in its place. Instances are immutable and thread-safe.
 */
public final class Rasapi32Library {
    /** The system property that names the library file to load instead of the system's. */
    public static final String LIBRARY_PROPERTY = "ras4j.rasapi32.library";

    /** The file name of the genuine library in the Windows system directory. */
    public static final String DLL_NAME = "rasapi32.dll";

    private static final List<String> FUNCTIONS = List.of(
            "RasEnumConnectionsA", "RasEnumConnectionsW", "RasGetConnectStatusA", "RasGetConnectStatusW");

    /** The functions of {@link Rasapi32} that some Windows versions lack (docs/contract.md §8, C-ERR-05). */
    static final List<String> OPTIONAL_FUNCTIONS = List.of("RasGetConnectionStatistics", "RasGetLinkStatistics",
            "RasGetProjectionInfoA", "RasGetProjectionInfoW", "RasGetProjectionInfoEx");

    private final Path path;
    private final Rasapi32 functions;
    private final Set<String> optional;

    private Rasapi32Library(Path path, Rasapi32 functions, Set<String> optional) {
        this.path = path;
        this.functions = functions;
        this.optional = Set.copyOf(optional);
    }

    /**
     * The library file ras4j loads here: {@value #LIBRARY_PROPERTY} if set, else
     * {@code <system directory>\rasapi32.dll} on Windows.
     *
     * @return the absolute path of the library file
     * @throws IllegalStateException if the property is not an absolute path, or it is unset and
     *                               this is not Windows
     */
    public static Path defaultPath() {
        return resolve(System.getProperty(LIBRARY_PROPERTY), Platform.isWindows(), SystemDirectory::find);
    }

    /** {@link #defaultPath()} with its inputs given: the property's value, the platform, the system directory. */
    static Path resolve(String override, boolean windows, Supplier<Path> systemDirectory) {
        if (override != null && !override.isBlank()) {
            Path path;
            try {
                path = Path.of(override);
            } catch (InvalidPathException e) {
                throw new IllegalStateException(LIBRARY_PROPERTY + " is not a valid path: '" + override + "'", e);
            }
            if (!path.isAbsolute()) {
                throw new IllegalStateException(LIBRARY_PROPERTY + " must name the library file by absolute path "
                        + "(a relative name would be looked up on the library search path): '" + override + "'");
            }
            return path;
        }
        if (!windows) {
            throw new IllegalStateException(DLL_NAME + " exists only on Windows (this is " + System.getProperty("os.name")
                    + "); set -D" + LIBRARY_PROPERTY + "=<absolute path> to load another implementation");
        }
        return systemDirectory.get().resolve(DLL_NAME);
    }

    /**
     * Loads {@link #defaultPath()}; see {@link #load(Path)}.
     *
     * @return the loaded library
     */
    public static Rasapi32Library load() {
        return load(defaultPath());
    }

    /**
     * Loads the library file at {@code path}, and checks that it is that file and that it exports
     * the four functions.
     *
     * <p>Before the loader sees it, the file must be a readable regular file that starts as this
     * platform's shared libraries do ({@code MZ} on Windows, {@code \x7fELF} on Linux, a Mach-O
     * magic number on macOS); then the loader's own complaint, if any, is cut down to the one
     * line about the file. So every message is one line that names the file and what is wrong
     * with it.
     *
     * @param path the absolute path of the library file
     * @return the loaded library
     * @throws IllegalArgumentException if {@code path} is not absolute
     * @throws IllegalStateException    if the file is missing, not a library of this platform, cannot
     *                                  be loaded, or lacks a function; the message names the path
     */
    public static Rasapi32Library load(Path path) {
        Objects.requireNonNull(path, "path");
        if (!path.isAbsolute()) {
            throw new IllegalArgumentException("the rasapi32 library must be named by absolute path, not " + path);
        }
        LibraryFile.check(path, LibraryFile.Kind.of(Platform.isWindows(), Platform.isMac()));
        Map<String, Object> options = Map.of(Library.OPTION_CALLING_CONVENTION, callingConvention());
        NativeLibrary library;
        try {
            library = NativeLibrary.getInstance(path.toString(), options);
        } catch (UnsatisfiedLinkError e) {
            throw new IllegalStateException("cannot load the rasapi32 library " + path + ": "
                    + LibraryFile.loaderReason(e.getMessage(), path), e);
        }
        requireSameFile(path, library);
        for (String name : FUNCTIONS) {
            try {
                library.getFunction(name);
            } catch (UnsatisfiedLinkError e) {
                throw new IllegalStateException("the rasapi32 library " + path + " does not export " + name, e);
            }
        }
        Set<String> optional = new TreeSet<>();
        for (String name : OPTIONAL_FUNCTIONS) {
            try {
                library.getFunction(name);
                optional.add(name);
            } catch (UnsatisfiedLinkError absent) {
                // Not on this Windows version: JnaRasBackend answers ERROR_PROC_NOT_FOUND instead of calling it.
            }
        }
        return new Rasapi32Library(path, Native.load(path.toString(), Rasapi32.class, options), optional);
    }

    /**
     * Whether the library exports {@code function}: always for the four enumeration and status
     * functions (the load checks them), and for each of {@link #OPTIONAL_FUNCTIONS} as found when
     * the library was loaded.
     *
     * @param function a Win32 function name, e.g. {@code RasGetConnectionStatistics}
     * @return whether calls to it reach the library
     */
    public boolean exports(String function) {
        Objects.requireNonNull(function, "function");
        return FUNCTIONS.contains(function) || optional.contains(function);
    }

    /** WINAPI: stdcall on 32-bit Windows; elsewhere (x64 Windows, the Linux stand-in) the C convention. */
    private static int callingConvention() {
        return Platform.isWindows() && !Platform.is64Bit() ? StdCallLibrary.STDCALL_CONVENTION : Function.C_CONVENTION;
    }

    /** JNA falls back to other locations when a path fails to open; refuse whatever it found instead. */
    private static void requireSameFile(Path path, NativeLibrary library) {
        Path loaded = library.getFile() == null ? null : library.getFile().toPath();
        boolean same;
        try {
            same = loaded != null && Files.isSameFile(path, loaded);
        } catch (IOException e) {
            same = false;
        }
        if (!same) {
            throw new IllegalStateException("asked to load the rasapi32 library " + path + " but "
                    + (loaded == null ? "an unnamed library" : loaded) + " was loaded");
        }
    }

    /** {@return the absolute path of the loaded file} */
    public Path path() {
        return path;
    }

    /** {@return the library's functions} */
    public Rasapi32 functions() {
        return functions;
    }

    @Override
    public String toString() {
        return "rasapi32 at " + path;
    }
}
