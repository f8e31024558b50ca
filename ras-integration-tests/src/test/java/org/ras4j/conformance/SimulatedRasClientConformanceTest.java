package org.ras4j.conformance;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.tck.RasClientContract;
import org.ras4j.tck.TckFixture;

/** {@code RasClientContract} over {@link SimulatedRas}, for every ready-made {@link WindowsProfile}. */
@ParameterizedClass(name = "{0}")
@MethodSource("profiles")
class SimulatedRasClientConformanceTest extends RasClientContract {
    @Parameter
    WindowsProfile profile;

    private SimulatedRas sim;

    static List<WindowsProfile> profiles() {
        return WindowsProfile.all();
    }

    private SimulatedRas sim() {
        if (sim == null) {
            sim = SimulatedRas.builder(profile).build();
        }
        return sim;
    }

    @Override
    protected RasBackend backend() {
        return sim();
    }

    @Override
    protected WindowsProfile profile() {
        return profile;
    }

    @Override
    protected Optional<TckFixture> fixture() {
        return Optional.of(SimFixture.of(sim()));
    }
}
