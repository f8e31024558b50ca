package org.ras4j.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The requirement families: the sections of ras-tck/REQUIREMENTS.md, each holding the table of its
 * ids. A requirement's family is read from the section its row is in, so the count of broken
 * backends per family matches the document's own grouping.
 */
enum Family {
    /** "General (the port)". */
    GEN("General"),
    /** "RasEnumConnections — arguments". */
    ENUM_ARGUMENTS("RasEnumConnections — arguments"),
    /** "RasEnumConnections — sizing". */
    ENUM_SIZING("RasEnumConnections — sizing"),
    /** "RasEnumConnections — entries". */
    ENUM_ENTRIES("RasEnumConnections — entries"),
    /** "RasGetConnectStatus". */
    STAT("RasGetConnectStatus"),
    /** "RasGetConnectionStatistics, RasGetLinkStatistics". */
    STATS("RasGetConnectionStatistics"),
    /** "RasGetProjectionInfo" and "RasGetProjectionInfoEx". */
    PROJ("RasGetProjectionInfo"),
    /** "RasConnectionNotification". */
    NOTIFY("RasConnectionNotification"),
    /** "RasWatch over the backend". */
    WATCH("RasWatch"),
    /** "RasClient over the backend". */
    CLIENT("RasClient");

    private static final Path REQUIREMENTS = Path.of(System.getProperty("basedir", ".")).resolve("..")
            .resolve("ras-tck/REQUIREMENTS.md").normalize();
    private static final Pattern HEADING = Pattern.compile("^#{2,3} (.*)$");
    private static final Pattern ROW = Pattern.compile("^\\| ([A-Z]+-\\d\\d) \\|");
    private static final Pattern COUNT_ROW = Pattern.compile("^\\| ([^|]+?) \\| (\\d+) \\|$");
    /** The heading of the section of REQUIREMENTS.md with the table of broken backends rejected per family. */
    static final String SELF_TEST_HEADING = "The kit's self-test: broken backends rejected per family";
    private static final Map<String, Family> BY_ID = readRequirements();

    private final String heading;

    Family(String heading) {
        this.heading = heading;
    }

    /** {@return the start of the REQUIREMENTS.md heading of the family's section} */
    String heading() {
        return heading;
    }

    /**
     * {@return the family of requirement {@code id}: the section of REQUIREMENTS.md that has its row}
     *
     * @param id a requirement id, e.g. {@code ENUM-33}
     * @throws IllegalArgumentException if REQUIREMENTS.md has no row for it
     */
    static Family of(String id) {
        Family family = BY_ID.get(id);
        if (family == null) {
            throw new IllegalArgumentException(id + " has no row in " + REQUIREMENTS);
        }
        return family;
    }

    /** {@return whether REQUIREMENTS.md has a row for {@code id}} */
    static boolean isRequirement(String id) {
        return BY_ID.containsKey(id);
    }

    /**
     * {@return the table of REQUIREMENTS.md's section {@value #SELF_TEST_HEADING}: how many broken backends
     * each family rejects, as the document states it (empty if it has no such section)}
     */
    static Map<Family, Integer> documentedRejections() {
        Map<Family, Integer> table = new java.util.EnumMap<>(Family.class);
        boolean inSection = false;
        for (String line : lines()) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                inSection = heading.group(1).equals(SELF_TEST_HEADING);
            }
            Matcher row = COUNT_ROW.matcher(line);
            if (inSection && row.matches() && ofHeading(row.group(1)) != null) {
                table.put(ofHeading(row.group(1)), Integer.parseInt(row.group(2)));
            }
        }
        return table;
    }

    private static List<String> lines() {
        try {
            return Files.readAllLines(REQUIREMENTS, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Family> readRequirements() {
        List<String> lines = lines();
        Map<String, Family> byId = new HashMap<>();
        Family current = null;
        for (String line : lines) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                current = ofHeading(heading.group(1));
            }
            Matcher row = ROW.matcher(line);
            if (row.find() && current != null) {
                byId.put(row.group(1), current);
            }
        }
        return Map.copyOf(byId);
    }

    private static Family ofHeading(String heading) {
        for (Family family : values()) {
            if (heading.startsWith(family.heading)) {
                return family;
            }
        }
        return null;
    }
}
