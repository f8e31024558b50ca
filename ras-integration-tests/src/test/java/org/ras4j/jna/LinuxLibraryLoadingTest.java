package org.ras4j.jna;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.ras4j.RasBackends;
import org.ras4j.spi.RasBackend;

/**
 * The Linux twin of the Windows hijacking test: the library named by {@code ras4j.rasapi32.library}
 * is the one loaded, and nothing else is, although look-alikes sit in the working directory and on
 * {@code jna.library.path}. What the process has mapped is read from {@code /proc/self/maps}.
 */
@EnabledOnOs(OS.LINUX)
class LinuxLibraryLoadingTest {

    private static String mappedFiles() throws IOException {
        return Files.readString(Path.of("/proc/self/maps"));
    }

    private static void assertNoneMapped(List<Path> planted) throws IOException {
        String maps = mappedFiles();
        for (Path p : planted) {
            assertFalse(maps.contains(p.toString()), p + " must never be mapped into the process");
        }
    }

    @Test
    void thePropertyNamesTheLibraryThatIsLoadedAndNoLookAlikeIsMapped() throws IOException {
        Path standIn = StandIn.library();
        List<Path> planted = Planted.plant(standIn);
        Planted.withProperty(Rasapi32Library.LIBRARY_PROPERTY, standIn.toString(), () -> {
            JnaRasBackend backend = JnaRasBackend.load();
            assertEquals(standIn, backend.library());
        });
        assertTrue(mappedFiles().contains(standIn.toString()), "the stand-in is mapped");
        assertNoneMapped(planted);
    }

    @Test
    void withoutThePropertyNothingIsLoadedOnLinuxThoughLookAlikesAreOnTheSearchPath() throws IOException {
        List<Path> planted = Planted.plant(StandIn.library());
        Planted.withProperty(Rasapi32Library.LIBRARY_PROPERTY, null, () -> {
            IllegalStateException e = assertThrows(IllegalStateException.class, JnaRasBackend::load);
            assertTrue(e.getMessage().contains(Rasapi32Library.LIBRARY_PROPERTY), e.getMessage());
            assertFalse(new JnaRasBackendProvider().isSupported());
        });
        assertNoneMapped(planted);
    }

    @Test
    void aRelativePropertyIsRefusedRatherThanSearchedFor() throws IOException {
        List<Path> planted = Planted.plant(StandIn.library());
        Planted.withProperty(Rasapi32Library.LIBRARY_PROPERTY, "librasapi32.so", () -> {
            IllegalStateException e = assertThrows(IllegalStateException.class, JnaRasBackend::load);
            assertTrue(e.getMessage().contains("absolute") && e.getMessage().contains("'librasapi32.so'"),
                    e.getMessage());
        });
        assertNoneMapped(planted);
    }

    @Test
    void serviceLoaderFindsTheNativeBackendWhenThePropertyIsSet() {
        Path standIn = StandIn.library();
        Planted.withProperty(Rasapi32Library.LIBRARY_PROPERTY, standIn.toString(), () -> {
            RasBackend backend = RasBackends.named(JnaRasBackendProvider.NAME);
            assertEquals(standIn, ((JnaRasBackend) backend).library());
        });
    }
}
