package org.ras4j.tck;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.ras4j.RasError;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;

/**
 * The conformance contract of {@link RasBackend}: extend it, supply the backend and the
 * {@link WindowsProfile} of the Windows version it behaves as, and every requirement of
 * {@code ras-tck/REQUIREMENTS.md} runs against it (JUnit Jupiter tests and jqwik properties; both
 * engines must be on the test class path).
 *
 * <pre>{@code
 * class MyBackendConformanceTest extends RasBackendContract {
 *     protected RasBackend backend() { return new MyBackend(); }
 *     protected WindowsProfile profile() { return WindowsProfile.windows10x64(); }
 * }
 * }</pre>
 *
 * <p>A backend that behaves as no ready-made version does declares a variant of the nearest one
 * ({@code WindowsProfile.windows10x64().toBuilder().dialingIsListed(true).build()}).
 *
 * <p>Every test's display name starts with its requirement id ({@code ENUM-12 603 reports the total
 * count …}). Requirements that need a driven state (connections with given attributes, a
 * dialling or dropped connection) run only when {@link #fixture()} supplies a {@link TckFixture}
 * with the needed {@link TckFeature}; otherwise they are skipped, and the skip names what is
 * missing. Without a fixture the contract runs against whatever connections exist, and zero
 * connections is a valid state.
 *
 * <p>JUnit creates one instance per test (jqwik one per property); {@link #backend()},
 * {@link #profile()} and {@link #fixture()} are called once per instance, and a fixture shares its
 * state with the backend of the same instance.
 */
public abstract class RasBackendContract {
    private Harness harness;

    /**
     * {@return the backend under test}
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
     * How long the {@code NOTIFY} requirements wait for a signal before they fail: 5 s by default,
     * for a backend whose signals come from another thread. A backend that signals before the
     * change returns (the simulator) may shorten it.
     *
     * @return how long the {@code NOTIFY} requirements wait for a signal before they fail: 5 s by default, for a backend whose signals come from another thread
     */
    protected java.time.Duration signalWait() {
        return NotificationRequirements.SIGNAL_WAIT;
    }

    final Harness harness() {
        if (harness == null) {
            harness = new Harness(backend(), profile(), fixture());
        }
        return harness;
    }

    @Property(tries = 200)
    @Label("ENUM-30 for any connections, accepted dwSize and *lpcb: the code, both out-values, the entries and the bytes beyond *lpcb")
    void sizingForAnyInput(@ForAll("connectionSets") List<ConnectionSpec> specs, @ForAll RasCharset charset,
            @ForAll @IntRange(min = 0, max = 5) int versionPick, @ForAll @IntRange(min = 0, max = 26) int room,
            @ForAll @IntRange(min = -9, max = 9) int slack) {
        new SizingCheck(harness()).check(specs, charset, versionPick, room, slack);
    }

    @Property(tries = 200)
    @Label("ENUM-31 any dwSize that is no accepted RASCONN returns 632 and writes nothing")
    void anyOtherSizeIsRejected(@ForAll RasCharset charset, @ForAll("dwSizes") int dwSize) {
        Harness h = harness();
        Assume.that(!h.profile().connLayout(charset, dwSize).isPresent());
        int room = 2 * RasConnLayout.newest(RasCharset.W, Abi.X64).size();
        String what = "RasEnumConnections" + charset + " with dwSize " + Integer.toUnsignedString(dwSize);
        h.enumerate(charset, dwSize, room, room).assertCode(RasError.ERROR_INVALID_SIZE.code(), what)
                .assertUntouched(what);
    }

    @Property(tries = 200)
    @Label("STAT-11 any dwSize that is no accepted RASCONNSTATUS never succeeds and writes nothing; 632 for a live handle")
    void anyOtherStatusSizeIsRejected(@ForAll RasCharset charset, @ForAll("dwSizes") int dwSize) {
        new StatusSizeCheck(harness()).check(charset, dwSize);
    }

    @Provide
    Arbitrary<Integer> dwSizes() {
        return Generators.dwSizes();
    }

    @Provide
    Arbitrary<List<ConnectionSpec>> connectionSets() {
        return harness().has(TckFeature.CAN_CREATE_CONNECTIONS) ? Generators.connectionSets(24)
                : Arbitraries.just(List.of());
    }

    /** The port's own rules. */
    @Nested
    @DisplayName("RasBackend: the port")
    class General extends GeneralRequirements {
        General() {
            super(harness());
        }
    }

    /** {@code RasEnumConnections}: argument checks. */
    @Nested
    @DisplayName("RasEnumConnections: arguments")
    class EnumArguments extends EnumArgumentRequirements {
        EnumArguments() {
            super(harness());
        }
    }

    /** {@code RasEnumConnections}: sizes, counts and the bytes written. */
    @Nested
    @DisplayName("RasEnumConnections: sizing")
    class EnumSizing extends EnumSizingRequirements {
        EnumSizing() {
            super(harness());
        }
    }

    /** {@code RasEnumConnections}: what each entry says. */
    @Nested
    @DisplayName("RasEnumConnections: entries")
    class EnumContent extends EnumContentRequirements {
        EnumContent() {
            super(harness());
        }
    }

    /** {@code RasGetConnectStatus}. */
    @Nested
    @DisplayName("RasGetConnectStatus")
    class Status extends StatusRequirements {
        Status() {
            super(harness());
        }
    }

    /** {@code RasGetConnectionStatistics}, {@code RasGetLinkStatistics} (docs/contract.md §8.1). */
    @Nested
    @DisplayName("RasGetConnectionStatistics, RasGetLinkStatistics")
    class Statistics extends StatisticsRequirements {
        Statistics() {
            super(harness());
        }
    }

    /** {@code RasGetProjectionInfo} (docs/contract.md §8.2). */
    @Nested
    @DisplayName("RasGetProjectionInfo")
    class Projection extends ProjectionRequirements {
        Projection() {
            super(harness());
        }
    }

    /** {@code RasGetProjectionInfoEx} (docs/contract.md §8.3). */
    @Nested
    @DisplayName("RasGetProjectionInfoEx")
    class ProjectionEx extends ProjectionExRequirements {
        ProjectionEx() {
            super(harness());
        }
    }

    /** {@code RasConnectionNotification}: the optional capability {@code ConnectionNotifier}. */
    @Nested
    @DisplayName("RasConnectionNotification")
    class Notification extends NotificationRequirements {
        Notification() {
            super(harness(), signalWait());
        }
    }
}
