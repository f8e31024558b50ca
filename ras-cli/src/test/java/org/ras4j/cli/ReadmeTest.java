package org.ras4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.spi.WindowsProfile;

/** README.md says what the code does: its set-up commands, its scenario example, its Windows table. */
class ReadmeTest {
    private static final Path README = Path.of("..", "README.md");

    private static String readme() throws IOException {
        return text(README);
    }

    /** A file of the checkout with LF line ends, whatever git's autocrlf made of them. */
    private static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    @Test
    @DisplayName("README's set-up block is exactly the two commands: ./ras4j list, then the test command .ci/run runs")
    void setUpIsTwoCommands() throws IOException {
        Matcher setUp = Pattern.compile("## Set up\n.*?```sh\n(.*?)```", Pattern.DOTALL).matcher(readme());

        assertTrue(setUp.find(), "README has a '## Set up' section with a sh block");
        assertEquals("./ras4j list\n./mvnw -B verify\n", setUp.group(1));
        assertTrue(text(Path.of("..", ".ci", "run")).contains("\n./mvnw -B verify\n"),
                ".ci/run runs README's test command");
        assertTrue(text(Path.of("..", "ras4j")).contains("./mvnw -B -q -pl ras-cli -am package -DskipTests"),
                "the launcher builds ras-cli and what it needs");
    }

    @Test
    @DisplayName("README's scenario example is a valid scenario file that sets up every connection it shows")
    void scenarioExampleWorks(@TempDir Path dir) throws IOException {
        Matcher example = Pattern.compile("### Scenario files\n.*?```json\n(.*?)```", Pattern.DOTALL).matcher(readme());
        assertTrue(example.find(), "README has a json block under '### Scenario files'");
        Path file = Scenarios.write(dir, "readme.json", example.group(1));

        JsonObject withoutFailures = JsonParser.parseString(example.group(1)).getAsJsonObject();
        withoutFailures.remove("failNextCalls");
        Path unscripted = Scenarios.write(dir, "unscripted.json", withoutFailures.toString());

        CliRun failing = CliRun.of("list", "--scenario", file.toString());
        CliRun listing = CliRun.of("list", "--scenario", unscripted.toString());

        assertEquals(Ras4j.RAS_ERROR, failing.code(), "its failNextCalls fails the enumeration: " + failing.err());
        assertTrue(failing.err().startsWith("ras4j: 8 ERROR_NOT_ENOUGH_MEMORY: "), failing.err());
        assertEquals(Ras4j.OK, listing.code(), listing.err());
        assertEquals(List.of("ENTRY", ".5550123", "ISDN", "Büro-VPN", "Backup"),
                listing.out().lines().skip(1).limit(5).map(l -> l.split(" ")[0]).toList());
        assertTrue(listing.out().contains("\n  Home-ISP 0x80000018 is dialling (Authenticate); Windows XP (x86)"),
                listing.out());
        assertTrue(listing.out().contains("\nBackup    -            -                         0x8000001c  Disconnected"),
                listing.out());
    }

    @Test
    @DisplayName("README's error example is what ras4j prints for a scenario with a duplicated member")
    void errorExampleIsTrue(@TempDir Path dir) throws IOException {
        Matcher example = Pattern.compile("never a stack trace:\n\n```text\n(.*?)```", Pattern.DOTALL)
                .matcher(readme());
        assertTrue(example.find(), "README shows an error under 'never a stack trace:'");
        Path file = Scenarios.write(dir, "dup.json", "{\"connections\":[{\"entryName\":\"A\",\"entryName\":\"B\"}]}");

        CliRun run = CliRun.of("list", "--scenario", file.toString());

        assertEquals(Ras4j.USAGE, run.code());
        assertEquals(example.group(1), run.err().replace(file.toString(), "dup.json"));
        assertEquals("", run.out());
    }

    @Test
    @DisplayName("README's scenario limits are the ones the code enforces")
    void scenarioLimitsAreTrue() throws IOException {
        String text = readme();
        assertEquals(16 * 1024 * 1024, ScenarioFile.MAX_BYTES);
        assertTrue(text.contains("at most **16 MiB** (16,777,216 bytes)"), "README states the size limit");
        assertTrue(text.contains("at most 65,536\nconnections") && ScenarioParser.MAX_CONNECTIONS == 65_536,
                "README states the connection limit");
        assertTrue(text.contains("nesting at\nmost 16 levels deep") && StrictJson.MAX_DEPTH == 16, "nesting");
        assertTrue(text.contains("number literals of at most 64 characters") && StrictJson.MAX_NUMBER_LENGTH == 64,
                "number literals");
        assertTrue(text.contains("at most 2,000,000 JSON values") && StrictJson.MAX_VALUES == 2_000_000, "values");
    }

    @Test
    @DisplayName("README's Windows table lists every profile with exactly the dwSize values it accepts")
    void windowsTableIsTrue() throws IOException {
        String text = readme();
        int start = text.indexOf("<!-- windows-matrix:start -->\n");
        int end = text.indexOf("<!-- windows-matrix:end -->");
        assertTrue(start >= 0 && end > start, "README has the windows-matrix markers");
        String documented = text.substring(start + "<!-- windows-matrix:start -->\n".length(), end);

        String computed = windowsTable();

        assertEquals(computed, documented, "paste this table between the markers in README.md:\n" + computed);
    }

    /** The table as README shows it, computed from the profiles and the layouts. */
    static String windowsTable() {
        StringBuilder table = new StringBuilder()
                .append("| profile (`--profile`) | ABI | `RASCONNA` | `RASCONNW` | `RASCONNSTATUSA` | `RASCONNSTATUSW`")
                .append(" | NULL buffer | dialling listed |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (WindowsProfile p : WindowsProfile.all()) {
            table.append("| ").append(p.name()).append(" (`").append(p.id()).append("`) | ")
                    .append(p.abi().name().toLowerCase(Locale.ROOT)).append(" | ");
            for (RasCharset charset : RasCharset.values()) {
                table.append(sizes(p.connVersions(charset), v -> RasConnLayout.of(v, charset, p.abi()).size()))
                        .append(" | ");
            }
            for (RasCharset charset : RasCharset.values()) {
                table.append(sizes(p.statusVersions(charset), v -> RasConnStatusLayout.of(v, charset, p.abi()).size()))
                        .append(" | ");
            }
            table.append(p.sizeQuery() == WindowsProfile.SizeQuery.NULL_BUFFER_REPORTS_SIZE ? "603 + size" : "632").append(" | ")
                    .append(p.dialingIsListed() ? "yes" : "no").append(" |\n");
        }
        return table.toString();
    }

    private static <V extends Enum<V>> String sizes(Set<V> versions, ToIntFunction<V> size) {
        List<V> sorted = versions.stream().sorted().toList();
        return sorted.stream().map(v -> String.valueOf(size.applyAsInt(v))).collect(Collectors.joining(", "));
    }
}
