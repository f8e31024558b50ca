package org.ras4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ras4j.spi.WindowsProfile;

/**
 * No false alarm: the unmodified simulator of every ready-made profile passes the whole kit (both
 * contracts, both engines) run with the Launcher as the broken backends are, driven by a fixture and
 * without one (no connection, three connections); and the jqwik engine ran the kit's properties.
 */
class SimulatedRasNoFalseAlarmTest {

    static List<Subject> subjects() {
        List<Subject> subjects = new ArrayList<>();
        for (WindowsProfile profile : WindowsProfile.all()) {
            subjects.add(Subject.simulator(profile));
            subjects.add(Subject.undriven(profile, 0));
            subjects.add(Subject.undriven(profile, 3));
        }
        return subjects;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("subjects")
    @DisplayName("the unmodified simulator fails no requirement, and the jqwik engine ran the properties")
    void passes(Subject subject) {
        ContractRun run = ContractRun.of(subject);
        assertEquals(List.of(), run.failed(), subject.name());
        assertTrue(run.ranBy(ContractRun.JQWIK).containsAll(BrokenBackendsTest.PROPERTIES),
                subject.name() + ": the jqwik engine ran " + run.ranBy(ContractRun.JQWIK));
        assertTrue(run.succeeded() >= 40, subject.name() + ": " + run.succeeded() + " tests passed");
        assertEquals(List.of(), run.outcomes().stream().filter(o -> o.family() == null).map(o -> o.displayName())
                .toList(),
                "every test of the kit carries an id with a row in ras-tck/REQUIREMENTS.md");
    }
}
