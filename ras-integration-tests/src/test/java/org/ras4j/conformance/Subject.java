package org.ras4j.conformance;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.tck.TckFixture;

/**
 * What one Launcher run of the kit is against ({@link ContractRun#of(Subject)}): for every test, a
 * fresh simulator of {@code simulated}, seen through {@code wrapper} and declared as
 * {@code declared}; driven by a {@link SimFixture}, or standing with {@code standing} connections
 * that nobody changes (as on a real Windows box).
 *
 * @param name      what the run is called in failure messages
 * @param declared  the profile the backend declares to the kit
 * @param simulated the profile the simulator behind it behaves as
 * @param wrapper   the backend under test, made from the simulator
 * @param driven    whether a {@link SimFixture} drives the simulator
 * @param standing  the connections an undriven simulator holds
 */
record Subject(String name, WindowsProfile declared, WindowsProfile simulated,
        Function<SimulatedRas, RasBackend> wrapper, boolean driven, int standing) {

    /** The unmodified simulator of {@code profile}, driven by a fixture. */
    static Subject simulator(WindowsProfile profile) {
        return new Subject(profile.name(), profile, profile, sim -> sim, true, 0);
    }

    /** The unmodified simulator of {@code profile} holding {@code standing} connections, without a fixture. */
    static Subject undriven(WindowsProfile profile, int standing) {
        return new Subject(profile.name() + " without a fixture, " + standing + " connection(s)", profile, profile,
                sim -> sim, false, standing);
    }

    /** {@return the {@code i}th connection that stands on an undriven simulator, as on a real Windows box} */
    static RasConnection standingConnection(int i) {
        return RasConnection.builder(RasHandle.NULL, "Office " + i).deviceType("vpn").deviceName("WAN Miniport (SSTP)")
                .build();
    }

    /** {@return a fresh simulator, the backend under test made from it, and the fixture, if driven} */
    Instance instantiate() {
        AtomicLong clock = new AtomicLong();
        SimulatedRas sim = SimFixture.simulator(simulated, clock);
        for (int i = 0; i < standing; i++) {
            sim.connect(standingConnection(i));
        }
        Optional<TckFixture> fixture = driven ? Optional.of(SimFixture.of(sim, clock)) : Optional.empty();
        return new Instance(wrapper.apply(sim), fixture);
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * One test's backend and fixture.
     *
     * @param backend the backend under test
     * @param fixture the fixture driving the simulator behind it, if the subject is driven
     */
    record Instance(RasBackend backend, Optional<TckFixture> fixture) {
    }
}
