package org.ras4j.conformance;

import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;

/**
 * One deliberately broken backend of the kit's self-test: the simulator with one mistake a real
 * backend author could make (the javadoc of its factory method in {@link BrokenBackends} and the
 * family files names it), and the requirements that must reject it.
 *
 * @param name       a stable name, the factory method's
 * @param profile    the profile the backend declares
 * @param simulated  the profile the simulator behind it behaves as (the declared one unless the mistake is
 *                   behaving as another Windows)
 * @param wrapper    the backend under test, made from the simulator
 * @param rejectedBy the requirement ids that must fail for it
 */
record Broken(String name, WindowsProfile profile, WindowsProfile simulated,
        Function<SimulatedRas, RasBackend> wrapper, Set<String> rejectedBy) {

    /** A broken backend over a simulator of the profile it declares. */
    static Broken of(String name, WindowsProfile profile, Function<SimulatedRas, RasBackend> wrapper,
            String... rejectedBy) {
        return new Broken(name, profile, profile, wrapper, Set.of(rejectedBy));
    }

    /**
     * A broken backend that is the simulator of another Windows: {@code declared} changed by {@code change},
     * while it declares {@code declared} itself.
     */
    static Broken behavingAs(String name, WindowsProfile declared, UnaryOperator<WindowsProfile.Builder> change,
            String... rejectedBy) {
        return new Broken(name, declared, change.apply(declared.toBuilder()).build(), sim -> sim, Set.of(rejectedBy));
    }

    /** {@return the Launcher subject: a fresh broken backend for every test, driven by a fixture} */
    Subject subject() {
        return new Subject(name, profile, simulated, wrapper, true, 0);
    }

    @Override
    public String toString() {
        return name + " (" + profile.name() + ")";
    }
}
