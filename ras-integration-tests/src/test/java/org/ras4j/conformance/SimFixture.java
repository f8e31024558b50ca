package org.ras4j.conformance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.ras4j.ConnectionState;
import org.ras4j.RasHandle;
import org.ras4j.sim.Negotiation;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.sim.StatusDetails;
import org.ras4j.sim.Traffic;
import org.ras4j.tck.ConnectionSpec;
import org.ras4j.tck.NegotiationSpec;
import org.ras4j.tck.TrafficSpec;
import org.ras4j.tck.TckFeature;
import org.ras4j.tck.TckFixture;

/**
 * The TCK fixture over a {@link SimulatedRas}: every {@link TckFeature}, each mapped to the
 * simulator's own scripting call. A {@link ConnectionSpec} becomes the simulator's connection
 * attributes (its {@code RASCONN} members) and {@link StatusDetails} (its {@code RASCONNSTATUS}
 * members). With the clock the simulator was built on ({@link #of(SimulatedRas, AtomicLong)}) it also
 * scripts traffic ({@link TckFeature#TRAFFIC}); a {@link NegotiationSpec} becomes a {@link Negotiation}.
 */
public final class SimFixture implements TckFixture {
    private final SimulatedRas sim;
    private final AtomicLong clock;

    private SimFixture(SimulatedRas sim, AtomicLong clock) {
        this.sim = sim;
        this.clock = clock;
    }

    /** A fixture driving {@code sim}, whose clock it cannot move: every feature but {@link TckFeature#TRAFFIC}. */
    public static SimFixture of(SimulatedRas sim) {
        return new SimFixture(Objects.requireNonNull(sim, "sim"), null);
    }

    /** A fixture driving {@code sim}, built with {@code clock(clock::get)}: every feature. */
    public static SimFixture of(SimulatedRas sim, AtomicLong clock) {
        return new SimFixture(Objects.requireNonNull(sim, "sim"), Objects.requireNonNull(clock, "clock"));
    }

    /** A simulator of {@code profile} on {@code clock}, in milliseconds. */
    public static SimulatedRas simulator(org.ras4j.spi.WindowsProfile profile, AtomicLong clock) {
        return SimulatedRas.builder(profile).clock(clock::get).build();
    }

    @Override
    public Set<TckFeature> features() {
        Set<TckFeature> features = EnumSet.allOf(TckFeature.class);
        if (clock == null) {
            features.remove(TckFeature.TRAFFIC);
        }
        return features;
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

    @Override
    public void traffic(RasHandle handle, TrafficSpec spec) {
        sim.setTraffic(handle, Traffic.steady(spec.bitsPerSecond(), spec.bytesSentPerSecond(),
                spec.bytesReceivedPerSecond()));
    }

    @Override
    public void advanceClock(Duration by) {
        Objects.requireNonNull(clock, "a SimFixture without the simulator's clock").addAndGet(by.toMillis());
    }

    @Override
    public void negotiate(RasHandle handle, NegotiationSpec spec) {
        sim.setNegotiation(handle, new Negotiation(spec.ikev2() ? Negotiation.Protocol.IKEV2 : Negotiation.Protocol.PPP,
                spec.ipv4(), spec.ipv4Server(), spec.ipv6(), spec.ipv6Server(), spec.ipv4ServerAddresses(),
                spec.ipv6ServerAddresses()));
    }

    private static StatusDetails details(ConnectionSpec spec) {
        return new StatusDetails(spec.phoneNumber(), spec.localEndPoint(), spec.remoteEndPoint(), spec.subState());
    }
}
