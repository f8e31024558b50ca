package org.ras4j.tck;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.ras4j.ConnectionState;
import org.ras4j.RasHandle;

/**
 * Drives the state behind a backend under test: which connections exist and what state they are
 * in. A simulator can do all of it; a real Windows box cannot, and runs the contract without a
 * fixture (every fixture-free requirement still runs, against whatever connections exist).
 *
 * <p>Each method belongs to a {@link TckFeature}; the contract calls only the methods whose
 * feature {@link #features()} declares, so a fixture implements those and leaves the others to
 * their default, which throws {@link UnsupportedOperationException}. Calls come from one test at
 * a time.
 */
public interface TckFixture {

    /** How many connections {@link TckFeature#MANY_CONNECTIONS} means. */
    int MANY = 300;

    /**
     * {@return what this fixture can do}
     */
    Set<TckFeature> features();

    /**
     * Ends every connection (and starts the RAS service if it was stopped): the backend then has
     * none. Every fixture supports this.
     */
    void reset();

    /**
     * A new connection, connected ({@code RASCS_Connected}), with exactly the attributes of
     * {@code spec} ({@link TckFeature#CAN_CREATE_CONNECTIONS}). {@code RasEnumConnections} lists it
     * after every connection that exists already.
     *
     * @param spec the spec
     * @return the handle the backend gave it: non-zero, and unique among live connections
     */
    RasHandle connect(ConnectionSpec spec);

    /**
     * A new connection that is still dialling, in {@code state} (a state before
     * {@code RASCS_Connected}), over the device of {@code spec} ({@link TckFeature#CAN_DIAL}).
     *
     * @param spec the spec
     * @param state the state
     * @return the handle the backend gave it
     */
    default RasHandle dial(ConnectionSpec spec, ConnectionState state) {
        throw new UnsupportedOperationException("CAN_DIAL");
    }

    /**
     * The line of connection {@code handle} drops: {@code RasGetConnectStatus} then reports
     * {@code RASCS_Disconnected} with {@code reason} in {@code dwError} ({@link TckFeature#CAN_DROP}).
     *
     * @param handle {@code hrasconn} of a connection or sub-entry
     * @param reason the reason
     */
    default void drop(RasHandle handle, int reason) {
        throw new UnsupportedOperationException("CAN_DROP");
    }

    /**
     * The connection is hung up ({@code RasHangUp}): it is no longer listed and its handle is
     * stale ({@link TckFeature#CAN_HANG_UP}).
     *
     * @param handle {@code hrasconn} of a connection or sub-entry
     */
    default void hangUp(RasHandle handle) {
        throw new UnsupportedOperationException("CAN_HANG_UP");
    }

    /**
     * A new connected multilink connection of {@code links} sub-entries ({@link TckFeature#MULTILINK}).
     * {@link #hangUp} of a sub-entry handle ends only that link.
     *
     * @param spec the spec
     * @param links the links
     * @return the connection's handle, then the handle of each sub-entry ({@code RasGetSubEntryHandle}
     * of sub-entry 1, 2, …)
     */
    default List<RasHandle> connectMultilink(ConnectionSpec spec, int links) {
        throw new UnsupportedOperationException("MULTILINK");
    }

    /** The RAS service stops; {@link #reset()} starts it again ({@link TckFeature#SERVICE_CONTROL}). */
    default void stopService() {
        throw new UnsupportedOperationException("SERVICE_CONTROL");
    }

    /**
     * The counters of connection {@code handle} follow {@code spec} from now on
     * ({@link TckFeature#TRAFFIC}); the fixture's clock stands still until {@link #advanceClock}.
     *
     * @param handle {@code hrasconn} of a connection or sub-entry
     * @param spec the spec
     */
    default void traffic(RasHandle handle, TrafficSpec spec) {
        throw new UnsupportedOperationException("TRAFFIC");
    }

    /**
     * The fixture's clock moves by {@code by}, and with it every connection's counters and duration ({@link TckFeature#TRAFFIC}).
     *
     * @param by the by
     */
    default void advanceClock(Duration by) {
        throw new UnsupportedOperationException("TRAFFIC");
    }

    /**
     * Connection {@code handle} negotiated {@code spec} ({@link TckFeature#PROJECTIONS}).
     *
     * @param handle {@code hrasconn} of a connection or sub-entry
     * @param spec the spec
     */
    default void negotiate(RasHandle handle, NegotiationSpec spec) {
        throw new UnsupportedOperationException("PROJECTIONS");
    }
}
