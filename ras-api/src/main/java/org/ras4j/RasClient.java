package org.ras4j;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ras4j.codec.AnsiCodePage;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnStatusCodec;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.spi.RasBackend;
import org.ras4j.watch.RasWatch;
import org.ras4j.watch.WatchOptions;

/**
 * Lists the active RAS connections of a {@link RasBackend}: a small, safe API over
 * {@code RasEnumConnections} and {@code RasGetConnectStatus}.
 *
 * <pre>{@code
 * RasClient ras = RasClient.create();              // the native backend on Windows
 * for (RasConnection c : ras.activeConnections()) {
 *     System.out.println(c.entryName() + " on " + c.deviceName().orElse("?"));
 * }
 * }</pre>
 *
 * <p>The client runs the two-call protocol of the Windows documentation once, right: it negotiates
 * the newest structure version the backend accepts, grows its buffer when connections appear between
 * the size query and the fetch (a bounded number of rounds, then a {@link RasException} with
 * {@code ERROR_BUFFER_TOO_SMALL}), checks what the backend reports before decoding it, and remembers
 * the version and size that worked, so that a steady-state {@link #connections()} is one backend
 * call. Every Win32 error becomes a {@link RasException} with the code, its name and its message.
 * Instances are thread-safe.
 */
public final class RasClient {
    /** Rounds of growing the buffer before {@link #connections()} gives up, by default. */
    public static final int DEFAULT_MAX_ROUNDS = 8;

    private final RasBackend backend;
    private final ConnectionEnumerator enumerator;
    private final StatusReader statusReader;

    private RasClient(Builder builder) {
        this.backend = builder.backend;
        this.enumerator = new ConnectionEnumerator(backend, builder.charset,
                RasConnCodec.withAnsiCharset(builder.ansiCharset), builder.preferredVersion, builder.maxRounds);
        this.statusReader = new StatusReader(backend, builder.charset,
                RasConnStatusCodec.withAnsiCharset(builder.ansiCharset));
    }

    /**
     * A client over the supported backend with the highest priority that {@link java.util.ServiceLoader} (see {@link RasBackends})
     * finds ({@code ras-native-jna} on Windows).
     *
     * @throws IllegalStateException if no backend is available on this platform
     */
    public static RasClient create() {
        return using(RasBackends.best());
    }

    /** A client over {@code backend} with the default options (W functions, newest version). */
    public static RasClient using(RasBackend backend) {
        return builder(backend).build();
    }

    /** A builder of a client over {@code backend}. */
    public static Builder builder(RasBackend backend) {
        return new Builder(backend);
    }

    /** The backend this client calls. */
    public RasBackend backend() {
        return backend;
    }

    /**
     * Every connection {@code RasEnumConnections} lists now, in its order.
     *
     * <p>On Windows NT and later a connection is listed once it is connected; Windows 95/98/Me lists
     * it as soon as it starts dialling. {@link #activeConnections()} gives the reliable answer.
     *
     * @return an immutable list
     * @throws RasException if the backend fails, keeps reporting more connections than the buffer
     *                      holds, or reports entries that do not fit what it was given
     */
    public List<RasConnection> connections() {
        return enumerator.connections();
    }

    /**
     * The connections whose {@code RasGetConnectStatus} says {@code RASCS_Connected}: the check the
     * Windows documentation recommends. A connection that vanishes between the two calls is left out.
     *
     * @return an immutable list
     */
    public List<RasConnection> activeConnections() {
        List<RasConnection> active = new ArrayList<>();
        for (RasConnection connection : connections()) {
            statusIfLive(connection.handle())
                    .filter(ConnectionStatus::isConnected)
                    .ifPresent(status -> active.add(connection));
        }
        return List.copyOf(active);
    }

    /**
     * The status of a connection.
     *
     * @throws RasException with {@code ERROR_INVALID_HANDLE} (6) if the handle is not a live
     *                      connection, or the backend's error
     */
    public ConnectionStatus status(RasHandle handle) {
        Objects.requireNonNull(handle, "handle");
        return statusReader.statusIfLive(handle).orElseThrow(() -> new RasException(
                RasError.ERROR_INVALID_HANDLE.code(), "RasGetConnectStatus", "handle " + handle));
    }

    /**
     * The status of a connection, or empty when {@code RasGetConnectStatus} answers
     * {@code ERROR_INVALID_HANDLE}: the handle is no connection or no longer one (a connection hung
     * up between listing and asking). Listing each connection with its state is
     * {@code connections()} then this for each.
     *
     * @throws RasException for any other error of the backend
     */
    public Optional<ConnectionStatus> statusIfLive(RasHandle handle) {
        Objects.requireNonNull(handle, "handle");
        return statusReader.statusIfLive(handle);
    }

    /**
     * The first listed connection whose entry name is {@code entryName}, compared without regard to
     * case, as Windows compares phone-book entry names.
     */
    public Optional<RasConnection> find(String entryName) {
        Objects.requireNonNull(entryName, "entryName");
        return connections().stream().filter(c -> c.entryName().equalsIgnoreCase(entryName)).findFirst();
    }

    /**
     * Watches the connections with the default options ({@link WatchOptions#defaults()}): typed
     * events when a connection appears, connects, changes state, drops or disappears, from
     * {@code RasConnectionNotification} where the backend has it and from polling.
     *
     * @throws RasException if the first snapshot fails
     * @see RasWatch
     */
    public RasWatch watch() {
        return watch(WatchOptions.defaults());
    }

    /**
     * Watches the connections with these options; see {@link RasWatch}.
     *
     * @throws RasException if the first snapshot fails
     */
    public RasWatch watch(WatchOptions options) {
        return RasWatch.start(this, options);
    }

    /** Options of a {@link RasClient}. */
    public static final class Builder {
        private final RasBackend backend;
        private RasCharset charset = RasCharset.W;
        private Charset ansiCharset = AnsiCodePage.platform();
        private RasConnVersion preferredVersion = RasConnVersion.newest();
        private int maxRounds = DEFAULT_MAX_ROUNDS;

        private Builder(RasBackend backend) {
            this.backend = Objects.requireNonNull(backend, "backend");
        }

        /** Which functions to call: {@code W} (the default, UTF-16) or {@code A} (ANSI). */
        public Builder charset(RasCharset value) {
            charset = Objects.requireNonNull(value, "charset");
            return this;
        }

        /** The code page of {@code A} text; by default the platform's ANSI code page. */
        public Builder ansiCharset(Charset value) {
            ansiCharset = Objects.requireNonNull(value, "ansiCharset");
            return this;
        }

        /** The newest {@code RASCONN} version to ask for; older ones are tried on 632. */
        public Builder preferredVersion(RasConnVersion value) {
            preferredVersion = Objects.requireNonNull(value, "preferredVersion");
            return this;
        }

        /**
         * Rounds of growing the buffer when connections keep appearing, before giving up with
         * {@code ERROR_BUFFER_TOO_SMALL}.
         *
         * @throws IllegalArgumentException if {@code value < 1}
         */
        public Builder maxRounds(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxRounds must be at least 1, not " + value);
            }
            maxRounds = value;
            return this;
        }

        public RasClient build() {
            return new RasClient(this);
        }
    }
}
