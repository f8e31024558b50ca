package org.ras4j.conformance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ras4j.ConnectionState;
import org.ras4j.RasHandle;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.sim.StatusDetails;
import org.ras4j.tck.ConnectionSpec;
import org.ras4j.tck.TckFeature;
import org.ras4j.tck.TckFixture;

/**
 * The TCK fixture over a {@link SimulatedRas}: every {@link TckFeature}, each mapped to the
 * simulator's own scripting call. A {@link ConnectionSpec} becomes the simulator's connection
 * attributes (its {@code RASCONN} members) and {@link StatusDetails} (its {@code RASCONNSTATUS}
 * members).
 */
public final class SimFixture implements TckFixture {
    private final SimulatedRas sim;

    private SimFixture(SimulatedRas sim) {
        this.sim = sim;
    }

    /** A fixture driving {@code sim}. */
    public static SimFixture of(SimulatedRas sim) {
        return new SimFixture(Objects.requireNonNull(sim, "sim"));
    }

    @Override
    public Set<TckFeature> features() {
        return EnumSet.allOf(TckFeature.class);
    }

    @Override
    public void reset() {
        if (!sim.isServiceRunning()) {
            sim.startService();
        }
        sim.hangUpAll();
    }

    @Override
    public RasHandle connect(ConnectionSpec spec) {
        return sim.connect(spec.toConnection(RasHandle.NULL), details(spec));
    }

    @Override
    public RasHandle dial(ConnectionSpec spec, ConnectionState state) {
        return sim.dial(spec.toConnection(RasHandle.NULL), details(spec), state);
    }

    @Override
    public void drop(RasHandle handle, int reason) {
        sim.drop(handle, reason);
    }

    @Override
    public void hangUp(RasHandle handle) {
        sim.hangUp(handle);
    }

    @Override
    public List<RasHandle> connectMultilink(ConnectionSpec spec, int links) {
        RasHandle handle = sim.connectMultilink(spec.toConnection(RasHandle.NULL), details(spec), links);
        List<RasHandle> handles = new ArrayList<>();
        handles.add(handle);
        handles.addAll(sim.connection(handle).orElseThrow().subEntryHandles());
        return handles;
    }

    @Override
    public void stopService() {
        sim.stopService();
    }

    private static StatusDetails details(ConnectionSpec spec) {
        return new StatusDetails(spec.phoneNumber(), spec.localEndPoint(), spec.remoteEndPoint(), spec.subState());
    }
}
