package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.opentest4j.TestAbortedException;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnStatusCodec;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;

/**
 * The contract's view of one backend under test: its declared profile, its optional fixture, and
 * calls that prepare caller memory the way a careful test does (canary bytes everywhere the
 * backend must not write, garbage in the out-values it must overwrite).
 */
final class Harness {
    private final RasBackend backend;
    private final WindowsProfile profile;
    private final Optional<TckFixture> fixture;
    private final RasConnCodec connCodec;
    private final RasConnStatusCodec statusCodec;
    /** The id of the requirement running now, named in the failures of its setup. */
    private volatile String requirement = "the requirement";

    Harness(RasBackend backend, WindowsProfile profile, Optional<TckFixture> fixture) {
        this.backend = Objects.requireNonNull(backend, "backend()");
        this.profile = Objects.requireNonNull(profile, "profile()");
        this.fixture = Objects.requireNonNull(fixture, "fixture()");
        this.connCodec = RasConnCodec.withAnsiCharset(profile.ansiCharset());
        this.statusCodec = RasConnStatusCodec.withAnsiCharset(profile.ansiCharset());
    }

    RasBackend backend() {
        return backend;
    }

    /**
     * Names the requirement running now after the id at the start of its display name, so that a
     * failing setup step says whose setup failed.
     */
    void requirement(String displayName) {
        int space = displayName.indexOf(' ');
        requirement = space > 0 ? displayName.substring(0, space) : displayName;
    }

    /**
     * Runs a step that prepares a requirement rather than tests it (making connections, the
     * listing whose handles a status requirement uses): a failure there is reported as
     * {@code setup of ENUM-22 failed: …}, naming the step, so that a backend's mistake surfaces
     * as the requirement that tests it and not as the one that needed it. A skip passes through.
     */
    <T> T setup(String step, Supplier<T> action) {
        try {
            return action.get();
        } catch (TestAbortedException skipped) {
            throw skipped;
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError("setup of " + requirement + " failed: " + step + ": " + e.getMessage(), e);
        }
    }

    /** {@link #setup(String, Supplier)} of a step without a result. */
    void setup(String step, Runnable action) {
        setup(step, () -> {
            action.run();
            return null;
        });
    }

    WindowsProfile profile() {
        return profile;
    }

    Abi abi() {
        return profile.abi();
    }

    RasConnCodec connCodec() {
        return connCodec;
    }

    RasConnStatusCodec statusCodec() {
        return statusCodec;
    }

    /** {@code connection} as a {@code RASCONN} of {@code layout} reports it ({@link RasConnCodec#project}). */
    RasConnection project(RasConnection connection, RasConnLayout layout) {
        return connCodec.project(connection, layout);
    }

    /** Every connection as {@code layout} reports it, ordered by handle. */
    List<RasConnection> project(List<RasConnection> connections, RasConnLayout layout) {
        return byHandle(connections.stream().map(c -> project(c, layout)).toList());
    }

    /** {@code status} as a {@code RASCONNSTATUS} of {@code layout} reports it ({@link RasConnStatusCodec#project}). */
    ConnectionStatus project(ConnectionStatus status, RasConnStatusLayout layout) {
        return statusCodec.project(status, layout);
    }

    /** The fixture, reset to no connections; skips the test unless it has every feature named. */
    TckFixture fixture(TckFeature... needed) {
        assumeTrue(fixture.isPresent(), "needs a TckFixture (fixture() is empty): "
                + (needed.length == 0 ? "" : Arrays.toString(needed)));
        TckFixture f = fixture.get();
        for (TckFeature feature : needed) {
            assumeTrue(f.features().contains(feature), "needs a TckFixture with " + feature);
        }
        SetupFixture guarded = new SetupFixture(f, this);
        guarded.reset();
        return guarded;
    }

    /**
     * Whether a listed connection may be gone by the next call: on a machine without a fixture, a
     * connection can end between two calls; with a fixture that makes them, none does.
     */
    boolean connectionsMayVanish() {
        return !has(TckFeature.CAN_CREATE_CONNECTIONS);
    }

    /** Whether a fixture with the feature is present. */
    boolean has(TckFeature feature) {
        return fixture.isPresent() && fixture.get().features().contains(feature);
    }

    /** The layout of {@code version} in {@code charset} on the declared ABI. */
    RasConnLayout layout(RasConnVersion version, RasCharset charset) {
        return RasConnLayout.of(version, charset, abi());
    }

    /** The newest accepted {@code RASCONN} layout of {@code charset}. */
    RasConnLayout newest(RasCharset charset) {
        return profile.newestConnLayout(charset);
    }

    /** The newest accepted {@code RASCONNSTATUS} layout of {@code charset}. */
    RasConnStatusLayout newestStatus(RasCharset charset) {
        return profile.newestStatusLayout(charset);
    }

    /** {@code RasEnumConnections} into a fresh canary buffer of {@code capacity} bytes. */
    EnumOutcome enumerate(RasCharset charset, int dwSize, int capacity, int lpcbIn) {
        return enumerate(charset, CallerMemory.callerBuffer(capacity, dwSize), DwordRef.of(lpcbIn), DwordRef.of(CallerMemory.GARBAGE));
    }

    /** {@code RasEnumConnections} with exactly these arguments (each may be NULL). */
    EnumOutcome enumerate(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
        int lpcbIn = lpcb == null ? 0 : lpcb.get();
        int countIn = count == null ? 0 : count.get();
        byte[] original = buffer == null ? null : CallerMemory.copy(buffer);
        RasConnLayout layout = buffer == null || buffer.capacity() < 4 ? null
                : RasConnLayout.forSize(CallerMemory.dwSizeOf(original), charset, abi()).orElse(null);
        int code;
        try {
            code = backend.enumConnections(charset, buffer, lpcb, count);
        } catch (RuntimeException e) {
            return fail(charset.functionName("RasEnumConnections") + " threw " + e + ": a backend answers with a "
                    + "Win32 code and reads the buffer in absolute terms, whatever its position and limit", e);
        }
        return new EnumOutcome(code, lpcb == null ? lpcbIn : lpcb.get(), count == null ? countIn : count.get(),
                buffer, lpcbIn, countIn, original, layout);
    }

    /**
     * Every connection the backend lists now, in {@code layout}, read the way a correct client
     * reads it (grow to {@code *lpcb} on 603); fails the test if the backend does not settle.
     */
    List<RasConnection> listing(RasConnLayout layout) {
        int capacity = 16 * layout.size();
        String call = layout.charset().functionName("RasEnumConnections") + " into " + layout;
        for (int round = 0; round < 4; round++) {
            EnumOutcome out = enumerate(layout.charset(), layout.size(), capacity, capacity);
            if (out.code() == 0) {
                if ((long) Integer.toUnsignedLong(out.count()) * layout.size() > capacity) {
                    fail(call + " reported " + Integer.toUnsignedString(out.count()) + " entries, more than the "
                            + capacity + "-byte buffer holds");
                }
                return out.decode(connCodec, layout, out.count());
            }
            if (out.code() != RasError.ERROR_BUFFER_TOO_SMALL.code() || Integer.toUnsignedLong(out.lpcb()) <= capacity
                    || Integer.toUnsignedLong(out.lpcb()) > 64L * 1024 * 1024) {
                out.assertCode(0, call + " (listing the connections; *lpcb was " + capacity + ")");
            }
            capacity = out.lpcb();
        }
        return fail(call + " kept answering 603 while listing");
    }

    /** {@link #listing} as a step of a requirement's setup ({@link #setup(String, Supplier)}). */
    List<RasConnection> setupListing(RasConnLayout layout) {
        return setup("listing the connections", () -> listing(layout));
    }

    /** How many connections the backend lists now. */
    int connectionCount(RasCharset charset) {
        return setupListing(newest(charset)).size();
    }

    /** Skips the test unless the backend lists no connection (resetting the fixture if there is one). */
    void requireNoConnections(RasCharset charset) {
        if (has(TckFeature.CAN_CREATE_CONNECTIONS)) {
            new SetupFixture(fixture.get(), this).reset();
        }
        assumeTrue(connectionCount(charset) == 0,
                "needs a backend with no connections (a TckFixture with CAN_CREATE_CONNECTIONS resets it)");
    }

    /**
     * Listed connections: {@code made} of them made by the fixture if there is one (after a
     * reset, named {@code tck-0}, {@code tck-1} …), else whatever exists, skipping the test if
     * fewer than {@code minimum} exist.
     *
     * @return the connections, in the newest layout of {@code charset}
     */
    List<RasConnection> requireConnections(RasCharset charset, int made, int minimum) {
        if (has(TckFeature.CAN_CREATE_CONNECTIONS)) {
            return listingOf(makeConnections(made), charset);
        }
        List<RasConnection> listed = setupListing(newest(charset));
        assumeFalse(listed.size() < minimum, "needs " + minimum + " connection(s): a TckFixture with "
                + "CAN_CREATE_CONNECTIONS, or that many on the machine; the backend lists " + listed.size());
        return listed;
    }

    /**
     * The listing in the newest layout of {@code charset}, as a step of the requirement's setup
     * that also checks it holds exactly the connections the fixture made.
     *
     * @param made the handles the fixture's {@code connect} returned
     */
    List<RasConnection> listingOf(List<RasHandle> made, RasCharset charset) {
        List<Long> handles = made.stream().map(RasHandle::bits).sorted().toList();
        return setup("listing the connections the fixture made", () -> {
            List<RasConnection> listed = listing(newest(charset));
            assertEquals(handles, listed.stream().map(c -> c.handle().bits()).sorted().toList(),
                    "the handles the fixture's connect() returned, as " + newest(charset) + " lists them");
            return listed;
        });
    }

    /**
     * Exactly {@code n} connections made by the fixture after a reset, named {@code tck-0},
     * {@code tck-1} …; only call when the fixture can create connections.
     *
     * @return their handles, in creation order
     */
    List<RasHandle> makeConnections(int n) {
        if (n > 64) {
            assumeTrue(has(TckFeature.MANY_CONNECTIONS), "needs a TckFixture with MANY_CONNECTIONS");
        }
        TckFixture f = fixture(TckFeature.CAN_CREATE_CONNECTIONS);
        List<RasHandle> handles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            handles.add(f.connect(ConnectionSpec.entry("tck-" + i)));
        }
        return handles;
    }

    /** {@code RasGetConnectStatus} into a fresh canary buffer of {@code capacity} bytes. */
    StatusOutcome status(RasCharset charset, RasHandle handle, int dwSize, int capacity) {
        return status(charset, handle, CallerMemory.callerBuffer(capacity, dwSize));
    }

    /** {@code RasGetConnectStatus} into exactly this buffer (its position and limit as the caller set them). */
    StatusOutcome status(RasCharset charset, RasHandle handle, ByteBuffer buffer) {
        byte[] original = CallerMemory.copy(buffer);
        RasConnStatusLayout layout = buffer.capacity() < 4 ? null
                : RasConnStatusLayout.forSize(CallerMemory.dwSizeOf(original), charset, abi()).orElse(null);
        int code;
        try {
            code = backend.getConnectStatus(charset, handle, buffer);
        } catch (RuntimeException e) {
            return fail(charset.functionName("RasGetConnectStatus") + " threw " + e + ": a backend answers with a "
                    + "Win32 code and reads the buffer in absolute terms, whatever its position and limit", e);
        }
        return new StatusOutcome(code, buffer, original, layout);
    }

    /**
     * Every accepted version of {@code charset} lists the connections that exist as the newest
     * {@code W} listing reports them, projected ({@link #project(List, RasConnLayout)}: members the
     * version lacks left out, text cut to its field, {@code A} text through the code page); skips
     * the requirement when there is no connection.
     */
    void assertEveryVersionListsTheNewest(RasCharset charset) {
        List<RasConnection> reference = setupListing(newest(RasCharset.W));
        assumeTrue(!reference.isEmpty(), "needs a connection: a TckFixture with CAN_CREATE_CONNECTIONS, or one on the machine");
        for (RasConnLayout layout : profile.connLayouts(charset)) {
            assertSameConnections(project(reference, layout), listing(layout),
                    layout + " lists the connections the newest W lists, projected");
        }
    }

    /** A handle that no listed connection has, and that fits the ABI. */
    RasHandle unusedHandle(RasCharset charset) {
        List<Long> used = new ArrayList<>();
        setupListing(newest(charset)).forEach(c -> used.add(c.handle().bits()));
        long bits = abi() == Abi.X86 ? 0x7E57_0001L : 0x7E57_0000_0001L;
        while (used.contains(bits)) {
            bits += 4;
        }
        return RasHandle.of(bits);
    }

    /** Asserts two listings are the same connections, in any order. */
    static void assertSameConnections(List<RasConnection> expected, List<RasConnection> actual, String what) {
        assertEquals(byHandle(expected), byHandle(actual), what);
    }

    /** The connections ordered by handle, the order-free way to compare two listings. */
    static List<RasConnection> byHandle(List<RasConnection> connections) {
        return connections.stream().sorted(Comparator.comparingLong(c -> c.handle().bits())).toList();
    }
}
