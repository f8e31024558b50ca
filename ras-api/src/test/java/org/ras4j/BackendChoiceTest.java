package org.ras4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.RasBackendProvider;

/** How {@link RasBackends#best()} (behind {@link RasClient#create()}) chooses, with its inputs given. */
class BackendChoiceTest {
    private final Recorder log = new Recorder();
    private final AtomicBoolean warned = new AtomicBoolean();

    /** A backend that answers nothing; only its identity matters here. */
    private static final class Dummy implements RasBackend {
        @Override
        public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef lpcConnections) {
            return 0;
        }

        @Override
        public int getConnectStatus(RasCharset charset, RasHandle handle, ByteBuffer status) {
            return 6;
        }

        @Override
        public Abi abi() {
            return Abi.X64;
        }
    }

    private record Provider(String name, boolean isSupported, int priority, boolean isSimulator,
                            Supplier<RasBackend> factory, int[] created) implements RasBackendProvider {
        static Provider of(String name, boolean supported, int priority, boolean simulator, Supplier<RasBackend> factory) {
            return new Provider(name, supported, priority, simulator, factory, new int[1]);
        }

        @Override
        public RasBackend create() {
            created[0]++;
            return factory.get();
        }
    }

    /** The records a {@link System.Logger} was given. */
    private static final class Recorder implements System.Logger {
        final List<String> records = new ArrayList<>();

        @Override
        public String getName() {
            return "recorder";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            records.add(level + " " + msg);
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            records.add(level + " " + format);
        }
    }

    private final RasBackend nativeBackend = new Dummy();
    private final RasBackend simBackend = new Dummy();
    private final Provider nativeOk = Provider.of("native", true, 100, false, () -> nativeBackend);
    private final Provider nativeMissing = Provider.of("native", false, 100, false, () -> nativeBackend);
    private final Provider nativeBroken = Provider.of("native", true, 100, false, () -> {
        throw new IllegalStateException("cannot load the rasapi32 library C:\\Windows\\System32\\rasapi32.dll");
    });
    private final Provider sim = Provider.of("sim", true, -100, true, () -> simBackend);

    private RasBackend choose(String named, boolean windows, Provider... providers) {
        return RasBackends.choose(List.of(providers), named, windows ? "Windows 11" : "Linux", windows, log, warned);
    }

    @Test
    @DisplayName("on Windows the native backend is chosen, without a word")
    void windowsTakesNative() {
        assertSame(nativeBackend, choose(null, true, nativeOk, sim));
        assertEquals(List.of(), log.records);
        assertEquals(0, sim.created()[0]);
    }

    @Test
    @DisplayName("on Windows a native backend that fails to load is an exception naming the cause, never the simulator")
    void windowsNativeFailureIsAnException() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> choose(null, true, nativeBroken, sim));
        assertTrue(e.getMessage().startsWith("the RAS backend 'native' ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("cannot be created: cannot load the rasapi32 library"
                + " C:\\Windows\\System32\\rasapi32.dll"), e.getMessage());
        assertEquals(IllegalStateException.class, e.getCause().getClass());
        assertEquals(0, sim.created()[0], "the simulator is not even created");
    }

    @Test
    @DisplayName("on Windows without a native backend there is no simulator fallback")
    void windowsWithoutNativeIsAnException() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> choose(null, true, nativeMissing, sim));
        assertTrue(e.getMessage().startsWith("no native RAS backend on Windows 11: put ras-native-jna on the class path"),
                e.getMessage());
        assertEquals(0, sim.created()[0]);
    }

    @Test
    @DisplayName("off Windows, where no native backend is supported, the simulator with one WARNING per JVM")
    void offWindowsTheSimulatorWithOneWarning() {
        assertSame(simBackend, choose(null, false, nativeMissing, sim));
        assertSame(simBackend, choose(null, false, nativeMissing, sim));
        assertEquals(1, log.records.size(), log.records.toString());
        String warning = log.records.get(0);
        assertTrue(warning.startsWith("WARNING RasClient.create(): no native RAS on Linux; using the simulator 'sim' ("),
                warning);
        assertTrue(warning.contains("simulated, not real"), warning);
    }

    @Test
    @DisplayName("off Windows a supported native backend (a library named by property) wins, and its failure is no fallback")
    void offWindowsASupportedNativeBackendIsNoFallback() {
        assertSame(nativeBackend, choose(null, false, nativeOk, sim));
        assertThrows(IllegalStateException.class, () -> choose(null, false, nativeBroken, sim));
        assertEquals(0, sim.created()[0]);
        assertEquals(List.of(), log.records);
    }

    @Test
    @DisplayName("ras4j.backend names a provider: the simulator even on Windows, without a warning")
    void thePropertyNamesTheProvider() {
        assertSame(simBackend, choose("sim", true, nativeOk, sim));
        assertSame(nativeBackend, choose(" native ", false, nativeOk, sim));
        assertEquals(List.of(), log.records);
    }

    @Test
    @DisplayName("ras4j.backend naming nothing, or something unsupported here, is an exception saying so")
    void thePropertyMustNameASupportedProvider() {
        IllegalStateException unknown = assertThrows(IllegalStateException.class,
                () -> choose("pigeon", false, nativeOk, sim));
        assertEquals("-Dras4j.backend=pigeon names no RAS backend; found [native, sim]", unknown.getMessage());
        IllegalStateException unsupported = assertThrows(IllegalStateException.class,
                () -> choose("native", false, nativeMissing, sim));
        assertEquals("the RAS backend 'native' that -Dras4j.backend names is not supported on Linux",
                unsupported.getMessage());
    }

    @Test
    @DisplayName("with no provider at all, an exception says what to add")
    void noProviderAtAll() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> choose(null, false));
        assertTrue(e.getMessage().startsWith("no RAS backend on Linux: add ras-native-jna"), e.getMessage());
    }
}
