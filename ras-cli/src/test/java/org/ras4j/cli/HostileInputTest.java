package org.ras4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken input, table-driven: scenario files that are malformed, empty, cut short,
 * duplicated, deeply nested, huge, endless, not UTF-8, full of control and bidi characters, of
 * the wrong types or out of range; garbage handles; bad options. Each one must give its exit code
 * (2 for bad usage, 1 for a RAS error), one or two lines on standard error (the message, which
 * names the file and the place, then at most the hint) with no stack trace and no raw control
 * character, and nothing on standard output.
 */
class HostileInputTest {
    /** The files of the table, kept after the run for whoever wants to look at them. */
    private static final Path DIR = Path.of("target", "hostile-inputs").toAbsolutePath();
    private static final String FILE = "%FILE%";
    private static final String NESTED_16 = "[".repeat(17) + "]".repeat(17);

    /**
     * One row: what is run, and what standard error must say.
     *
     * @param name     what is hostile about it
     * @param file     the scenario file's bytes, written to {@link #DIR} and put in place of {@link #FILE}, or null
     * @param args     the arguments
     * @param code     the exit code
     * @param says     text standard error must contain (after {@code ras4j: })
     * @param property a system property {@code name=value} set during the run, or null
     */
    record Case(String name, byte[] file, List<String> args, int code, String says, String property) {
        @Override
        public String toString() {
            return name;
        }

        Case withProperty(String nameValue) {
            return new Case(name, file, args, code, says, nameValue);
        }
    }

    private static Case scenario(String name, String json, String says) {
        return bytes(name, json.getBytes(StandardCharsets.UTF_8), says);
    }

    private static Case bytes(String name, byte[] file, String says) {
        return new Case(name, file, List.of("list", "--scenario", FILE), Ras4j.USAGE, says, null);
    }

    private static Case run(String name, int code, String says, String... args) {
        return new Case(name, null, List.of(args), code, says, null);
    }

    private static Case runOn(String name, String json, int code, String says, String... args) {
        return new Case(name, json.getBytes(StandardCharsets.UTF_8), List.of(args), code, says, null);
    }

    private static byte[] join(String before, byte[] middle, String after) {
        byte[] head = before.getBytes(StandardCharsets.UTF_8);
        byte[] tail = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(head, head.length + middle.length + tail.length);
        System.arraycopy(middle, 0, all, head.length, middle.length);
        System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
        return all;
    }

    private static String connections(int count) {
        StringBuilder json = new StringBuilder("{\"connections\": [");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"entryName\":\"V").append(i).append("\"}");
        }
        return json.append("]}").toString();
    }

    private static byte[] overTheLimit() {
        byte[] file = new byte[ScenarioFile.MAX_BYTES + 1];
        Arrays.fill(file, (byte) ' ');
        file[0] = '{';
        file[1] = '}';
        return file;
    }

    static Stream<Case> cases() {
        String entry = "{\"connections\": [{\"entryName\": ";
        List<Case> cases = new ArrayList<>(List.of(
            // malformed
            scenario("an object never closed", "{", "not valid JSON"),
            scenario("an array closed by a brace", "{\"connections\": [}", "line 1, column 18"),
            scenario("a trailing comma", "{\"connections\": [],}", "not valid JSON"),
            scenario("a comment", "{\"connections\": [] /* x */}", "near \"/* x */}\""),
            scenario("single quotes", "{'connections': []}", "not valid JSON"),
            scenario("NaN", entry + "\"A\", \"subEntry\": NaN}]}", "($.connections[0].subEntry): not valid JSON"),
            scenario("an unquoted member name", "{connections: []}", "not valid JSON"),
            scenario("two documents", "{} {}", "not valid JSON"),
            scenario("a number with a leading zero", entry + "\"A\", \"subEntry\": 01}]}", "not valid JSON"),
            // empty
            scenario("an empty file", "", "the file is empty"),
            scenario("only white space", " \n\t\r\n ", "the file is only white space"),
            scenario("the document null", "null", "the document: expected a JSON object"),
            scenario("a top-level array", "[]", "the document: expected a JSON object"),
            scenario("a top-level string", "\"connections\"", "the document: expected a JSON object"),
            // truncated
            scenario("a string cut short", entry + "\"A", "not valid JSON"),
            scenario("an array cut short", entry + "\"A\"}", "the file ends before the document does"),
            bytes("a UTF-8 character cut short", join(entry + "\"B", new byte[] {(byte) 0xc3}, ""),
                    "line 1, column 34 (byte 34): not UTF-8: byte c3, a character cut short by the end of the file"),
            // duplicated
            scenario("a duplicated entryName", entry + "\"A\", \"entryName\": \"B\"}]}",
                    "($.connections[0].entryName): duplicate member \"entryName\""),
            scenario("two profiles", "{\"profile\": \"windowsxpx86\", \"profile\": \"windows10x64\"}",
                    "duplicate member \"profile\""),
            scenario("two connections arrays", "{\"connections\": [], \"connections\": [{\"entryName\": \"A\"}]}",
                    "($.connections): duplicate member \"connections\""),
            scenario("a duplicated call", "{\"failNextCalls\": [{\"call\": \"RasEnumConnections\","
                    + " \"call\": \"RasGetConnectStatus\", \"error\": 8}]}", "duplicate member \"call\""),
            scenario("a duplicated luid part", entry + "\"A\", \"luid\": {\"highPart\": 0, \"highPart\": 1,"
                    + " \"lowPart\": 2}}]}", "($.connections[0].luid.highPart): duplicate member"),
            // deeply nested
            scenario("100,000 nested arrays", "[".repeat(100_000), "nested deeper than 16 levels"),
            scenario("nesting in the description", "{\"description\": " + NESTED_16 + "}", "nested deeper than 16"),
            scenario("1,000 nested objects", "{\"a\":".repeat(1_000) + "1" + "}".repeat(1_000), "nested deeper"),
            // huge
            bytes("one byte over the size limit", overTheLimit(), "byte 16,777,217: larger than 16 MiB"),
            scenario("an entry name of 300 characters", entry + "\"" + "x".repeat(300) + "\"}]}",
                    "connections[0]: Windows 10 (x64) cannot have this connection"),
            scenario("70,000 connections", connections(70_000), "connections: 70,000 connections; at most 65,536"),
            scenario("a number of 100 digits", entry + "\"A\", \"subEntry\": " + "9".repeat(100) + "}]}",
                    "a number of 100 characters; at most 64"),
            scenario("a member name of 100,000 characters", "{\"" + "m".repeat(100_000) + "\": 1}",
                    "mmm...: unknown member"),
            scenario("an entry name of a million characters", entry + "\"" + "n".repeat(1_000_000) + "\"}]}",
                    "cannot have this connection"),
            // invalid UTF-8
            bytes("a lone continuation byte", join(entry + "\"", new byte[] {(byte) 0x80}, "\"}]}"),
                    "line 1, column 33 (byte 33): not UTF-8: byte 80"),
            bytes("an overlong encoding of '/'", join(entry + "\"", new byte[] {(byte) 0xc0, (byte) 0xaf}, "\"}]}"),
                    "not UTF-8: byte c0"),
            bytes("a UTF-8 encoded surrogate", join(entry + "\"", new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                    "\"}]}"), "not UTF-8: bytes ed a0 80"),
            bytes("a 0xFF byte on line 2", join("{\n  \"connections\": [\"", new byte[] {(byte) 0xff}, "\"]}"),
                    "line 2, column 20 (byte 22): not UTF-8: byte ff"),
            bytes("Latin-1 text", join(entry + "\"B", new byte[] {(byte) 0xfc}, "ro\"}]}"), "not UTF-8: byte fc"),
            // control and bidi characters
            scenario("a raw control character in a string", entry + "\"A\u0001\"}]}",
                    "unescaped control characters"),
            scenario("a raw line break in a string", entry + "\"A\nB\"}]}", "unescaped control characters"),
            scenario("a bidi override in a member name", "{\"connections\": [{\"entry\u202eName\": \"A\"}]}",
                    "connections[0].entry\\u202eName: unknown member"),
            scenario("an escape sequence in the profile", "{\"profile\": \"win\\u001b[2J\"}",
                    "profile: no simulator profile 'win\\x1b[2J'"),
            scenario("a NUL in an entry name", entry + "\"A\\u0000B\"}]}", "cannot have this connection"),
            run("a line break in the scenario's file name", Ras4j.USAGE, "/nonexistent/a\\nb.json",
                    "list", "--scenario", "/nonexistent/a\nb.json"),
            run("an escape sequence in --profile", Ras4j.USAGE, "--profile: no simulator profile 'x\\x1b[2Jy'",
                    "list", "--profile", "x\u001b[2Jy"),
            run("an escape sequence in an entry name asked for", Ras4j.RAS_ERROR, "no connection to 'a\\x1b[31m'",
                    "status", "a\u001b[31m", "--backend", "sim"),
            run("a right-to-left override in --charset", Ras4j.USAGE, "but was 'A\\u202eW'",
                    "list", "--charset", "A\u202eW"),
            // wrong types
            scenario("a number as entry name", entry + "1}]}", "connections[0].entryName: expected a string"),
            scenario("an object as connections", "{\"connections\": {}}", "connections: expected an array"),
            scenario("a number as profile", "{\"profile\": 10}", "profile: expected a string"),
            scenario("a string as serviceStopped", "{\"serviceStopped\": \"yes\"}", "serviceStopped: expected true or false"),
            scenario("a string as flags", entry + "\"A\", \"flags\": \"ALL_USERS\"}]}", "expected a number or an array"),
            scenario("an array as luid", entry + "\"A\", \"luid\": [1, 2]}]}", "connections[0].luid: expected a JSON object"),
            scenario("an object as failNextCalls", "{\"failNextCalls\": {}}", "failNextCalls: expected an array"),
            scenario("a string as error", "{\"failNextCalls\": [{\"call\": \"RasEnumConnections\", \"error\": \"8\"}]}",
                    "failNextCalls[0].error: expected a number"),
            scenario("a boolean as links", entry + "\"A\", \"links\": true}]}", "connections[0].links: expected a number"),
            scenario("null as entry name", entry + "null}]}", "connections[0].entryName: missing"),
            // out-of-range numbers
            scenario("a negative sub-entry", entry + "\"A\", \"subEntry\": -1}]}", "subEntry: -1 is outside [0, 4294967295]"),
            scenario("a sub-entry of 2^32", entry + "\"A\", \"subEntry\": 4294967296}]}", "is outside [0, 4294967295]"),
            scenario("a sub-entry of 1e400", entry + "\"A\", \"subEntry\": 1e400}]}", "1E+400 is outside"),
            scenario("a sub-entry of 1e999999999", entry + "\"A\", \"subEntry\": 1e999999999}]}", "is outside"),
            scenario("a fractional sub-entry", entry + "\"A\", \"subEntry\": 1.5}]}", "expected an integer, not 1.5"),
            scenario("65 links", entry + "\"A\", \"links\": 65}]}", "links: 65 is outside [2, 64]"),
            scenario("an error of 0", "{\"failNextCalls\": [{\"call\": \"RasEnumConnections\", \"error\": 0}]}",
                    "0 is ERROR_SUCCESS"),
            scenario("a luid high part of 2^31", entry + "\"A\", \"luid\": {\"highPart\": 2147483648, \"lowPart\": 1}}]}",
                    "highPart: 2147483648 is outside"),
            scenario("flags of 2^64 + 1", entry + "\"A\", \"flags\": 18446744073709551617}]}",
                    "flags: 18446744073709551617 is outside"),
            // garbage handles
            run("the handle 0x", Ras4j.USAGE, "'0x' is neither a handle", "status", "0x", "--backend", "sim"),
            run("the handle 0xZZ", Ras4j.USAGE, "'0xZZ' is neither a handle", "status", "0xZZ", "--backend", "sim"),
            run("a handle of 17 hex digits", Ras4j.USAGE, "is neither a handle",
                    "status", "0x11111111111111111", "--backend", "sim"),
            run("a negative handle", Ras4j.USAGE, "'0x-1' is neither a handle", "status", "0x-1", "--backend", "sim"),
            run("the NULL handle", Ras4j.RAS_ERROR, "6 ERROR_INVALID_HANDLE", "status", "0x0", "--backend", "sim"),
            run("the all-ones handle", Ras4j.RAS_ERROR, "6 ERROR_INVALID_HANDLE",
                    "status", "0xFFFFFFFFFFFFFFFF", "--backend", "sim"),
            run("an empty target", Ras4j.USAGE, "<entry|handle> is empty", "status", "", "--backend", "sim"),
            runOn("a live handle while the service is stopped", "{\"serviceStopped\": true}", Ras4j.RAS_ERROR,
                    "6 ERROR_INVALID_HANDLE", "status", "0x20000000004", "--scenario", FILE),
            runOn("a scripted RasEnumConnections failure", "{\"failNextCalls\": [{\"call\": \"RasEnumConnections\","
                    + " \"error\": 8}]}", Ras4j.RAS_ERROR, "8 ERROR_NOT_ENOUGH_MEMORY", "list", "--scenario", FILE),
            // options
            run("--charset Q", Ras4j.USAGE, "invalid value for option '--charset'", "list", "--charset", "Q"),
            run("an unknown option", Ras4j.USAGE, "unknown option: '--bogus'", "list", "--bogus"),
            run("a missing option argument", Ras4j.USAGE, "missing required parameter for option '--scenario'",
                    "list", "--scenario"),
            run("no command", Ras4j.USAGE, "missing a command: list, status, watch, capture or check"),
            run("an unknown command", Ras4j.USAGE, "unmatched argument at index 0: 'lst'; did you mean 'list'", "lst"),
            run("an extra argument", Ras4j.USAGE, "unmatched argument", "list", "extra", "--backend", "sim"),
            run("a value for a flag", Ras4j.USAGE, "--json", "list", "--json=yes", "--backend", "sim"),
            run("an unknown code page", Ras4j.USAGE, "'no-such-charset' is not a charset",
                    "list", "--ansi-codepage", "no-such-charset"),
            run("an unknown backend", Ras4j.USAGE, "no RAS backend named 'nosuch'", "list", "--backend", "nosuch"),
            run("--profile with a real backend", Ras4j.USAGE, "--profile and --scenario work only with the simulator",
                    "list", "--backend", "native", "--profile", "windowsxpx86"),
            run("a NUL in the scenario's path", Ras4j.USAGE, "'a\\x00b' is not a file path here: ",
                    "list", "--scenario", "a\u0000b"),
            run("a directory as scenario", Ras4j.USAGE, "is a directory, not a scenario file",
                    "list", "--scenario", DIR.toString()),
            new Case("a text file as the rasapi32 library", null, List.of("list", "--backend", "native"), Ras4j.USAGE,
                    "is not a", null).withProperty("ras4j.rasapi32.library=" + DIR.resolve("not-a-library.txt"))));
        if (Files.exists(Path.of("/dev/zero"))) {
            cases.add(run("endless zeros", Ras4j.USAGE, "scenario /dev/zero: byte 16,777,217: larger than 16 MiB",
                    "list", "--scenario", "/dev/zero"));
            cases.add(run("endless random bytes", Ras4j.USAGE, "scenario /dev/urandom: byte 16,777,217: larger than",
                    "list", "--scenario", "/dev/urandom"));
        }
        return cases.stream();
    }

    @Test
    @DisplayName("the table holds at least 40 hostile inputs")
    void theTableIsLarge() {
        assertTrue(cases().count() >= 40, cases().count() + " cases");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("hostile input: the exit code, one or two lines on standard error, no stack trace, nothing on stdout")
    void hostileInputFailsCleanly(Case c) throws IOException {
        Files.createDirectories(DIR);
        Files.writeString(DIR.resolve("not-a-library.txt"), "this is text, not a library\n");
        Path file = null;
        if (c.file() != null) {
            file = DIR.resolve(c.name().replaceAll("[^A-Za-z0-9]+", "-") + ".json");
            Files.write(file, c.file());
        }
        String path = file == null ? "" : file.toString();
        String[] args = c.args().stream().map(a -> a.replace(FILE, path)).toArray(String[]::new);

        CliRun run = assertTimeout(Duration.ofSeconds(20), () -> withProperty(c.property(), () -> CliRun.of(args)),
                "hostile input must fail fast");

        List<String> lines = run.err().lines().toList();
        assertEquals(c.code(), run.code(), run.err());
        assertEquals("", run.out(), "nothing on standard output");
        assertTrue(lines.size() == 1 || lines.size() == 2, "one or two lines on standard error:\n" + run.err());
        assertTrue(lines.get(0).startsWith("ras4j: "), run.err());
        assertTrue(lines.get(0).contains(c.says()), "'" + c.says() + "' in:\n" + run.err());
        if (file != null && c.code() == Ras4j.USAGE) {
            assertTrue(lines.get(0).startsWith("ras4j: scenario " + file + ": "), "names the file: " + run.err());
        }
        if (lines.size() == 2) {
            assertTrue(lines.get(1).matches("Try 'ras4j( list| status)? --help' for more information\\."), run.err());
        }
        assertFalse(run.err().contains("Exception") || run.err().contains("at org.") || run.err().contains("\tat "),
                "no stack trace:\n" + run.err());
        assertTrue(run.err().chars().allMatch(ch -> ch == '\n' || ch >= 0x20 && ch != 0x7f && !(ch >= 0x80 && ch < 0xa0)
                && ch != 0x202e && ch != 0x2028), "no raw control or bidi character:\n" + run.err());
        assertTrue(lines.get(0).length() <= Escaper.LINE_LENGTH + 40, "a line of reasonable length");
    }

    /** Runs {@code action} with the system property {@code name=value} set (none if null), then restores it. */
    private static CliRun withProperty(String nameValue, Supplier<CliRun> action) {
        if (nameValue == null) {
            return action.get();
        }
        String name = nameValue.substring(0, nameValue.indexOf('='));
        String before = System.getProperty(name);
        System.setProperty(name, nameValue.substring(name.length() + 1));
        try {
            return action.get();
        } finally {
            if (before == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, before);
            }
        }
    }

    @Test
    @DisplayName("a scenario file under the limit is read whole, and one over it fails while reading, not after")
    void theLimitIsCheckedWhileReading() throws IOException {
        Files.createDirectories(DIR);
        Path file = Files.writeString(DIR.resolve("limit.json"), "{\"connections\": []}  ");
        assertEquals("{\"connections\": []}  ", ScenarioFile.read(file, 21));
        UsageException over = assertThrows(UsageException.class,
                () -> ScenarioFile.read(file, 20));
        assertEquals("scenario " + file + ": byte 21: larger than 20 bytes, the limit of a scenario file"
                + " (README, Scenario files)", over.getMessage());
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        assertTimeout(Duration.ofSeconds(10), () -> assertThrows(UsageException.class,
                () -> ScenarioFile.read(Path.of("/dev/zero"))));
    }
}
