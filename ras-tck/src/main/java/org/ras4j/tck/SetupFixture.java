package org.ras4j.tck;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.ras4j.ConnectionState;
import org.ras4j.RasHandle;

/**
 * The fixture as the requirements use it: every call is a step of the requirement's setup
 * ({@link Harness#setup(String, java.util.function.Supplier)}), so that a fixture (or a backend)
 * that cannot make the state a requirement needs is reported as {@code setup of … failed}, naming
 * the call, and not as the requirement under test.
 */
final class SetupFixture implements TckFixture {
    private final TckFixture fixture;
    private final Harness h;

    SetupFixture(TckFixture fixture, Harness harness) {
        this.fixture = fixture;
        this.h = harness;
    }

    @Override
    public Set<TckFeature> features() {
        return fixture.features();
    }

    @Override
    public void reset() {
        h.setup("the fixture's reset()", fixture::reset);
    }

    @Override
    public RasHandle connect(ConnectionSpec spec) {
        return h.setup("the fixture could not connect \"" + spec.entryName() + "\"", () -> fixture.connect(spec));
    }

    @Override
    public RasHandle dial(ConnectionSpec spec, ConnectionState state) {
        return h.setup("the fixture could not dial \"" + spec.entryName() + "\" to " + state,
                () -> fixture.dial(spec, state));
    }

    @Override
    public void drop(RasHandle handle, int reason) {
        h.setup("the fixture could not drop " + handle, () -> fixture.drop(handle, reason));
    }

    @Override
    public void hangUp(RasHandle handle) {
        h.setup("the fixture could not hang up " + handle, () -> fixture.hangUp(handle));
    }

    @Override
    public List<RasHandle> connectMultilink(ConnectionSpec spec, int links) {
        return h.setup("the fixture could not connect \"" + spec.entryName() + "\" with " + links + " links",
                () -> fixture.connectMultilink(spec, links));
    }

    @Override
    public void stopService() {
        h.setup("the fixture could not stop the RAS service", fixture::stopService);
    }

    @Override
    public void traffic(RasHandle handle, TrafficSpec spec) {
        h.setup("the fixture could not script traffic on " + handle, () -> fixture.traffic(handle, spec));
    }

    @Override
    public void advanceClock(Duration by) {
        h.setup("the fixture could not move its clock", () -> fixture.advanceClock(by));
    }

    @Override
    public void negotiate(RasHandle handle, NegotiationSpec spec) {
        h.setup("the fixture could not script the negotiation of " + handle, () -> fixture.negotiate(handle, spec));
    }
}
