package org.ras4j.sim;

import java.util.EnumSet;
import java.util.List;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasConnStatusVersion;
import org.ras4j.codec.RasConnVersion;

/** The ready-made {@link WindowsProfile}s, built once from the builder's XP defaults. */
final class KnownProfiles {
    private KnownProfiles() {
    }

    private static EnumSet<RasConnVersion> conn(RasConnVersion newest) {
        return EnumSet.range(RasConnVersion.V351, newest);
    }

    private static EnumSet<RasConnStatusVersion> status(RasConnStatusVersion newest) {
        return EnumSet.range(RasConnStatusVersion.V351, newest);
    }

    private static WindowsProfile nineX(String name, RasConnVersion newest, RasConnStatusVersion newestStatus) {
        return WindowsProfile.builder(name, Abi.X86)
                .connVersions(conn(newest))
                .statusVersions(status(newestStatus))
                .dialingIsListed(true)
                .build();
    }

    private static WindowsProfile vistaAndLater(String name, Abi abi, RasConnStatusVersion newestStatus) {
        return WindowsProfile.builder(name, abi)
                .connVersions(conn(RasConnVersion.V600))
                .statusVersions(status(newestStatus))
                .nullBufferSizeQuery(true)
                .ownerFlags(true)
                .build();
    }

    static final WindowsProfile WINDOWS_95 =
            nineX("Windows 95 (x86)", RasConnVersion.V400, RasConnStatusVersion.V400);
    static final WindowsProfile WINDOWS_98 =
            nineX("Windows 98 (x86)", RasConnVersion.V401, RasConnStatusVersion.V401);
    static final WindowsProfile WINDOWS_ME =
            nineX("Windows Me (x86)", RasConnVersion.V401, RasConnStatusVersion.V401);
    static final WindowsProfile NT4 = WindowsProfile.builder("Windows NT 4.0 (x86)", Abi.X86)
            .connVersions(conn(RasConnVersion.V401))
            .build();
    static final WindowsProfile WINDOWS_2000 = WindowsProfile.builder("Windows 2000 (x86)", Abi.X86)
            .connVersions(conn(RasConnVersion.V500))
            .build();
    static final WindowsProfile WINDOWS_XP_X86 = WindowsProfile.builder("Windows XP (x86)", Abi.X86).build();
    static final WindowsProfile WINDOWS_XP_X64 = WindowsProfile.builder("Windows XP (x64)", Abi.X64).build();
    static final WindowsProfile WINDOWS_VISTA_X86 =
            vistaAndLater("Windows Vista (x86)", Abi.X86, RasConnStatusVersion.V401);
    static final WindowsProfile WINDOWS_VISTA_X64 =
            vistaAndLater("Windows Vista (x64)", Abi.X64, RasConnStatusVersion.V401);
    static final WindowsProfile WINDOWS_7_X86 =
            vistaAndLater("Windows 7 (x86)", Abi.X86, RasConnStatusVersion.V601);
    static final WindowsProfile WINDOWS_7_X64 =
            vistaAndLater("Windows 7 (x64)", Abi.X64, RasConnStatusVersion.V601);
    static final WindowsProfile WINDOWS_10_X86 =
            vistaAndLater("Windows 10 (x86)", Abi.X86, RasConnStatusVersion.V601);
    static final WindowsProfile WINDOWS_10_X64 =
            vistaAndLater("Windows 10 (x64)", Abi.X64, RasConnStatusVersion.V601);
    static final WindowsProfile WINDOWS_11_X64 =
            vistaAndLater("Windows 11 (x64)", Abi.X64, RasConnStatusVersion.V601);

    static final List<WindowsProfile> ALL = List.of(WINDOWS_95, WINDOWS_98, WINDOWS_ME, NT4, WINDOWS_2000,
            WINDOWS_XP_X86, WINDOWS_XP_X64, WINDOWS_VISTA_X86, WINDOWS_VISTA_X64, WINDOWS_7_X86, WINDOWS_7_X64,
            WINDOWS_10_X86, WINDOWS_10_X64, WINDOWS_11_X64);
}
