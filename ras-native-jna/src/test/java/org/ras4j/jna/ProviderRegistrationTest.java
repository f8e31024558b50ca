package org.ras4j.jna;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ras4j.RasBackends;
import org.ras4j.spi.RasBackendProvider;

/** {@link JnaRasBackendProvider} is found on the class path and on the module path. */
class ProviderRegistrationTest {

    @Test
    void theClassPathServiceFileOffersTheNativeProviderWithPriority100() {
        List<RasBackendProvider> found = RasBackends.providers().stream()
                .filter(p -> p instanceof JnaRasBackendProvider).toList();
        assertEquals(1, found.size(), "META-INF/services registers JnaRasBackendProvider once");
        assertEquals(List.of("native", 100), List.of(found.get(0).name(), found.get(0).priority()));
    }

    @Test
    void theModuleDescriptorProvidesTheBackendAndExportsThePackage() throws IOException, URISyntaxException {
        Path classes = Path.of(JnaRasBackend.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertEquals("org.ras4j.jna", descriptor.name());
        assertTrue(descriptor.provides().stream().anyMatch(p -> p.service().equals(RasBackendProvider.class.getName())
                && p.providers().equals(List.of(JnaRasBackendProvider.class.getName()))), descriptor.toString());
        assertTrue(descriptor.exports().stream().anyMatch(e -> e.source().equals("org.ras4j.jna") && !e.isQualified()),
                descriptor.toString());
        assertTrue(descriptor.requires().stream().map(ModuleDescriptor.Requires::name).toList()
                .containsAll(Set.of("org.ras4j.api", "com.sun.jna")), descriptor.toString());
    }
}
