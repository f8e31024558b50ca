package org.ras4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The kit's NOTIFY requirements catch a broken {@code RasConnectionNotification} exactly: each
 * backend of {@link BrokenNotifiers} fails the NOTIFY requirements its mistake breaks (and the watch's
 * WATCH-05, which waits for a signal), and no other requirement at all.
 */
class BrokenNotifiersTest {

    /** Fails unless the broken backend failed exactly {@code ids}, all of them NOTIFY or WATCH requirements. */
    private static void assertFailsExactly(String name, String... ids) {
        ContractRun run = BrokenBackends.run(BrokenBackends.named(name));
        assertEquals(new TreeSet<>(Set.of(ids)), run.failedIds(), name + ": " + run.failed());
    }

    @Test
    @DisplayName("a backend that never signals fails NOTIFY-04, -05, -07, -12 and WATCH-05")
    void silent() {
        assertFailsExactly("neverSignals", "NOTIFY-04", "NOTIFY-05", "NOTIFY-07", "NOTIFY-12", "WATCH-05");
    }

    @Test
    @DisplayName("a backend that registers a NULL event or no flag fails NOTIFY-08 and -09")
    void acceptsAnything() {
        assertFailsExactly("registersAnything", "NOTIFY-08", "NOTIFY-09");
    }

    @Test
    @DisplayName("a backend that signals regardless of flags and handle fails NOTIFY-06, -07, -09 and -10")
    void signalsEveryone() {
        assertFailsExactly("signalsEveryone", "NOTIFY-06", "NOTIFY-07", "NOTIFY-09", "NOTIFY-10");
    }
}
