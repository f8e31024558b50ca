package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.sim.Negotiation;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;

/**
 * A backend author's build stays quiet when the kit passes: the whole contract, run through the
 * JUnit Platform Launcher with jqwik's defaults set explicitly (its result report for every
 * successful property, edge cases mixed in) and nothing else configured, prints nothing to
 * standard output or error and logs nothing through {@code java.util.logging}. A plain jqwik
 * property run the same way does print, which shows that the capture sees jqwik's output.
 */
class QuietRunTest {

    /**
     * The contract over a Windows 10 x64 simulator with two connections, one of which negotiated
     * PPP IP, and no fixture: as on a real machine.
     */
    static final class SimulatorContract extends RasBackendContract {
        private final SimulatedRas sim = SimulatedRas.builder(WindowsProfile.windows10x64()).build();

        SimulatorContract() {
            RasHandle vpn = sim.connect(RasConnection.builder(RasHandle.NULL, "Office VPN").deviceType("vpn")
                    .deviceName("WAN Miniport (SSTP)").build());
            sim.setNegotiation(vpn, Negotiation.ppp((Inet4Address) address(10, 8, 0, 6), (Inet4Address) address(10, 8, 0, 1))
                    .withIpv6((Inet6Address) address(0xfe80, 0x0211_22ff, 0xfe33_4455), (Inet6Address) address(0xfe80, 0, 1)));
            sim.connect(RasConnection.builder(RasHandle.NULL, "B\u00fcro").deviceType("vpn").build());
        }

        private static InetAddress address(int a, int b, int c, int d) {
            return address(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        }

        /** The IPv6 address with {@code prefix} in its first 16 bits and {@code high}, {@code low} in its last 64. */
        private static InetAddress address(int prefix, int high, int low) {
            return address(ByteBuffer.allocate(16).putShort((short) prefix).putInt(8, high).putInt(12, low).array());
        }

        private static InetAddress address(byte[] bytes) {
            try {
                return InetAddress.getByAddress(bytes);
            } catch (UnknownHostException impossible) {
                throw new AssertionError(impossible);
            }
        }

        @Override
        protected RasBackend backend() {
            return sim;
        }

        @Override
        protected WindowsProfile profile() {
            return sim.profile();
        }
    }

    /** A property as jqwik's users write it: reported when it passes, unless jqwik is configured. */
    static final class PlainProperty {
        @Property(tries = 10)
        void anyInt(@ForAll int value) {
            assertEquals(value, value);
        }
    }

    /** What one launcher run printed, logged and passed. */
    record Run(String printed, List<String> logged, List<String> passed, List<String> failed) {
    }

    private static Run run(Class<?> testClass) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(testClass))
                .enableImplicitConfigurationParameters(false)
                .configurationParameter("jqwik.reporting.onlyfailures", "false")
                .configurationParameter("jqwik.reporting.usejunitplatform", "false")
                .configurationParameter("jqwik.edgecases.default", "MIXIN")
                .build();
        List<String> passed = Collections.synchronizedList(new ArrayList<>());
        List<String> failed = Collections.synchronizedList(new ArrayList<>());
        List<String> logged = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.INFO.intValue()) {
                    logged.add(record.getLoggerName() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try (PrintStream both = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(both);
            System.setErr(both);
            LauncherFactory.create().execute(request, new TestExecutionListener() {
                @Override
                public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                    if (test.isTest() && result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                        passed.add(test.getDisplayName());
                    } else if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                        failed.add(test.getDisplayName() + ": " + result.getThrowable().orElse(null));
                    }
                }
            });
        } finally {
            System.setOut(out);
            System.setErr(err);
            root.removeHandler(capture);
        }
        return new Run(printed.toString(StandardCharsets.UTF_8), List.copyOf(logged), List.copyOf(passed),
                List.copyOf(failed));
    }

    @Test
    @DisplayName("the whole contract over a conforming backend passes and prints and logs nothing, with jqwik unconfigured")
    void aPassingRunIsQuiet() {
        Run run = run(SimulatorContract.class);
        assertEquals(List.of(), run.failed());
        // the properties, and requirements that run on the connections that exist
        for (String property : List.of("ENUM-30", "ENUM-31", "STAT-11", "GEN-04", "STAT-07", "STAT-13", "ENUM-20",
                "ENUM-22", "ENUM-23", "ENUM-35", "PROJ-01", "PROJ-02", "PROJ-03", "PROJ-04", "PROJ-07", "PROJ-10",
                "PROJ-12", "PROJ-13")) {
            assertTrue(run.passed().stream().anyMatch(name -> name.startsWith(property)), property + " ran and passed: "
                    + run.passed());
        }
        assertEquals("", run.printed(), "printed to standard output or error");
        assertEquals(List.of(), run.logged(), "logged through java.util.logging");
    }

    @Test
    @DisplayName("a plain jqwik property run the same way prints its report: the capture sees jqwik's output")
    void aPlainPropertyIsReported() {
        Run run = run(PlainProperty.class);
        assertEquals(List.of(), run.failed());
        assertTrue(run.printed().contains("tries = 10"), "jqwik's report of a passing property: " + run.printed());
    }

    @Test
    @DisplayName("GEN-04 fails, naming the properties and the dependency, where the jqwik engine cannot be loaded")
    void missingJqwikEngineIsNamed() {
        ClassLoader withoutJqwik = ClassLoader.getPlatformClassLoader();
        String why = GeneralRequirements.jqwikEngineMissing(withoutJqwik).orElseThrow();
        assertTrue(why.startsWith("the jqwik engine is not on the test class path: ENUM-30, ENUM-31 and STAT-11 did not run; "
                + "add net.jqwik:jqwik 1.9.3 as a test dependency"), why);
        assertEquals(java.util.Optional.empty(), GeneralRequirements.jqwikEngineMissing(QuietRunTest.class.getClassLoader()));
    }
}
