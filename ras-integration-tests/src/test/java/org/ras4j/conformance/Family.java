package org.ras4j.conformance;

import java.util.List;

/**
 * The requirement families of ras-tck/REQUIREMENTS.md, each the nested class of the contract that
 * holds it (its display name); a test outside them (the properties, the client's own tests) by the
 * prefix of its id.
 */
enum Family {
    /** "General (the port)". */
    GEN("RasBackend: the port"),
    /** "RasEnumConnections — arguments". */
    ENUM_ARGUMENTS("RasEnumConnections: arguments"),
    /** "RasEnumConnections — sizing", with the properties ENUM-30 and ENUM-31. */
    ENUM_SIZING("RasEnumConnections: sizing"),
    /** "RasEnumConnections — entries". */
    ENUM_ENTRIES("RasEnumConnections: entries"),
    /** "RasGetConnectStatus", with the property STAT-11. */
    STAT("RasGetConnectStatus"),
    /** "RasGetConnectionStatistics, RasGetLinkStatistics". */
    STATS("RasGetConnectionStatistics, RasGetLinkStatistics"),
    /** "RasGetProjectionInfo" and "RasGetProjectionInfoEx". */
    PROJ("RasGetProjectionInfo", "RasGetProjectionInfoEx"),
    /** "RasConnectionNotification". */
    NOTIFY("RasConnectionNotification"),
    /** "RasWatch over the backend". */
    WATCH("RasWatch"),
    /** "RasClient over the backend". */
    CLIENT();

    private final List<String> containers;

    Family(String... containers) {
        this.containers = List.of(containers);
    }

    /**
     * The family of the test with requirement {@code id} inside {@code containers} (innermost first).
     *
     * @param id         the requirement id
     * @param containers the display names of the containers of the test, innermost first
     * @return its family; {@code CLIENT} for one no rule places
     */
    static Family of(String id, List<String> containers) {
        for (String container : containers) {
            for (Family family : values()) {
                if (family.containers.contains(container)) {
                    return family;
                }
            }
        }
        if (id.startsWith("ENUM-")) {
            return ENUM_SIZING;
        }
        if (id.startsWith("STAT-")) {
            return STAT;
        }
        return id.startsWith("GEN-") ? GEN : CLIENT;
    }
}
