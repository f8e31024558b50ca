package org.ras4j.bench;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.watch.Appeared;
import org.ras4j.watch.Disappeared;
import org.ras4j.watch.RasWatch;
import org.ras4j.watch.WatchEvent;
import org.ras4j.watch.WatchOptions;

/**
 * The latency of a watch's events over the simulator (Windows 10 x64, with {@code count} other
 * connections listed), from the change to the listener: one operation is {@code connect} until the
 * listener has the {@link Appeared}, on the watch's real threads. {@code notified}: woken by
 * {@code RasConnectionNotification}, polling hourly; {@code polled-10ms}: no notification, polling
 * every 10 ms (latency then close to the whole interval: each operation starts just after the poll
 * that saw the previous probe go).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class WatchLatencyBenchmark {
    /** How the watch learns of changes. */
    @Param({"notified", "polled-10ms"})
    public String mode;

    /** Connections listed besides the one that comes and goes. */
    @Param({"16"})
    public int count;

    private final BlockingQueue<WatchEvent> events = new LinkedBlockingQueue<>();
    private SimulatedRas sim;
    private RasWatch watch;
    private RasHandle last;
    private final RasConnection probe = RasConnection.builder(RasHandle.NULL, "probe").deviceType("vpn").build();

    @Setup(Level.Trial)
    public void setUp() throws InterruptedException {
        sim = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        SampleConnections.of(count, NameLength.MIXED).forEach(sim::connect);
        boolean notified = mode.equals("notified");
        watch = RasClient.using(sim).watch(WatchOptions.builder().notifications(notified)
                .pollInterval(notified ? Duration.ofHours(1) : Duration.ofMillis(10)).build());
        watch.listen(events::add);
        events.take();
    }

    /** Hangs up the last probe and waits until the watch has seen it go, outside the measurement. */
    @Setup(Level.Invocation)
    public void reset() throws InterruptedException {
        if (last != null) {
            sim.hangUp(last);
            last = null;
            while (!(events.take() instanceof Disappeared)) {
                // the disappearance of the probe
            }
        }
        events.clear();
    }

    /** A connect, until the listener has its appeared. */
    @Benchmark
    public WatchEvent changeToListener() throws InterruptedException {
        last = sim.connect(probe);
        WatchEvent event;
        do {
            event = events.take();
        } while (!(event instanceof Appeared));
        return event;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        watch.close();
    }
}
