/**
 * ras4j's core: the domain ({@link org.ras4j.RasConnection}), the high-level client
 * ({@link org.ras4j.RasClient}), the byte-exact codec of {@code RASCONN} and {@code RASCONNSTATUS}
 * ({@code org.ras4j.codec}), the backend port ({@code org.ras4j.spi}) and the connection watch
 * ({@code org.ras4j.watch}). No dependency beyond the JDK.
 */
module org.ras4j.api {
    exports org.ras4j;
    exports org.ras4j.codec;
    exports org.ras4j.spi;
    exports org.ras4j.watch;

    uses org.ras4j.spi.RasBackendProvider;
}
