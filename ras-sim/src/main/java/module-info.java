/**
 * A scripted simulator of rasapi32 ({@code RasEnumConnections}, {@code RasGetConnectStatus}),
 * exactly as strict as the Windows version it is given: {@link org.ras4j.sim.SimulatedRas} built
 * on a {@link org.ras4j.spi.WindowsProfile}.
 */
module org.ras4j.sim {
    requires transitive org.ras4j.api;

    exports org.ras4j.sim;

    provides org.ras4j.spi.RasBackendProvider with org.ras4j.sim.SimulatedRasProvider;
}
