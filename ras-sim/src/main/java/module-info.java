/** A scripted simulator of rasapi32 ({@code RasEnumConnections}, {@code RasGetConnectStatus}). */
module org.ras4j.sim {
    requires transitive org.ras4j.api;
    requires com.google.common;

}
