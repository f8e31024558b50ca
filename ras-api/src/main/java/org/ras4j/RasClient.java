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
import org.ras4j.codec.RasPppIpCodec;
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
    private final StatisticsReader statisticsReader;
    private final ProjectionReader projectionReader;

    private RasClient(Builder builder) {
        this.backend = builder.backend;
        this.enumerator = new ConnectionEnumerator(backend, builder.charset,
                RasConnCodec.withAnsiCharset(builder.ansiCharset), builder.preferredVersion, builder.maxRounds);
        this.statusReader = new StatusReader(backend, builder.charset,
                RasConnStatusCodec.withAnsiCharset(builder.ansiCharset));
        this.statisticsReader = new StatisticsReader(backend);
        this.projectionReader = new ProjectionReader(backend, builder.charset,
                RasPppIpCodec.withAnsiCharset(builder.ansiCharset), builder.maxRounds);
    }

    /**
     * A client over the backend {@link RasBackends#best()} chooses among those
     * {@link java.util.ServiceLoader} finds: the one the system property
     * {@value RasBackends#BACKEND_PROPERTY} names ({@code sim}, {@code native} or a provider's
     * name), else the native one ({@code ras-native-jna}) where it is supported. A simulator is
     * chosen unasked only off Windows and where no native backend is supported, and then with a
     * {@code System.Logger} WARNING, once, that names it; on Windows a native backend that fails
     * to load is an exception naming the cause, never a fallback.
     *
     * @return a client with the default options
     * @throws IllegalStateException if no backend is available here, the named one is unknown or
     *                               unsupported, or the chosen one fails to load (the cause attached)
     */
    public static RasClient create() {
        return using(RasBackends.best());
    }

    /**
     * {@return a client over {@code backend} with the default options} That is the {@code W} functions and
     * the newest {@code RASCONN} version.
     *
     * @param backend the backend to call
     */
    public static RasClient using(RasBackend backend) {
        return builder(backend).build();
    }

    /**
     * {@return a builder of a client over {@code backend}}
     *
     * @param backend the backend the client calls
     */
    public static Builder builder(RasBackend backend) {
        return new Builder(backend);
    }

    /** {@return the backend this client calls} */
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
     * @param handle the connection's handle ({@link RasConnection#handle()})
     * @return its status
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
     * @param handle {@code hrasconn} of a connection or sub-entry
     * @return the status in the newest {@code RASCONNSTATUS} the backend accepts, or empty
     * @throws RasException for any other error of the backend
     */
    public Optional<ConnectionStatus> statusIfLive(RasHandle handle) {
        Objects.requireNonNull(handle, "handle");
        return statusReader.statusIfLive(handle);
    }

    /**
     * The traffic of a connection since it connected: {@code RasGetConnectionStatistics} (Windows
     * 2000 and later; docs/contract.md §8). A sub-entry's handle gives that link's counters.
     *
     * @param handle {@code hrasconn} of a connection or sub-entry
     * @return the traffic of a connection since it connected: {@code RasGetConnectionStatistics} (Windows 2000 and later; docs/contract.md §8)
     * @throws RasException with {@code ERROR_INVALID_HANDLE} (6) if the handle is not a live
     * connection, {@code ERROR_PROC_NOT_FOUND} (127) where the function does not
     * exist, or the backend's error
     */
    public ConnectionStatistics statistics(RasHandle handle) {
        Objects.requireNonNull(handle, "handle");
        return statisticsReader.connection(handle);
    }

    /**
     * The traffic of link {@code subEntry} (1 for the first) of a connection:
     * {@code RasGetLinkStatistics} (Windows 2000 and later).
     *
     * @param handle {@code hrasconn} of a connection or sub-entry
     * @param subEntry the sub entry
     * @return the traffic of link {@code subEntry} (1 for the first) of a connection: {@code RasGetLinkStatistics} (Windows 2000 and later)
     * @throws RasException as {@link #statistics}, and with the backend's error for a sub-entry the
     * connection does not have
     */
    public ConnectionStatistics linkStatistics(RasHandle handle, int subEntry) {
        Objects.requireNonNull(handle, "handle");
        return statisticsReader.link(handle, subEntry);
    }

    /**
     * What a connection negotiated: its PPP IPv4 ({@code RASP_PppIp}) and IPv6
     * ({@code RASP_PppIpv6}, Vista and later) projections from {@code RasGetProjectionInfo}, and its
     * PPP or IKEv2 projection from {@code RasGetProjectionInfoEx} (Windows 7 and later), each empty
     * where the protocol was not negotiated or the Windows version lacks it (docs/contract.md §8).
     * Versions are negotiated and buffers grown as for {@link #connections()}.
     *
     * @param handle {@code hrasconn} of a connection or sub-entry
     * @return What a connection negotiated: its PPP IPv4 ({@code RASP_PppIp}) and IPv6 ({@code RASP_PppIpv6}, Vista and later) projections from {@code RasGetProjectionInfo}, and its PPP or IKEv2 projection from {@code RasGetProjectionInfoEx} (Windows 7 and later), each empty where the protocol was not negotiated or the Windows version lacks it (docs/contract.md §8)
     * @throws RasException with {@code ERROR_INVALID_HANDLE} (6) if the handle is not a live
     * connection, {@code ERROR_PROJECTION_NOT_COMPLETE} (730) while it is still
     * being set up, or the backend's error
     */
    public ConnectionProjection projection(RasHandle handle) {
        Objects.requireNonNull(handle, "handle");
        return new ConnectionProjection(projectionReader.ip(handle), projectionReader.ipv6(handle),
                projectionReader.info(handle));
    }

    /**
     * The first listed connection whose entry name is {@code entryName}, compared without regard to
     * case, as Windows compares phone-book entry names.
     *
     * @param entryName the phone-book entry name
     * @return the connection, or empty if none has that entry name
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
     * @return Watches the connections with the default options ({@link WatchOptions#defaults()}): typed events when a connection appears, connects, changes state, drops or disappears, from {@code RasConnectionNotification} where the backend has it and from polling
     * @throws RasException if the first snapshot fails
     * @see RasWatch
     */
    public RasWatch watch() {
        return watch(WatchOptions.defaults());
    }

    /**
     * {@return watches the connections with these options; see {@link RasWatch}}
     *
     * @param options the options
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

        /**
         * Which functions to call: {@code W} (the default, UTF-16) or {@code A} (ANSI).
         *
         * @param value the character set of the functions
         * @return this builder
         */
        public Builder charset(RasCharset value) {
            charset = Objects.requireNonNull(value, "charset");
            return this;
        }

        /**
         * The code page of {@code A} text; by default the platform's ANSI code page.
         *
         * @param value the charset that decodes {@code A} text
         * @return this builder
         */
        public Builder ansiCharset(Charset value) {
            ansiCharset = Objects.requireNonNull(value, "ansiCharset");
            return this;
        }

        /**
         * The newest {@code RASCONN} version to ask for; older ones are tried on 632.
         *
         * @param value the version of the first call
         * @return this builder
         */
        public Builder preferredVersion(RasConnVersion value) {
            preferredVersion = Objects.requireNonNull(value, "preferredVersion");
            return this;
        }

        /**
         * Rounds of growing the buffer when connections keep appearing, before giving up with
         * {@code ERROR_BUFFER_TOO_SMALL}.
         *
         * @param value the number of rounds, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code value < 1}
         */
        public Builder maxRounds(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxRounds must be at least 1, not " + value);
            }
            maxRounds = value;
            return this;
        }

        /** {@return a client with these options} */
        public RasClient build() {
            return new RasClient(this);
        }
    }
}
