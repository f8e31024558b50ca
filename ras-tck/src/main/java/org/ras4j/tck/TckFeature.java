package org.ras4j.tck;

/**
 * What a {@link TckFixture} can do to the backend's state, declared as data (as guava-testlib
 * declares collection features). A requirement that needs a feature the fixture lacks is skipped,
 * and the skip names the feature.
 */
public enum TckFeature {
    /** {@link TckFixture#reset()} and {@link TckFixture#connect(ConnectionSpec)}: connections with given attributes. */
    CAN_CREATE_CONNECTIONS,
    /** {@link TckFixture#dial(ConnectionSpec, org.ras4j.ConnectionState)}: a connection still dialling. */
    CAN_DIAL,
    /** {@link TckFixture#drop(org.ras4j.RasHandle, int)}: the line of a connection drops. */
    CAN_DROP,
    /** {@link TckFixture#hangUp(org.ras4j.RasHandle)}: a connection ends and its handle goes stale. */
    CAN_HANG_UP,
    /** The fixture holds at least {@link TckFixture#MANY} connections at once. */
    MANY_CONNECTIONS,
    /** {@link TckFixture#connectMultilink(ConnectionSpec, int)}: a connection with sub-entry handles. */
    MULTILINK,
    /** {@link TckFixture#stopService()}: the RAS service stops. */
    SERVICE_CONTROL,
    /**
     * {@link TckFixture#traffic} and {@link TckFixture#advanceClock}: a connection's counters follow
     * a {@link TrafficSpec} on a clock the fixture moves (and that stands still otherwise).
     */
    TRAFFIC,
    /** {@link TckFixture#negotiate}: what a connection negotiated, a {@link NegotiationSpec}. */
    PROJECTIONS
}
