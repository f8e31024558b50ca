package org.ras4j.spi;

import java.util.EnumSet;
import java.util.List;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasConnStatusVersion;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.codec.RasPppIpVersion;
import org.ras4j.spi.WindowsProfile.SizeQuery;

/**
 * The ready-made {@link WindowsProfile}s, each built once from the builder's Windows XP facts by
 * stating only where it differs (docs/contract.md, "The profiles").
 */
final class KnownProfiles {
    private KnownProfiles() {
    }

    private static EnumSet<RasConnVersion> conn(RasConnVersion newest) {
        return EnumSet.range(RasConnVersion.V351, newest);
    }

    private static EnumSet<RasConnStatusVersion> status(RasConnStatusVersion newest) {
        return EnumSet.range(RasConnStatusVersion.V351, newest);
    }

    /** Before Windows 2000: no statistics functions, {@code RASPPPIP} without the 0x500 options. */
    private static final EnumSet<RasPppIpVersion> PPP_IP_BEFORE_2000 =
            EnumSet.range(RasPppIpVersion.V350, RasPppIpVersion.V351);

    private static WindowsProfile nineX(String name, RasConnVersion newest, RasConnStatusVersion newestStatus) {
        return WindowsProfile.builder(name, Abi.X86)
                .connVersions(conn(newest))
                .statusVersions(status(newestStatus))
                .dialingIsListed(true)
                .statistics(false)
                .pppIpVersions(PPP_IP_BEFORE_2000)
                .build();
    }

    private static WindowsProfile vistaAndLater(String name, Abi abi, RasConnStatusVersion newestStatus) {
        return WindowsProfile.builder(name, abi)
                .connVersions(conn(RasConnVersion.V600))
                .statusVersions(status(newestStatus))
                .sizeQuery(SizeQuery.NULL_BUFFER_REPORTS_SIZE)
                .ownerFlags(true)
                .pppIpv6(true)
                .build();
    }

    /** Windows 7 and later: as Vista, with the Windows 7 {@code RASCONNSTATUS} and {@code RasGetProjectionInfoEx}. */
    private static WindowsProfile sevenAndLater(String name, Abi abi) {
        return vistaAndLater(name, abi, RasConnStatusVersion.V601).toBuilder().projectionInfoEx(true).build();
    }

    static final WindowsProfile WINDOWS_95_X86 =
            nineX("Windows 95 (x86)", RasConnVersion.V400, RasConnStatusVersion.V400);
    static final WindowsProfile WINDOWS_98_X86 =
            nineX("Windows 98 (x86)", RasConnVersion.V401, RasConnStatusVersion.V401);
    static final WindowsProfile WINDOWS_ME_X86 =
            nineX("Windows Me (x86)", RasConnVersion.V401, RasConnStatusVersion.V401);
    static final WindowsProfile WINDOWS_NT4_X86 = WindowsProfile.builder("Windows NT 4 (x86)", Abi.X86)
            .connVersions(conn(RasConnVersion.V401))
            .statistics(false)
            .pppIpVersions(PPP_IP_BEFORE_2000)
            .build();
    static final WindowsProfile WINDOWS_2000_X86 = WindowsProfile.builder("Windows 2000 (x86)", Abi.X86)
            .connVersions(conn(RasConnVersion.V500))
            .build();
    static final WindowsProfile WINDOWS_XP_X86 = WindowsProfile.builder("Windows XP (x86)", Abi.X86).build();
    static final WindowsProfile WINDOWS_XP_X64 = WindowsProfile.builder("Windows XP (x64)", Abi.X64).build();
    static final WindowsProfile WINDOWS_VISTA_X86 =
            vistaAndLater("Windows Vista (x86)", Abi.X86, RasConnStatusVersion.V401);
    static final WindowsProfile WINDOWS_VISTA_X64 =
            vistaAndLater("Windows Vista (x64)", Abi.X64, RasConnStatusVersion.V401);
    static final WindowsProfile WINDOWS_7_X86 =
            sevenAndLater("Windows 7 (x86)", Abi.X86);
    static final WindowsProfile WINDOWS_7_X64 =
            sevenAndLater("Windows 7 (x64)", Abi.X64);
    static final WindowsProfile WINDOWS_10_X86 =
            sevenAndLater("Windows 10 (x86)", Abi.X86);
    static final WindowsProfile WINDOWS_10_X64 =
            sevenAndLater("Windows 10 (x64)", Abi.X64);
    static final WindowsProfile WINDOWS_11_X64 =
            sevenAndLater("Windows 11 (x64)", Abi.X64);

    static final List<WindowsProfile> ALL = List.of(WINDOWS_95_X86, WINDOWS_98_X86, WINDOWS_ME_X86, WINDOWS_NT4_X86,
            WINDOWS_2000_X86, WINDOWS_XP_X86, WINDOWS_XP_X64, WINDOWS_VISTA_X86, WINDOWS_VISTA_X64, WINDOWS_7_X86,
            WINDOWS_7_X64, WINDOWS_10_X86, WINDOWS_10_X64, WINDOWS_11_X64);
}
