package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;

/**
 * Traceability: every test the two contracts declare (JUnit and jqwik) is named after a
 * requirement id, and {@code REQUIREMENTS.md} lists exactly the ids the tests use. Only discovery
 * runs; no backend is called.
 */
class RequirementIdsTest {
    private static final Pattern ID = Pattern.compile("(GEN|ENUM|STATS|STAT|CLIENT|PROJ|NOTIFY|WATCH)-\\d\\d");
    private static final Pattern ROW = Pattern.compile("^\\| ((?:GEN|ENUM|STATS|STAT|CLIENT|PROJ|NOTIFY|WATCH)-\\d\\d) \\|", Pattern.MULTILINE);

    /** A contract to discover; never executed. */
    static final class DiscoveredBackendContract extends RasBackendContract {
        @Override
        protected RasBackend backend() {
            throw new UnsupportedOperationException("discovery only");
        }

        @Override
        protected WindowsProfile profile() {
            return WindowsProfile.windows10x64();
        }
    }

    /** A contract to discover; never executed. */
    static final class DiscoveredClientContract extends RasClientContract {
        @Override
        protected RasBackend backend() {
            throw new UnsupportedOperationException("discovery only");
        }

        @Override
        protected WindowsProfile profile() {
            return WindowsProfile.windows10x64();
        }
    }

    private static List<String> testNames() {
        TestPlan plan = LauncherFactory.create().discover(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(DiscoveredBackendContract.class), selectClass(DiscoveredClientContract.class))
                .build());
        List<String> names = new ArrayList<>();
        for (TestIdentifier root : plan.getRoots()) {
            collect(plan, root, names);
        }
        return names;
    }

    /** The display names of the test methods (a parameterised test is a container before it runs). */
    private static void collect(TestPlan plan, TestIdentifier node, List<String> names) {
        boolean method = node.getSource().map(s -> s instanceof MethodSource).orElse(false);
        if (method) {
            names.add(node.getDisplayName());
            return;
        }
        for (TestIdentifier child : plan.getChildren(node)) {
            collect(plan, child, names);
        }
    }

    @Test
    @DisplayName("every test of both contracts starts with a requirement id, used once")
    void everyTestStartsWithAnId() {
        List<String> names = testNames();
        assertTrue(names.size() > 40, "discovered " + names);
        Set<String> ids = new TreeSet<>();
        for (String name : names) {
            Matcher m = ID.matcher(name);
            assertTrue(m.lookingAt(), "no requirement id at the start of \"" + name + "\"");
            assertTrue(ids.add(m.group()), m.group() + " names two tests");
        }
    }

    @Test
    @DisplayName("REQUIREMENTS.md lists exactly the ids the tests use")
    void requirementsTableMatchesTheTests() throws IOException {
        Set<String> tested = new TreeSet<>();
        for (String name : testNames()) {
            Matcher m = ID.matcher(name);
            if (m.lookingAt()) {
                tested.add(m.group());
            }
        }
        Set<String> documented = new TreeSet<>();
        Matcher rows = ROW.matcher(Files.readString(Path.of("REQUIREMENTS.md")));
        while (rows.find()) {
            documented.add(rows.group(1));
        }
        assertEquals(tested, documented);
    }
}
