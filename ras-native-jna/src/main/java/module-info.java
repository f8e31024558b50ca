/** The native RasBackend: rasapi32.dll through JNA. */
module org.ras4j.jna {
    requires transitive org.ras4j.api;
    requires com.sun.jna;
    requires com.sun.jna.platform;

    exports org.ras4j.jna;

    provides org.ras4j.spi.RasBackendProvider with org.ras4j.jna.JnaRasBackendProvider;
}
