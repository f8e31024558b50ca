package org.ras4j.jna;

import com.sun.jna.Native;
import com.sun.jna.win32.StdCallLibrary;
import com.sun.jna.win32.W32APIOptions;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Windows system directory ({@code C:\Windows\System32} on a usual install), where the one
 * genuine {@code rasapi32.dll} lives.
 *
 * <p>Asked of {@code GetSystemDirectoryW} in {@code kernel32.dll} (a KnownDLL, which Windows always
 * maps from the system directory, never from the DLL search path); if that fails,
 * {@code %SystemRoot%\System32}. Knowing the directory lets ras4j load {@code rasapi32.dll} by
 * absolute path, so that a {@code rasapi32.dll} planted in the working directory, on {@code PATH}
 * or on {@code jna.library.path} is never the one loaded (DLL search-order hijacking).
 */
final class SystemDirectory {
    /** {@code MAX_PATH}: enough for any system directory. */
    private static final int MAX_PATH = 260;

    /** The one kernel32 call needed; {@code WINAPI}, so stdcall on 32-bit Windows. */
    interface Kernel32Directories extends StdCallLibrary {
        /** {@code UINT GetSystemDirectoryW(LPWSTR lpBuffer, UINT uSize)}: length written, 0 on failure. */
        int GetSystemDirectoryW(char[] lpBuffer, int uSize);
    }

    private SystemDirectory() {
    }

    /**
     * The system directory of this Windows installation.
     *
     * @throws IllegalStateException if neither {@code GetSystemDirectoryW} nor
     *                               {@code %SystemRoot%} tells it
     */
    static Path find() {
        return fromKernel32().or(SystemDirectory::fromSystemRoot).orElseThrow(() -> new IllegalStateException(
                "cannot find the Windows system directory: GetSystemDirectoryW failed and %SystemRoot% is not set"));
    }

    private static Optional<Path> fromKernel32() {
        try {
            Kernel32Directories kernel32 = Native.load("kernel32", Kernel32Directories.class,
                    W32APIOptions.UNICODE_OPTIONS);
            char[] buffer = new char[MAX_PATH + 1];
            int length = kernel32.GetSystemDirectoryW(buffer, buffer.length);
            if (length <= 0 || length >= buffer.length) {
                return Optional.empty();
            }
            return Optional.of(Path.of(new String(buffer, 0, length)));
        } catch (UnsatisfiedLinkError e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> fromSystemRoot() {
        String root = System.getenv("SystemRoot");
        return root == null || root.isBlank() ? Optional.empty() : Optional.of(Path.of(root, "System32"));
    }
}
