package org.ras4j.sim;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongSupplier;
import java.util.function.Consumer;
import org.ras4j.ConnectionState;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.spi.AutoResetEvent;
import org.ras4j.spi.ConnectionNotifier;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.NotificationEvent;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;

/**
 * A {@link RasBackend} that behaves as {@code rasapi32} of one Windows version
 * ({@link WindowsProfile}) behaves, byte for byte, over connections a test scripts: exactly as
 * strict as Windows (docs/contract.md §2–§3), so that code which passes here passes there.
 *
 * <p>Each scenario in a few lines ({@code p} is a profile, {@code vpn} a {@link RasConnection}
 * built with {@code RasConnection.builder(RasHandle.NULL, "VPN")}; the simulator gives handles):
 * <pre>{@code
 * // Two connections, Windows 10 x64:
 * SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
 * RasHandle h = ras.connect(vpn);
 * ras.connect(RasConnection.builder(RasHandle.NULL, ".5551234").build());   // dialled without an entry
 *
 * // A connection appears between the size query and the fetch (the client must retry on 603):
 * ras.connectBeforeNextFetch(vpn);
 *
 * // A connection is hung up between the size query and the fetch:
 * ras.hangUpBeforeNextFetch(h);
 *
 * // The next RasEnumConnectionsW fails with ERROR_NOT_ENOUGH_MEMORY:
 * ras.failNextCall(SimFunction.ENUM_CONNECTIONS_W, 8);
 *
 * // The RAS service is not running (enumeration: success, 0 entries):
 * SimulatedRas stopped = SimulatedRas.builder(p).serviceStopped().build();
 *
 * // Dialling, then connected; a dropped line; a multilink connection losing one link:
 * RasHandle d = ras.dial(vpn, ConnectionState.AUTHENTICATE);  ras.advance(d, ConnectionState.CONNECTED);
 * ras.drop(h, 628);                                   // RASCS_Disconnected, dwError 628, until hung up
 * RasHandle m = ras.connectMultilink(vpn, StatusDetails.NONE, 2);
 * ras.hangUp(ras.connection(m).orElseThrow().subEntryHandles().get(1));   // that link only
 *
 * // How many calls a client made:
 * assertEquals(2, ras.callCount(SimFunction.ENUM_CONNECTIONS_W));
 *
 * // Traffic and addresses (docs/contract.md §8), on a clock the test moves (never a sleep):
 * AtomicLong millis = new AtomicLong();
 * SimulatedRas timed = SimulatedRas.builder(p).clock(millis::get).build();
 * RasHandle v = timed.connect(vpn);
 * timed.setTraffic(v, Traffic.steady(100_000_000, 1_000, 50_000));   // bytes per second
 * timed.setNegotiation(v, Negotiation.ikev2(client, server).withIpv6(client6, server6));
 * millis.addAndGet(60_000);   // RasGetConnectionStatistics: 60 000 bytes sent, 60 s connected
 *
 * // RasConnectionNotification: each change signals the registered events before it returns:
 * NotificationEvent event = ras.createEvent();
 * ras.connectionNotification(ConnectionNotifier.allConnections(ras.abi()), event,
 *         ConnectionNotifier.RASCN_CONNECTION | ConnectionNotifier.RASCN_DISCONNECTION);
 * RasHandle v = ras.connect(vpn);                     // event.await(Duration.ZERO) is true now
 *
 * // Changes over time, made when the test moves the timeline's clock (no clock of its own):
 * ras.atTime(Duration.ofSeconds(5), r -> r.drop(v, 629));
 * ras.advanceTimeTo(Duration.ofSeconds(5));           // dropped now
 * }</pre>
 *
 * <p>Inspecting a connection follows the profile: the statistics functions exist from Windows 2000,
 * {@code RASP_PppIpv6} from Vista, {@code RasGetProjectionInfoEx} from Windows 7; where a function
 * does not exist the simulator answers {@code ERROR_PROC_NOT_FOUND} (127). A connection nothing was
 * negotiated for answers {@code ERROR_PROTOCOL_NOT_CONFIGURED} (731); the other open points are
 * the simulator's choices stated in docs/contract.md §8 and in {@code StatisticsCall},
 * {@code ProjectionCall}, {@code ProjectionExCall}.
 *
 * <p>A <em>fetch</em> is an enumeration call ({@code A} or {@code W}) that passes a buffer;
 * changes scripted "before the next fetch" happen at the start of that call, before anything else
 * (a scripted failure included). Where the profile has no NULL-buffer size query (2000/XP), a
 * client sizes with a one-entry buffer, so its size query is itself a fetch: script
 * {@code connectBeforeFetch(2, vpn)} to land between it and the next. Handles are non-zero, never handed out twice by one simulator,
 * and by default chosen to catch sign extension (x86: above 2^31) and truncation (x64: above
 * 2^32). Instances are thread-safe and independent: every call reads one immutable snapshot of
 * the state, so an enumeration never sees half a change; there is no global state.
 */
public final class SimulatedRas implements RasBackend, ConnectionNotifier {
    private final WindowsProfile profile;
    private final EnumConnectionsCall enumCall;
    private final ConnectStatusCall statusCall;
    private final StatisticsCall statisticsCall;
    private final ProjectionCall projectionCall;
    private final ProjectionExCall projectionExCall;
    private final LongSupplier clock;
    private final Object lock = new Object();
    private final Script script = new Script();
    private final StateChanges changes;
    private final SimNotifications notifications;
    private final Timeline timeline = new Timeline();
    private volatile SimState state;

    private SimulatedRas(Builder b) {
        this.profile = b.profile;
        this.enumCall = new EnumConnectionsCall(profile);
        this.statusCall = new ConnectStatusCall(profile);
        this.statisticsCall = new StatisticsCall(profile);
        this.projectionCall = new ProjectionCall(profile);
        this.projectionExCall = new ProjectionExCall(profile);
        this.clock = b.clock;
        this.changes = new StateChanges(profile, new HandleAllocator(profile.abi(), b.firstHandle), clock);
        this.notifications = new SimNotifications(profile, b.oneShotNotifications);
        this.state = SimState.EMPTY_RUNNING.withService(b.serviceRunning);
    }

    /**
     * A builder of a simulator behaving as {@code profile}'s Windows.
     *
     * @param profile the profile
     * @return this builder
     */
    public static Builder builder(WindowsProfile profile) {
        return new Builder(profile);
    }

    /**
     * {@return the Windows this simulator behaves as}
     */
    public WindowsProfile profile() {
        return profile;
    }

    /**
     * {@return {@inheritDoc} The profile's ABI}
     */
    @Override
    public Abi abi() {
        return profile.abi();
    }

    /**
     * {@code RasEnumConnectionsA/W}, as docs/contract.md §2 and the profile say: see
     * {@link RasBackend#enumConnections}. Counts the call, makes the changes scripted before this
     * fetch (if a buffer is passed), then returns a scripted code if one is due (touching nothing),
     * else answers from one snapshot of the state.
     *
     * <p>The {@code dwSize} of a non-NULL buffer is read whatever {@code *lpcb} says, as Windows
     * reads it: {@code *lpcb = 0} with a valid {@code dwSize} is 603 with that version's sizes (or
     * success with no connection); only a NULL buffer is the size query. Nothing at or past
     * {@code min(*lpcb, capacity)} is written. Where the contract leaves it open (docs/contract.md
     * marks each point): a non-NULL buffer too small to hold a {@code dwSize} is 632; a dropped
     * connection stays listed until hung up; the NULL size query sets {@code *lpcConnections} to
     * the count, as the 603 of a fetch does.
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     * @param buffer the caller's buffer, any position, limit and byte order
     * @param lpcb the lpcb
     * @param lpcConnections the lpc connections
     * @return {@code RasEnumConnectionsA/W}, as docs/contract.md §2 and the profile say: see {@link RasBackend#enumConnections}
     */
    @Override
    public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef lpcConnections) {
        SimFunction function = SimFunction.enumConnections(charset);
        SimState snapshot;
        OptionalInt fault;
        synchronized (lock) {
            script.count(function);
            if (buffer != null) {
                changeTo(script.fetch(state));
            }
            fault = script.takeFault(function);
            snapshot = state;
        }
        return fault.isPresent() ? fault.getAsInt() : enumCall.call(snapshot, charset, buffer, lpcb, lpcConnections);
    }

    /**
     * {@code RasGetConnectStatusA/W}, as docs/contract.md §3 and the profile say: 632 for a NULL
     * or unaccepted structure, then 6 for a handle that is 0 or not live, else the status. Counts
     * the call and returns a scripted code if one is due (touching nothing). A buffer under 4 bytes,
     * or smaller than its own {@code dwSize}, is 632 too: the simulator never writes past it.
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     * @param handle {@code hrasconn} of a connection or sub-entry
     * @param status the status, in its newest form
     * @return {@code RasGetConnectStatusA/W}, as docs/contract.md §3 and the profile say: 632 for a NULL or unaccepted structure, then 6 for a handle that is 0 or not live, else the status
     */
    @Override
    public int getConnectStatus(RasCharset charset, RasHandle handle, ByteBuffer status) {
        Objects.requireNonNull(handle, "handle");
        SimFunction function = SimFunction.getConnectStatus(charset);
        SimState snapshot;
        OptionalInt fault;
        synchronized (lock) {
            script.count(function);
            fault = script.takeFault(function);
            snapshot = state;
        }
        return fault.isPresent() ? fault.getAsInt() : statusCall.call(snapshot, charset, handle, status);
    }

    /**
     * {@code RasGetConnectionStatistics}, as docs/contract.md §8 and the profile say (C-STATS-01..05):
     * 127 before Windows 2000, {@code E_INVALIDARG} for handle 0, a NULL buffer or a {@code dwSize}
     * other than 60, 6 for a handle that is not live, else the scripted {@link Traffic} at the
     * clock's time. Counts the call and returns a scripted code if one is due (touching nothing).
     *
     * @param handle {@code hrasconn} of a connection or sub-entry
     * @param statistics the statistics
     * @return {@code RasGetConnectionStatistics}, as docs/contract.md §8 and the profile say (C-STATS-01..05): 127 before Windows 2000, {@code E_INVALIDARG} for handle 0, a NULL buffer or a {@code dwSize} other than 60, 6 for a handle that is not live, else the scripted {@link Traffic} at the clock's time
     */
    @Override
    public int getConnectionStatistics(RasHandle handle, ByteBuffer statistics) {
        Objects.requireNonNull(handle, "handle");
        Snapshot s = take(SimFunction.GET_CONNECTION_STATISTICS);
        return s.fault.isPresent() ? s.fault.getAsInt()
                : statisticsCall.connection(s.state, s.now, handle, statistics);
    }

    /**
     * {@return {@code RasGetLinkStatistics}: as {@link #getConnectionStatistics}, for one link (C-STATS-04)}
     *
     * @param handle {@code hrasconn} of a connection or sub-entry
     * @param subEntry the sub entry
     * @param statistics the statistics
     */
    @Override
    public int getLinkStatistics(RasHandle handle, int subEntry, ByteBuffer statistics) {
        Objects.requireNonNull(handle, "handle");
        Snapshot s = take(SimFunction.GET_LINK_STATISTICS);
        return s.fault.isPresent() ? s.fault.getAsInt()
                : statisticsCall.link(s.state, s.now, handle, subEntry, statistics);
    }

    /**
     * {@code RasGetProjectionInfoA/W} ({@code RASP_PppIp}, {@code RASP_PppIpv6}), as
     * docs/contract.md §8 and the profile say (C-PROJ-01..04): the connection's {@link Negotiation}
     * in the caller's {@code RASPPPIP} version; 731 for a protocol it did not negotiate.
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     * @param handle {@code hrasconn} of a connection or sub-entry
     * @param projection the projection
     * @param buffer the caller's buffer, any position, limit and byte order
     * @param lpcb the lpcb
     * @return {@code RasGetProjectionInfoA/W} ({@code RASP_PppIp}, {@code RASP_PppIpv6}), as docs/contract.md §8 and the profile say (C-PROJ-01..04): the connection's {@link Negotiation} in the caller's {@code RASPPPIP} version; 731 for a protocol it did not negotiate
     */
    @Override
    public int getProjectionInfo(RasCharset charset, RasHandle handle, int projection, ByteBuffer buffer,
            DwordRef lpcb) {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(handle, "handle");
        Snapshot s = take(SimFunction.getProjectionInfo(charset));
        return s.fault.isPresent() ? s.fault.getAsInt()
                : projectionCall.call(s.state, charset, handle, projection, buffer, lpcb);
    }

    /**
     * {@code RasGetProjectionInfoEx} (Windows 7 and later), as docs/contract.md §8 says
     * (C-PROJ-05..07): the PPP or IKEv2 projection, the IKEv2 server-address arrays after the
     * structure with pointers {@code address} + their offset; 127 before Windows 7.
     *
     * @param handle {@code hrasconn} of a connection or sub-entry
     * @param buffer the caller's buffer, any position, limit and byte order
     * @param address the address
     * @param lpdwSize the lpdw size
     * @return {@code RasGetProjectionInfoEx} (Windows 7 and later), as docs/contract.md §8 says (C-PROJ-05..07): the PPP or IKEv2 projection, the IKEv2 server-address arrays after the structure with pointers {@code address} + their offset; 127 before Windows 7
     */
    @Override
    public int getProjectionInfoEx(RasHandle handle, ByteBuffer buffer, long address, DwordRef lpdwSize) {
        Objects.requireNonNull(handle, "handle");
        Snapshot s = take(SimFunction.GET_PROJECTION_INFO_EX);
        return s.fault.isPresent() ? s.fault.getAsInt()
                : projectionExCall.call(s.state, handle, buffer, address, lpdwSize);
    }

    /**
     * One call's view: the state, the clock's time, and a scripted code if one is due.
     *
     * @param state the state
     * @param now the now
     * @param fault the fault
     */
    private record Snapshot(SimState state, long now, OptionalInt fault) {
    }

    private Snapshot take(SimFunction function) {
        synchronized (lock) {
            script.count(function);
            return new Snapshot(state, clock.getAsLong(), script.takeFault(function));
        }
    }

    // ---- fixture: the state a test sets up ------------------------------------------------------

    /**
     * A new connection, connected ({@code RASCS_Connected}), listed after every live one, with the
     * members of {@code attributes} (whose handle is ignored) and the default status details
     * ({@link StatusDetails#defaultsFor}).
     *
     * @param attributes the attributes
     * @return the handle the simulator gave it
     * @throws IllegalArgumentException if Windows could not have it (a member too long for its
     * field, owner flags before Vista, …)
     * @throws IllegalStateException    if the RAS service is stopped
     */
    public RasHandle connect(RasConnection attributes) {
        return connect(attributes, StatusDetails.defaultsFor(attributes));
    }

    /**
     * {@return A new connected connection with these status details; see {@link #connect(RasConnection)}}
     *
     * @param attributes the attributes
     * @param details the details
     */
    public RasHandle connect(RasConnection attributes, StatusDetails details) {
        return update(s -> changes.create(s, attributes, details, ConnectionState.CONNECTED, 0));
    }

    /**
     * A new connected multilink connection of {@code links} sub-entries, each with its own handle
     * ({@link SimConnection#subEntryHandles()}, as {@code RasGetSubEntryHandle} gives them).
     * {@code RasEnumConnections} lists the connection once.
     *
     * @param attributes the attributes
     * @param details the details
     * @param links the links
     * @return a new connected multilink connection of {@code links} sub-entries, each with its own handle ({@link SimConnection#subEntryHandles()}, as {@code RasGetSubEntryHandle} gives them)
     */
    public RasHandle connectMultilink(RasConnection attributes, StatusDetails details, int links) {
        return update(s -> changes.create(s, attributes, details, ConnectionState.CONNECTED, links));
    }

    /**
     * A new connection still dialling, in {@code state} (a state before {@code RASCS_Connected}):
     * listed only where the profile lists dialling connections (Windows 95/98/Me);
     * {@code RasGetConnectStatus} reports {@code state} and the device being connected.
     *
     * @param attributes the attributes
     * @param state the state
     * @return a new connection still dialling, in {@code state} (a state before {@code RASCS_Connected}): listed only where the profile lists dialling connections (Windows 95/98/Me); {@code RasGetConnectStatus} reports {@code state} and the device being connected
     */
    public RasHandle dial(RasConnection attributes, ConnectionState state) {
        return dial(attributes, StatusDetails.defaultsFor(attributes), state);
    }

    /**
     * {@return A new dialling connection with these status details; see {@link #dial(RasConnection, ConnectionState)}}
     *
     * @param attributes the attributes
     * @param details the details
     * @param state the state
     */
    public RasHandle dial(RasConnection attributes, StatusDetails details, ConnectionState state) {
        StateChanges.requireDialingState(state);
        return update(s -> changes.create(s, attributes, details, state, 0));
    }

    /**
     * Moves a dialling connection to {@code next}: another dialling state, or
     * {@code RASCS_Connected} (from then on it is listed on every profile).
     *
     * @param handle {@code hrasconn} of a connection or sub-entry
     * @param next the next
     * @throws IllegalArgumentException if {@code handle} is not a live connection, or {@code next}
     * is {@code RASCS_Disconnected} (use {@link #drop})
     * @throws IllegalStateException    if the connection is not dialling
     */
    public void advance(RasHandle handle, ConnectionState next) {
        apply(s -> changes.advance(s, handle, next));
    }

    /**
     * The line of connection {@code handle} drops (or its dialling fails): {@code RasGetConnectStatus}
     * reports {@code RASCS_Disconnected} with {@code reason} in {@code dwError} (e.g. 628,
     * {@code ERROR_PORT_DISCONNECTED}), and it stays listed until it is hung up.
     *
     * @param handle {@code hrasconn} of a connection or sub-entry
     * @param reason the reason
     * @throws IllegalArgumentException if {@code handle} is not a live connection's own handle
     * @throws IllegalStateException    if its line dropped already
     */
    public void drop(RasHandle handle, int reason) {
        apply(s -> changes.drop(s, handle, reason));
    }

    /**
     * {@code RasHangUp}: a connection's handle ends the connection (no longer listed, its handle and
     * its sub-entry handles stale: 6); a sub-entry handle ends only that link (its status becomes
     * {@code RASCS_Disconnected} with {@code dwError} 0; the connection stays).
     *
     * @param handle {@code hrasconn} of a connection or sub-entry
     * @throws IllegalArgumentException if {@code handle} is neither a live connection's nor one of
     * its sub-entries'
     */
    public void hangUp(RasHandle handle) {
        apply(s -> changes.hangUp(s, handle));
    }

    /**
     * The counters of connection {@code handle} (its own handle) from now on follow {@code traffic},
     * counted from the moment it connected ({@code RasGetConnectionStatistics}; a dialling one
     * reports zeros, a dropped one what it had when its line dropped).
     *
     * @param handle {@code hrasconn} of a connection or sub-entry
     * @param traffic the traffic
     * @throws IllegalArgumentException if {@code handle} is not a live connection's own handle
     */
    public void setTraffic(RasHandle handle, Traffic traffic) {
        Objects.requireNonNull(traffic, "traffic");
        apply(s -> changes.inspect(s, handle, i -> i.withTraffic(traffic)));
    }

    /**
     * What connection {@code handle} (its own handle) negotiated: the addresses
     * {@code RasGetProjectionInfo} and {@code RasGetProjectionInfoEx} report. A connection set up
     * without one negotiated nothing (731).
     *
     * @param handle {@code hrasconn} of a connection or sub-entry
     * @param negotiation the negotiation
     * @throws IllegalArgumentException if {@code handle} is not a live connection's own handle
     */
    public void setNegotiation(RasHandle handle, Negotiation negotiation) {
        Objects.requireNonNull(negotiation, "negotiation");
        apply(s -> changes.inspect(s, handle, i -> i.withNegotiation(negotiation)));
    }

    /** Hangs up every connection. */
    public void hangUpAll() {
        apply(SimState::cleared);
    }

    /**
     * {@return every live connection (dialling, connected or dropped), in the order they are listed}
     */
    public List<SimConnection> connections() {
        return state.conns().stream().map(Conn::view).toList();
    }

    /**
     * {@return the live connection whose own handle is {@code handle}, if any}
     *
     * @param handle {@code hrasconn} of a connection or sub-entry
     */
    public Optional<SimConnection> connection(RasHandle handle) {
        return state.conn(Objects.requireNonNull(handle, "handle")).map(Conn::view);
    }

    /** Stops the RAS service: every connection ends; enumerations succeed with 0 entries. */
    public void stopService() {
        apply(s -> s.withService(false));
    }

    /** Starts the RAS service again, without connections. */
    public void startService() {
        apply(s -> s.withService(true));
    }

    /**
     * {@return whether the RAS service is running}
     */
    public boolean isServiceRunning() {
        return state.serviceRunning();
    }

    /**
     * The connection's {@code rasconnsubstate} (Windows 7 and later) becomes {@code subState}, e.g.
     * {@code RASCSS_Reconnecting} (2) while an IKEv2 tunnel moves to another network, then
     * {@code RASCSS_Reconnected} (0x2000); its state stays what it is.
     *
     * @param handle {@code hrasconn} of a connection or sub-entry
     * @param subState the sub state
     * @throws IllegalArgumentException if {@code handle} is not a live connection's own handle
     */
    public void changeSubState(RasHandle handle, int subState) {
        Objects.requireNonNull(handle, "handle");
        apply(s -> {
            if (s.owner(handle).filter(c -> c.handle().equals(handle)).isEmpty()) {
                throw new IllegalArgumentException("no live connection has handle " + handle);
            }
            return s.replace(handle, c -> new Conn(c.attributes(), c.details().withSubState(subState), c.state(),
                    c.error(), c.links()));
        });
    }

    // ---- notification: RasConnectionNotification ------------------------------------------------

    /**
     * {@return {@inheritDoc} An {@link AutoResetEvent}}
     */
    @Override
    public NotificationEvent createEvent() {
        return new AutoResetEvent();
    }

    /**
     * {@code RasConnectionNotification}, as docs/contract.md §9 says and as the simulator chooses
     * where it leaves it open (§7 k–m): counted and subject to scripted codes like the other calls;
     * then 120 where the profile has no such function (Windows 95), 87 for a NULL event, 6 for a
     * closed one, 87 for no flag or an undocumented one, 6 for a handle that is neither
     * {@link ConnectionNotifier#allConnections} nor a live connection's or sub-entry's, 711 while the
     * RAS service is stopped. A registration of the same handle and event again adds its flags.
     *
     * <p>From then on every change the simulator makes, scripted or direct, signals the registered
     * events it concerns, synchronously, before the call that made the change returns:
     * {@code RASCN_Connection} when a connection becomes listed or a listed one's status changes,
     * {@code RASCN_Disconnection} when a line drops or a connection ends, {@code RASCN_BandwidthRemoved}
     * when a link of a multilink connection is hung up. A change the listing cannot show (dialling
     * on NT, before the connection is listed) signals nothing. See
     * {@link Builder#oneShotNotifications()} for registrations that end after one signal.
     *
     * @param hrasconn the hrasconn
     * @param hEvent the h event
     * @param dwFlags the dw flags
     * @return {@code RasConnectionNotification}, as docs/contract.md §9 says and as the simulator chooses where it leaves it open (§7 k–m): counted and subject to scripted codes like the other calls; then 120 where the profile has no such function (Windows 95), 87 for a NULL event, 6 for a closed one, 87 for no flag or an undocumented one, 6 for a handle that is neither {@link ConnectionNotifier#allConnections} nor a live connection's or sub-entry's, 711 while the RAS service is stopped
     */
    @Override
    public int connectionNotification(RasHandle hrasconn, NotificationEvent hEvent, int dwFlags) {
        Objects.requireNonNull(hrasconn, "hrasconn");
        synchronized (lock) {
            script.count(SimFunction.CONNECTION_NOTIFICATION);
            OptionalInt fault = script.takeFault(SimFunction.CONNECTION_NOTIFICATION);
            if (fault.isPresent()) {
                return fault.getAsInt();
            }
            return notifications.register(state, hrasconn, hEvent, dwFlags);
        }
    }

    /**
     * {@return whether the profile has {@code RasConnectionNotification} (every one but Windows 95)}
     */
    @Override
    public boolean hasConnectionNotification() {
        return profile.connectionNotification();
    }

    /**
     * {@return how many {@code RasConnectionNotification} registrations are live (their events open)}
     */
    public int notificationRegistrations() {
        synchronized (lock) {
            return notifications.size();
        }
    }

    // ---- timeline: changes at offsets from a start that the caller moves ------------------------

    /**
     * Schedules {@code change} (any calls on this simulator) at {@code offset} on the simulator's
     * timeline. Nothing happens until the timeline's clock is moved past it with
     * {@link #advanceTimeTo}; the simulator has no clock of its own, so a test moves it by hand and
     * {@code ras4j watch} with the wall clock.
     *
     * @param offset the offset
     * @param change the change
     * @throws IllegalArgumentException if {@code offset} is negative
     */
    public void atTime(Duration offset, Consumer<SimulatedRas> change) {
        timeline.at(offset, change);
    }

    /**
     * Moves the timeline's clock to {@code time} (never back) and makes every change due by then,
     * in the order of their offsets (those at one offset in the order they were scheduled), on the
     * calling thread.
     *
     * @param time the time
     * @return how many changes were made
     * @throws RuntimeException whatever a change throws; the changes after it stay due for the next call
     */
    public int advanceTimeTo(Duration time) {
        timeline.moveTo(time);
        int made = 0;
        for (Optional<Consumer<SimulatedRas>> due = timeline.takeDue(); due.isPresent(); due = timeline.takeDue()) {
            made++;
            due.get().accept(this);
        }
        return made;
    }

    /**
     * {@return where the timeline's clock is}
     */
    public Duration timelineTime() {
        return timeline.now();
    }

    /**
     * {@return the offset of the next scheduled change, if any is left}
     */
    public Optional<Duration> nextTimedChange() {
        return timeline.next();
    }

    // ---- script: what happens next --------------------------------------------------------------

    /**
     * Just before the next fetch, a new connection with {@code attributes} connects (the race
     * between a client's size query and its fetch).
     *
     * @param attributes the attributes
     * @return the handle it will have (reserved now)
     */
    public RasHandle connectBeforeNextFetch(RasConnection attributes) {
        return connectBeforeFetch(1, attributes);
    }

    /**
     * {@return just before fetch number {@code nth} from now (1 = the next), a new connection connects}
     *
     * @param nth the nth
     * @param attributes the attributes
     */
    public RasHandle connectBeforeFetch(int nth, RasConnection attributes) {
        synchronized (lock) {
            StateChanges.Pending pending = changes.reserve(attributes, StatusDetails.defaultsFor(attributes));
            script.beforeFetch(nth, pending::applyTo);
            return pending.handle();
        }
    }

    /**
     * Just before the next fetch, {@code handle} is hung up (nothing happens if it is gone by then).
     *
     * @param handle {@code hrasconn} of a connection or sub-entry
     */
    public void hangUpBeforeNextFetch(RasHandle handle) {
        hangUpBeforeFetch(1, handle);
    }

    /**
     * Just before fetch number {@code nth} from now (1 = the next), {@code handle} is hung up.
     *
     * @param nth the nth
     * @param handle {@code hrasconn} of a connection or sub-entry
     */
    public void hangUpBeforeFetch(int nth, RasHandle handle) {
        Objects.requireNonNull(handle, "handle");
        synchronized (lock) {
            script.beforeFetch(nth, s -> s.owner(handle).isPresent() ? changes.hangUp(s, handle) : s);
        }
    }

    /**
     * The next call of {@code function} that has no scripted code yet returns {@code code} and
     * touches none of its arguments (calls are counted still). Several scripted codes are returned
     * by successive calls, in order.
     *
     * @param function the function
     * @param code the code
     * @throws IllegalArgumentException if {@code code} is {@code ERROR_SUCCESS}: a success that
     * writes nothing is not something Windows does
     */
    public void failNextCall(SimFunction function, int code) {
        Objects.requireNonNull(function, "function");
        if (code == 0) {
            throw new IllegalArgumentException("ERROR_SUCCESS is no failure; script a state instead");
        }
        synchronized (lock) {
            script.failNext(function, code);
        }
    }

    /**
     * {@return how many times {@code function} was called on this simulator}
     *
     * @param function the function
     */
    public long callCount(SimFunction function) {
        Objects.requireNonNull(function, "function");
        synchronized (lock) {
            return script.calls(function);
        }
    }

    private RasHandle update(StateChanges.Creation creation) {
        synchronized (lock) {
            StateChanges.Result result = creation.apply(state);
            changeTo(result.state());
            return result.handle();
        }
    }

    private void apply(java.util.function.UnaryOperator<SimState> change) {
        synchronized (lock) {
            changeTo(change.apply(state));
        }
    }

    /**
     * Makes {@code next} the state and signals the registrations the change concerns; under the lock.
     *
     * @param next the next
     */
    private void changeTo(SimState next) {
        SimState before = state;
        state = next;
        notifications.changed(before, next);
    }

    /** Builds a {@link SimulatedRas}. */
    public static final class Builder {
        private final WindowsProfile profile;
        private boolean serviceRunning = true;
        private boolean oneShotNotifications;
        private long firstHandle;
        private LongSupplier clock = () -> System.nanoTime() / 1_000_000;

        private Builder(WindowsProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
            this.firstHandle = HandleAllocator.defaultFirst(profile.abi());
        }

        /**
         * The RAS service is not running: enumerations succeed with 0 entries, statuses answer 6.
         *
         * @return this builder
         */
        public Builder serviceStopped() {
            serviceRunning = false;
            return this;
        }

        /**
         * The first handle to hand out (then every fourth value): non-zero, within 32 bits on x86.
         * The default is {@code 0x80000004} on x86 and {@code 0x20000000004} on x64.
         *
         * @param bits the bits
         * @return this builder
         */
        public Builder firstHandle(long bits) {
            new HandleAllocator(profile.abi(), bits);
            firstHandle = bits;
            return this;
        }

        /**
         * The clock, in milliseconds, that connection durations and traffic counters follow; by
         * default the JVM's monotonic clock. A test passes one it moves ({@code millis::get} of an
         * {@code AtomicLong}), so that no test ever sleeps.
         *
         * @param millis the millis
         * @return this builder
         */
        public Builder clock(LongSupplier millis) {
            clock = Objects.requireNonNull(millis, "millis");
            return this;
        }

        /**
         * Each {@code RasConnectionNotification} registration ends after it signals once, as DotRas
         * issue 105 reports of some Windows 11 set-ups (docs/contract.md C-NOTIFY-06): a watcher
         * must register again after every signal.
         *
         * @return this builder
         */
        public Builder oneShotNotifications() {
            oneShotNotifications = true;
            return this;
        }

        /**
         * {@return the simulator}
         */
        public SimulatedRas build() {
            return new SimulatedRas(this);
        }
    }
}
