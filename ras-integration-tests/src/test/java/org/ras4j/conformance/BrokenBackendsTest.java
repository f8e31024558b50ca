package org.ras4j.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ras4j.codec.Abi;
import org.ras4j.spi.WindowsProfile;

/**
 * The kit is not toothless: the whole kit (both contracts, JUnit Jupiter tests and jqwik properties),
 * run with the JUnit Platform Launcher against each deliberately broken wrapper of the simulator
 * ({@link BrokenBackends#all()}), fails it on the requirements named for its mistake; and the
 * number of broken backends each requirement family rejects is the table of ras-tck/REQUIREMENTS.md.
 */
class BrokenBackendsTest {
    /** The properties of the kit, which only the jqwik engine runs. */
    static final Set<String> PROPERTIES = Set.of("ENUM-30", "ENUM-31", "STAT-11");

    static List<Broken> brokenBackends() {
        return BrokenBackends.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenBackends")
    @DisplayName("each broken backend fails the requirements named for its mistake, properties included")
    void rejected(Broken broken) {
        ContractRun run = BrokenBackends.run(broken);
        Set<String> failed = run.failedIds();
        assertTrue(failed.containsAll(broken.rejectedBy()), broken + " should fail " + broken.rejectedBy()
                + "; it failed " + failed + ": " + run.failed());
        assertTrue(run.ranBy(ContractRun.JQWIK).containsAll(PROPERTIES),
                broken + ": the jqwik engine ran " + run.ranBy(ContractRun.JQWIK));
    }

    @Test
    @DisplayName("at least 40 broken backends, named once each, on x86 and x64, old and new Windows, A and W")
    void enoughAndVaried() {
        List<Broken> all = BrokenBackends.all();
        assertTrue(all.size() >= 40, all.size() + " broken backends");
        assertEquals(all.size(), all.stream().map(Broken::name).distinct().count(), "names are distinct");
        Set<Abi> abis = all.stream().map(b -> b.profile().abi()).collect(Collectors.toSet());
        assertEquals(Set.of(Abi.X86, Abi.X64), abis);
        Set<WindowsProfile> profiles = new HashSet<>();
        all.forEach(b -> profiles.add(b.profile()));
        assertEquals(Set.copyOf(WindowsProfile.all()), profiles, "every ready-made profile has a broken backend");
    }

    @Test
    @DisplayName("the broken backends each family rejects (JUnit tests, setups not counted): REQUIREMENTS.md's table")
    void rejectedPerFamily() {
        Map<Family, Integer> counts = new EnumMap<>(Family.class);
        for (Family family : Family.values()) {
            counts.put(family, 0);
        }
        for (Broken broken : BrokenBackends.all()) {
            BrokenBackends.run(broken).rejectingFamilies().forEach(f -> counts.merge(f, 1, Integer::sum));
        }
        assertEquals(Family.documentedRejections(), counts, "the table of ras-tck/REQUIREMENTS.md, section '"
                + Family.SELF_TEST_HEADING + "', should read:\n" + markdown(counts));
    }

    @Test
    @DisplayName("a failure names what broke: the structure, entry, member and offset of a byte; a setup step as such")
    void failuresAreActionable() {
        String where = "RASCONN[AW] V\\d+ X(86|64) \\(\\d+ bytes\\) entry \\d+, [A-Z_]+ at byte \\d+"
                + " \\(member offset \\d+\\)";
        assertFailureMatches("writesPartOfTheNextEntry", "ENUM-33", ".*" + where + ".* was written.*");
        assertFailureMatches("writesOneBytePastLpcb", "ENUM-14", ".*" + where + ".* became 0x5A.*");
        assertFailureMatches("statusWritesPastDwSize", "STAT-02",
                ".*RASCONNSTATUS[AW] V\\d+ X64 \\(\\d+ bytes\\).* at byte \\d+ .*became 0x5A.*");
        assertFailureMatches("handlesCutTo32Bits", "GEN-03", "setup of GEN-03 failed: .+");
        ContractRun setupFailed = BrokenBackends.run(BrokenBackends.named("handlesCutTo32Bits"));
        assertTrue(!setupFailed.rejectingFamilies().contains(Family.GEN),
                "a setup failure is not counted as its requirement's rejection");
    }

    private static void assertFailureMatches(String broken, String id, String regex) {
        List<String> failures = BrokenBackends.run(BrokenBackends.named(broken)).failuresOf(id);
        assertTrue(failures.stream().anyMatch(f -> f.replace('\n', ' ').matches(regex)),
                broken + ": no " + id + " failure matches " + regex + ": " + failures);
    }

    /** The table as REQUIREMENTS.md shows it: one row per family. */
    static String markdown(Map<Family, Integer> counts) {
        StringBuilder table = new StringBuilder("| family | broken backends rejected |\n|---|---|\n");
        counts.forEach((family, n) -> table.append("| ").append(family.heading()).append(" | ").append(n)
                .append(" |\n"));
        return table.toString();
    }
}
