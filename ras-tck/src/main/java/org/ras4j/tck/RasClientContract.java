package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInfo;
import org.ras4j.ConnectionState;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.RasException;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;

/**
 * The contract between {@link RasClient} and a backend: over any conforming backend the client
 * returns exactly the connections the backend holds, as the newest structure version the backend
 * accepts reports them, through the {@code A} and the {@code W} functions.
 *
 * <p>Extend it like {@link RasBackendContract}. Without a fixture the client is compared with the
 * contract's own reading of the backend; with one, with the connections the fixture made.
 */
public abstract class RasClientContract {
    private Harness harness;

    /**
     * {@return the backend the client runs over}
     */
    protected abstract RasBackend backend();

    /**
     * {@return the Windows version the backend behaves as, e.g. {@link WindowsProfile#windows10x64()}}
     */
    protected abstract WindowsProfile profile();

    /**
     * {@return the fixture that drives the backend's state, if it can be driven; empty by default}
     */
    protected Optional<TckFixture> fixture() {
        return Optional.empty();
    }

    /**
     * How long WATCH-05 waits for a notified change to be delivered before it fails: 5 s by default, for
     * a backend whose signals come from another thread. A backend that signals before the change
     * returns (the simulator) may shorten it.
     *
     * @return how long WATCH-05 waits for a notified change
     */
    protected java.time.Duration signalWait() {
        return NotificationRequirements.SIGNAL_WAIT;
    }

    private Harness h() {
        if (harness == null) {
            harness = new Harness(backend(), profile(), fixture());
        }
        return harness;
    }

    private RasClient client(RasCharset charset) {
        return RasClient.builder(h().backend()).charset(charset).ansiCharset(h().profile().ansiCharset()).build();
    }

    /**
     * {@return makes the specs with the fixture and returns them as the newest accepted layout reports them}
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     * @param specs the specs
     */
    private List<RasConnection> make(RasCharset charset, List<ConnectionSpec> specs) {
        TckFixture fixture = h().fixture(TckFeature.CAN_CREATE_CONNECTIONS);
        List<RasConnection> made = new ArrayList<>();
        for (ConnectionSpec spec : specs) {
            made.add(spec.toConnection(fixture.connect(spec)));
        }
        return h().project(made, h().newest(charset));
    }

    /**
     * Names the requirement about to run, so that a failure in its setup names it.
     *
     * @param test the test about to run
     */
    @BeforeEach
    void nameTheRequirement(TestInfo test) {
        h().requirement(test.getDisplayName());
    }

    @ForEachCharset
    @DisplayName("CLIENT-01 connections() is what the backend lists, read by the contract itself")
    void connectionsMatchTheContractsReading(RasCharset charset) {
        if (h().has(TckFeature.CAN_CREATE_CONNECTIONS)) {
            make(charset, List.of(ConnectionSpec.entry("first"), ConnectionSpec.phoneNumber("5550100")));
        }
        List<RasConnection> expected = h().listing(h().newest(charset));
        Harness.assertSameConnections(expected, client(charset).connections(), "RasClient over " + charset);
    }

    @ForEachCharset
    @DisplayName("CLIENT-02 connections() is exactly the fixture's connections, projected to the newest accepted version")
    void connectionsMatchTheFixture(RasCharset charset) {
        List<ConnectionSpec> specs = new ArrayList<>();
        specs.add(EnumContentRequirements.richSpec());
        specs.add(ConnectionSpec.phoneNumber("+1 425 555 0100"));
        specs.add(ConnectionSpec.entry("Caf\u00e9 \u2713 " + "x".repeat(40)));
        for (int count : new int[] {0, 1, specs.size()}) {
            List<RasConnection> expected = make(charset, specs.subList(0, count));
            Harness.assertSameConnections(expected, client(charset).connections(), count + " connection(s)");
        }
    }

    @ForEachCharset
    @DisplayName("CLIENT-03 connections() returns all of many connections (300)")
    void manyConnections(RasCharset charset) {
        h().fixture(TckFeature.CAN_CREATE_CONNECTIONS, TckFeature.MANY_CONNECTIONS);
        List<ConnectionSpec> specs = new ArrayList<>();
        for (int i = 0; i < TckFixture.MANY; i++) {
            specs.add(ConnectionSpec.entry("client-" + i));
        }
        List<RasConnection> expected = make(charset, specs);
        Harness.assertSameConnections(expected, client(charset).connections(), TckFixture.MANY + " connections");
    }

    @ForEachCharset
    @DisplayName("CLIENT-04 activeConnections() keeps the connected ones and leaves out dialling ones")
    void activeConnectionsAreTheConnectedOnes(RasCharset charset) {
        if (!h().has(TckFeature.CAN_DIAL)) {
            List<RasHandle> connected = new ArrayList<>();
            for (RasConnection c : listed(charset)) {
                if (statusOf(charset, c.handle()).state().equals(ConnectionState.CONNECTED)) {
                    connected.add(c.handle());
                }
            }
            assertEquals(sorted(connected), sorted(client(charset).activeConnections().stream()
                    .map(RasConnection::handle).toList()), "activeConnections() over the connections that exist");
            return;
        }
        TckFixture fixture = h().fixture(TckFeature.CAN_CREATE_CONNECTIONS, TckFeature.CAN_DIAL);
        RasHandle up = fixture.connect(ConnectionSpec.entry("up"));
        fixture.dial(ConnectionSpec.entry("dialling"), ConnectionState.CONNECT_DEVICE);
        List<RasHandle> active = client(charset).activeConnections().stream().map(RasConnection::handle).toList();
        assertEquals(List.of(up), active);
    }

    @ForEachCharset
    @DisplayName("CLIENT-05 status(handle) is the connection's status in the newest accepted RASCONNSTATUS")
    void statusOfAConnection(RasCharset charset) {
        if (!h().has(TckFeature.CAN_CREATE_CONNECTIONS)) {
            for (RasConnection c : listed(charset)) {
                assertEquals(statusOf(charset, c.handle()), client(charset).status(c.handle()), "status(" + c.handle() + ")");
            }
            return;
        }
        TckFixture fixture = h().fixture(TckFeature.CAN_CREATE_CONNECTIONS);
        ConnectionSpec spec = EnumContentRequirements.richSpec();
        RasHandle handle = fixture.connect(spec);
        RasConnStatusLayout layout = h().newestStatus(charset);
        assertEquals(h().project(spec.toStatus(ConnectionState.CONNECTED, 0), layout),
                client(charset).status(handle));
    }

    @ForEachCharset
    @DisplayName("CLIENT-06 status() of a hung-up connection throws RasException with ERROR_INVALID_HANDLE")
    void statusOfAStaleHandle(RasCharset charset) {
        TckFixture fixture = h().fixture(TckFeature.CAN_CREATE_CONNECTIONS, TckFeature.CAN_HANG_UP);
        RasHandle handle = fixture.connect(ConnectionSpec.entry("gone"));
        fixture.hangUp(handle);
        RasException e = assertThrows(RasException.class, () -> client(charset).status(handle));
        assertEquals(RasError.ERROR_INVALID_HANDLE.code(), e.code());
    }

    @ForEachCharset
    @DisplayName("CLIENT-07 find(name) finds a connection by entry name without regard to case")
    void findByEntryName(RasCharset charset) {
        if (!h().has(TckFeature.CAN_CREATE_CONNECTIONS)) {
            for (RasConnection c : listed(charset)) {
                String asked = swapCase(c.entryName());
                Optional<RasConnection> found = client(charset).find(asked);
                assertTrue(found.isPresent() && found.get().entryName().equalsIgnoreCase(asked),
                        "find(\"" + asked + "\") finds \"" + c.entryName() + "\": " + found);
            }
            assertTrue(client(charset).find("no such entry \u2205 " + System.nanoTime()).isEmpty());
            return;
        }
        TckFixture fixture = h().fixture(TckFeature.CAN_CREATE_CONNECTIONS);
        fixture.connect(ConnectionSpec.entry("Home"));
        RasHandle office = fixture.connect(ConnectionSpec.entry("Office VPN"));
        RasConnLayout layout = h().newest(charset);
        Optional<RasConnection> found = client(charset).find("office vpn");
        assertTrue(found.isPresent(), "found in " + layout);
        assertEquals(office, found.get().handle());
        assertTrue(client(charset).find("Elsewhere").isEmpty());
    }

    /**
     * The connections that exist (two made by a fixture that can), in the newest layout of
     * {@code charset}; skips when there are none.
     */
    private List<RasConnection> listed(RasCharset charset) {
        return h().requireConnections(charset, 2, 1);
    }

    /** The status the contract itself reads, in the newest accepted {@code RASCONNSTATUS}. */
    private ConnectionStatus statusOf(RasCharset charset, RasHandle handle) {
        RasConnStatusLayout layout = h().newestStatus(charset);
        return h().setup("the status of " + handle, () -> h().status(charset, handle, layout.size(), layout.size())
                .assertCode(0, "RasGetConnectStatus" + charset + " of " + handle).decode(h().statusCodec(), layout));
    }

    private static List<Long> sorted(List<RasHandle> handles) {
        return handles.stream().map(RasHandle::bits).sorted().toList();
    }

    private static String swapCase(String text) {
        StringBuilder swapped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> swapped.appendCodePoint(
                Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)));
        return swapped.toString();
    }

    /** {@code RasWatch} over the backend: the events of the fixture's changes, notified or polled. */
    @Nested
    @DisplayName("RasWatch")
    class Watch extends WatchRequirements {
        Watch() {
            super(h(), signalWait());
        }
    }
}
