package org.ras4j.jna;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.platform.win32.Kernel32;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * On Windows, a {@code rasapi32.dll} planted in the working directory and on
 * {@code jna.library.path} is not the one loaded: the genuine one in the system directory is
 * (DLL search-order hijacking). Which modules the process holds is asked of
 * {@code GetModuleHandleW} by full path.
 */
@EnabledOnOs(OS.WINDOWS)
class WindowsLibraryLoadingTest {

    @Test
    void aPlantedRasapi32IsNotLoadedTheSystemOneIs() {
        Path genuine = SystemDirectory.find().resolve(Rasapi32Library.DLL_NAME);
        // A real DLL that lacks the RAS functions: loading it by mistake would fail the export check too.
        List<Path> planted = Planted.plant(SystemDirectory.find().resolve("version.dll"));
        Planted.withProperty(Rasapi32Library.LIBRARY_PROPERTY, null, () -> {
            JnaRasBackend backend = JnaRasBackend.load();
            assertEquals(genuine, backend.library());
            assertEquals(genuine, Rasapi32Library.defaultPath());
            assertTrue(new JnaRasBackendProvider().isSupported());
        });
        assertNotNull(Kernel32.INSTANCE.GetModuleHandle(genuine.toString()), genuine + " is loaded");
        for (Path p : planted) {
            assertNull(Kernel32.INSTANCE.GetModuleHandle(p.toString()), p + " must never be loaded");
        }
    }
}
