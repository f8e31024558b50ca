package org.ras4j.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ras4j.ConnectionState;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.watch.Appeared;
import org.ras4j.watch.ConnectionEvent;
import org.ras4j.watch.Connected;
import org.ras4j.watch.Disappeared;
import org.ras4j.watch.Dropped;
import org.ras4j.watch.InitialState;
import org.ras4j.watch.ManualWatchScheduler;
import org.ras4j.watch.RasWatch;
import org.ras4j.watch.StateChanged;
import org.ras4j.watch.WatchEvent;
import org.ras4j.watch.WatchEventKind;
import org.ras4j.watch.WatchOptions;

/**
 * {@link RasWatch} over the simulator, end to end through {@link RasClient}: every event kind on an
 * NT-style profile (notified; dialling not listed) and on 95-style ones (dialling listed; Windows 98
 * notified, Windows 95 polled), a connection that comes and goes between two snapshots, a Windows
 * that signals only once per registration, and the watch's thread after close. Time is a
 * {@link ManualWatchScheduler} except where a real thread is the point.
 */
class WatchOverSimulatorTest {
    private static final Duration POLL = Duration.ofSeconds(3);

    /** How each profile is watched. */
    record Case(WindowsProfile profile, boolean notified) {
        @Override
        public String toString() {
            return profile.id() + (notified ? " (notified)" : " (polled)");
        }
    }

    static Stream<Case> profiles() {
        return Stream.of(new Case(WindowsProfile.windows10x64(), true), new Case(WindowsProfile.windowsXpx86(), true),
                new Case(WindowsProfile.windows98x86(), true), new Case(WindowsProfile.windows95x86(), false));
    }

    private static RasConnection vpn(String name) {
        return RasConnection.builder(RasHandle.NULL, name).deviceType("vpn").deviceName("WAN Miniport (IKEv2)").build();
    }

    /** A watch over {@code sim} driven by {@code time}, its events collected in {@code events}. */
    private static RasWatch watch(SimulatedRas sim, ManualWatchScheduler time, List<WatchEvent> events) {
        RasWatch watch = RasClient.using(sim).watch(WatchOptions.builder().scheduler(time).pollInterval(POLL).build());
        watch.listen(events::add);
        return watch;
    }

    /** The watch sees what happened: by its notification (no time passes), or else at its next poll. */
    private static void observe(Case c, ManualWatchScheduler time) {
        if (c.notified()) {
            time.runPending();
        } else {
            time.advance(POLL);
        }
    }

    private static List<String> describe(List<WatchEvent> events) {
        List<String> lines = new ArrayList<>();
        for (WatchEvent event : events) {
            if (event instanceof ConnectionEvent c) {
                lines.add(event.kind().label() + " " + c.connection().entryName() + " "
                        + c.newStatus().map(s -> s.state().shortName()).orElse("-"));
            } else {
                lines.add(event.kind().label());
            }
        }
        return lines;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    @DisplayName("every event kind: initial, appeared, state-changed, connected, dropped (with dwError), disappeared")
    void everyEventKind(Case c) {
        SimulatedRas sim = SimulatedRas.builder(c.profile()).build();
        sim.connect(vpn("Home"));
        ManualWatchScheduler time = new ManualWatchScheduler();
        List<WatchEvent> events = new ArrayList<>();
        try (RasWatch watch = watch(sim, time, events)) {
            assertEquals(c.notified(), watch.notifications().available(), watch.notifications().toString());
            InitialState initial = (InitialState) events.get(0);
            assertEquals(List.of("Home"), initial.snapshot().entries().stream().map(e -> e.connection().entryName()).toList());

            RasHandle office = sim.dial(vpn("Office"), ConnectionState.CONNECT_DEVICE);
            observe(c, time);
            sim.advance(office, ConnectionState.AUTHENTICATE);
            observe(c, time);
            sim.advance(office, ConnectionState.CONNECTED);
            observe(c, time);
            sim.drop(office, 629);
            observe(c, time);
            sim.hangUp(office);
            observe(c, time);

            List<String> expected = c.profile().dialingIsListed()
                    ? List.of("initial", "appeared Office ConnectDevice", "state-changed Office Authenticate",
                            "connected Office Connected", "dropped Office Disconnected", "disappeared Office -")
                    : List.of("initial", "appeared Office Connected", "connected Office Connected",
                            "dropped Office Disconnected", "disappeared Office -");
            assertEquals(expected, describe(events));
            Dropped dropped = (Dropped) events.stream().filter(e -> e instanceof Dropped).findFirst().orElseThrow();
            assertEquals(629, dropped.errorCode());
            assertEquals(ConnectionState.CONNECTED, dropped.oldStatus().orElseThrow().state());
            Disappeared gone = (Disappeared) events.get(events.size() - 1);
            assertEquals(629, gone.lastStatus().errorCode());
            if (c.notified()) {
                assertTrue(events.stream().allMatch(e -> e.time().equals(ManualWatchScheduler.DEFAULT_START)),
                        "notified: every event came without a poll");
            }
        }
    }

    @Test
    @DisplayName("Windows 7 and later: a sub-state change (RASCSS_Reconnecting) is a state-changed of a connected connection")
    void subStateChange() {
        SimulatedRas sim = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        RasHandle vpn = sim.connect(vpn("Büro-VPN"));
        ManualWatchScheduler time = new ManualWatchScheduler();
        List<WatchEvent> events = new ArrayList<>();
        try (RasWatch watch = watch(sim, time, events)) {
            sim.changeSubState(vpn, 2);
            time.runPending();
            StateChanged changed = (StateChanged) events.get(1);
            assertEquals(0, changed.before().subState().getAsInt());
            assertEquals(2, changed.status().subState().getAsInt());
            assertEquals(ConnectionState.CONNECTED, changed.status().state());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    @DisplayName("a connection that appears and vanishes between two snapshots is said to be unseen, or not seen; never invented")
    void comesAndGoesBetweenSnapshots(Case c) {
        SimulatedRas sim = SimulatedRas.builder(c.profile()).build();
        ManualWatchScheduler time = new ManualWatchScheduler();
        List<WatchEvent> events = new ArrayList<>();
        try (RasWatch watch = watch(sim, time, events)) {
            RasHandle flash = sim.connect(vpn("Flash"));
            sim.hangUp(flash);
            time.advance(POLL);
            List<WatchEventKind> kinds = events.stream().map(WatchEvent::kind).toList();
            assertTrue(events.stream().noneMatch(e -> e instanceof ConnectionEvent), "never invented: " + events);
            assertEquals(c.notified() ? List.of(WatchEventKind.INITIAL, WatchEventKind.UNSEEN_CHANGE)
                    : List.of(WatchEventKind.INITIAL), kinds);
        }
    }

    @Test
    @DisplayName("a Windows that signals each registration once (DotRas issue 105): re-arming keeps every event coming without a poll")
    void oneShotRegistrationsAreRearmed() {
        SimulatedRas sim = SimulatedRas.builder(WindowsProfile.windows11x64()).oneShotNotifications().build();
        ManualWatchScheduler time = new ManualWatchScheduler();
        List<WatchEvent> events = new ArrayList<>();
        try (RasWatch watch = watch(sim, time, events)) {
            for (int i = 0; i < 3; i++) {
                sim.connect(vpn("vpn-" + i));
                time.runPending();
            }
            assertEquals(List.of("initial", "appeared vpn-0 Connected", "connected vpn-0 Connected",
                    "appeared vpn-1 Connected", "connected vpn-1 Connected", "appeared vpn-2 Connected",
                    "connected vpn-2 Connected"), describe(events));
            assertEquals(4, watch.notifications().registrations());
            assertEquals(3, watch.notifications().signals());
        }
    }

    @Test
    @DisplayName("the RAS service stopping: every connection disappears; the watch re-registers once it runs again")
    void serviceStops() {
        SimulatedRas sim = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        sim.connect(vpn("a"));
        ManualWatchScheduler time = new ManualWatchScheduler();
        List<WatchEvent> events = new ArrayList<>();
        try (RasWatch watch = watch(sim, time, events)) {
            sim.stopService();
            time.runPending();
            assertEquals(List.of("initial", "disappeared a -"), describe(events));
            assertEquals(711, watch.notifications().lastCode(), "re-arming while stopped: ERROR_RASMAN_CANNOT_INITIALIZE");
            sim.startService();
            time.advance(POLL);
            assertTrue(watch.notifications().armed());
            sim.connect(vpn("b"));
            time.runPending();
            assertEquals(List.of("initial", "disappeared a -", "appeared b Connected", "connected b Connected"),
                    describe(events));
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("a real thread: a change reaches the listener long before a poll; close leaves no thread and no registration")
    void realThread() throws InterruptedException {
        SimulatedRas sim = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        BlockingQueue<WatchEvent> events = new LinkedBlockingQueue<>();
        RasWatch watch = RasClient.using(sim).watch(WatchOptions.builder().pollInterval(Duration.ofHours(1)).build());
        watch.listen(events::add);
        assertTrue(events.poll(10, TimeUnit.SECONDS) instanceof InitialState);
        assertTrue(threadsNamed("ras4j-watch-").stream().anyMatch(t -> t.matches("ras4j-watch-\\d+")));
        sim.connect(vpn("up"));
        assertTrue(events.poll(10, TimeUnit.SECONDS) instanceof Appeared);
        assertTrue(events.poll(10, TimeUnit.SECONDS) instanceof Connected);
        assertEquals(1, sim.notificationRegistrations());
        watch.close();
        assertTrue(waitUntilNoThreads("ras4j-watch-"), () -> "left: " + threadsNamed("ras4j-watch-"));
        sim.connect(vpn("after"));
        assertEquals(0, sim.notificationRegistrations(), "the closed event's registration ended");
        assertFalse(events.stream().anyMatch(e -> e instanceof ConnectionEvent ce
                && ce.connection().entryName().equals("after")));
    }

    static List<String> threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith(prefix)).toList();
    }

    static boolean waitUntilNoThreads(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!threadsNamed(prefix).isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
        return true;
    }
}
