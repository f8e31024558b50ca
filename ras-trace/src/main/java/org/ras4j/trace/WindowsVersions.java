package org.ras4j.trace;

import java.util.Optional;
import org.ras4j.codec.Abi;
import org.ras4j.spi.WindowsProfile;

/**
 * The Windows version this JVM runs on, as a trace header names it, and the profile a version stands
 * for. {@code os.version} cannot tell Windows 95 from NT 4 (both 4.0) nor 10 from 11 (both 10.0): the
 * first gives NT 4; for the second {@code os.name} decides ({@code Windows 11}); the trace's
 * {@code windows} member keeps the whole text either way.
 */
public final class WindowsVersions {
    private WindowsVersions() {
    }

    /** {@return {@code os.name} and {@code os.version} when this JVM runs on Windows, else empty} */
    static Optional<String> current() {
        String name = System.getProperty("os.name", "");
        return name.startsWith("Windows")
                ? Optional.of(name + " " + System.getProperty("os.version", "?"))
                : Optional.empty();
    }

    /**
     * {@return the profile of the Windows {@code os.name} and {@code os.version} name on {@code abi}, if ras4j has one}
     *
     * @param name    {@code os.name}, e.g. {@code Windows 11}
     * @param version {@code os.version}, e.g. {@code 6.1}
     * @param abi     the process's ABI
     */
    public static Optional<WindowsProfile> profileOf(String name, String version, Abi abi) {
        boolean x64 = abi == Abi.X64;
        if (name.startsWith("Windows 11") && x64) {
            return Optional.of(WindowsProfile.windows11x64());
        }
        WindowsProfile profile = switch (version) {
            case "4.0" -> x64 ? null : WindowsProfile.windowsNt4x86();
            case "4.10" -> x64 ? null : WindowsProfile.windows98x86();
            case "4.90" -> x64 ? null : WindowsProfile.windowsMex86();
            case "5.0" -> x64 ? null : WindowsProfile.windows2000x86();
            case "5.1", "5.2" -> x64 ? WindowsProfile.windowsXpx64() : WindowsProfile.windowsXpx86();
            case "6.0" -> x64 ? WindowsProfile.windowsVistax64() : WindowsProfile.windowsVistax86();
            case "6.1" -> x64 ? WindowsProfile.windows7x64() : WindowsProfile.windows7x86();
            case "6.2", "6.3", "10.0" -> x64 ? WindowsProfile.windows10x64() : WindowsProfile.windows10x86();
            default -> null;
        };
        return Optional.ofNullable(profile);
    }
}
