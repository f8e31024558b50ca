package org.ras4j.tck;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInfo;
import org.ras4j.RasError;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnStatusLayout;
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

    /**
     * Names the requirement about to run, so that a failure in its setup names it.
     *
     * @param test the test about to run
     */
    @BeforeEach
    void nameTheRequirement(TestInfo test) {
        harness().requirement(test.getDisplayName());
    }

    /** How many cases each of the contract's properties checks. */
    static final int CASES = 200;

    @Property(tries = 1)
    @Label("ENUM-30 for any connections, accepted dwSize and *lpcb: the code, both out-values, the entries and the bytes beyond *lpcb")
    void sizingForAnyInput() {
        Harness h = harness();
        h.requirement("ENUM-30");
        SizingCheck check = new SizingCheck(h);
        int maxConnections = h.has(TckFeature.CAN_CREATE_CONNECTIONS) ? 24 : 0;
        PropertyCases.check("ENUM-30", CASES, Generators.sizingCases(maxConnections),
                c -> check.check(c.specs(), c.charset(), c.versionPick(), c.room(), c.slack()));
    }

    @Property(tries = 1)
    @Label("ENUM-31 any dwSize that is no accepted RASCONN returns 632 and writes nothing")
    void anyOtherSizeIsRejected() {
        Harness h = harness();
        h.requirement("ENUM-31");
        int room = 2 * RasConnLayout.newest(RasCharset.W, Abi.X64).size();
        PropertyCases.check("ENUM-31", CASES, unacceptedSizes(h, charset -> h.profile().connLayouts(charset).stream()
                .map(RasConnLayout::size).toList(), (charset, size) -> h.profile().connLayout(charset, size).isEmpty()),
                c -> {
                    String what = c.get1().functionName("RasEnumConnections") + " with dwSize "
                            + Integer.toUnsignedString(c.get2());
                    h.enumerate(c.get1(), c.get2(), room, room).assertCode(RasError.ERROR_INVALID_SIZE.code(), what)
                            .assertUntouched(what);
                });
    }

    @Property(tries = 1)
    @Label("STAT-11 any dwSize that is no accepted RASCONNSTATUS never succeeds and writes nothing; 632 for a live handle")
    void anyOtherStatusSizeIsRejected() {
        Harness h = harness();
        h.requirement("STAT-11");
        StatusSizeCheck check = new StatusSizeCheck(h);
        PropertyCases.check("STAT-11", CASES, unacceptedSizes(h, charset -> h.profile().statusLayouts(charset).stream()
                .map(RasConnStatusLayout::size).toList(), (charset, size) -> h.profile().statusLayout(charset, size).isEmpty()),
                c -> check.check(c.get1(), c.get2()));
    }

    /** Pairs of a charset and a {@code dwSize} the profile does not accept in it ({@link Generators#dwSizes}). */
    private static Arbitrary<Tuple2<RasCharset, Integer>> unacceptedSizes(Harness h,
            Function<RasCharset, List<Integer>> accepted, BiPredicate<RasCharset, Integer> unaccepted) {
        return Arbitraries.of(RasCharset.class)
                .flatMap(charset -> Generators.dwSizes(accepted.apply(charset)).map(size -> Tuple.of(charset, size)))
                .filter(c -> unaccepted.test(c.get1(), c.get2()));
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

    /** The text members of both structures: ANSI conversion and maximum lengths. */
    @Nested
    @DisplayName("RASCONN and RASCONNSTATUS: text members")
    class Text extends TextRequirements {
        Text() {
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
