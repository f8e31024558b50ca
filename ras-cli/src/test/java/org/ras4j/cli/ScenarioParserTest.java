package org.ras4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ras4j.ConnectionState;

class ScenarioParserTest {

    @Test
    @DisplayName("the built-in demo scenario parses: four connections, one multilink, one dialling")
    void demoParses() {
        Scenario demo = ScenarioParser.parse(SimulatorSessions.demo());

        assertEquals(Optional.of("windows10x64"), demo.profile());
        assertEquals(4, demo.connections().size());
        assertEquals(2, demo.connections().get(1).links());
        assertEquals(Scenario.Lifecycle.DIALING, demo.connections().get(3).lifecycle());
        assertEquals(ConnectionState.AUTHENTICATE, demo.connections().get(3).dialState());
    }

    @Test
    @DisplayName("a .number entry gets its number as the RASCONNSTATUS phone number unless the file gives one")
    void phoneNumberDefaultsFromTheEntryName() {
        Scenario scenario = ScenarioParser.parse("""
                {"connections": [{"entryName": ".5550123"}, {"entryName": ".777", "phoneNumber": "+49 777"}]}
                """);

        assertEquals("5550123", scenario.connections().get(0).details().phoneNumber());
        assertEquals("+49 777", scenario.connections().get(1).details().phoneNumber());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"connections": [{"entryName": 1}]}                                  | connections[0].entryName: expected a string
            {"connections": [{}]}                                                | connections[0].entryName: missing
            {"connections": {}}                                                  | connections: expected an array
            {"connections": [{"entryName": "a", "entryId": "nope"}]}             | connections[0].entryId: 'nope' is not a GUID
            {"connections": [{"entryName": "a", "flags": ["ALL"]}]}              | connections[0].flags: "ALL" is not one of
            {"connections": [{"entryName": "a", "flags": -1}]}                   | connections[0].flags: -1 is outside [0, 4294967295]
            {"connections": [{"entryName": "a", "subEntry": 4294967296}]}        | connections[0].subEntry: 4294967296 is outside
            {"connections": [{"entryName": "a", "subEntry": 1.5}]}               | connections[0].subEntry: expected an integer
            {"connections": [{"entryName": "a", "luid": {"lowPart": 1}}]}        | connections[0].luid.highPart: missing
            {"connections": [{"entryName": "a", "localEndPoint": "example.com"}]} | connections[0].localEndPoint: 'example.com' is not an IPv4 or IPv6 address literal
            {"connections": [{"entryName": "a", "state": "up"}]}                 | connections[0].state: 'up' is not connected, dialing or dropped
            {"connections": [{"entryName": "a", "state": "dropped"}]}            | connections[0].error: a dropped connection needs
            {"connections": [{"entryName": "a", "error": 628}]}                  | connections[0].error: only a connection with
            {"connections": [{"entryName": "a", "state": "dialing", "dialState": "Connected"}]} | connections[0].dialState: RASCS_Connected is not a dialling state
            {"connections": [{"entryName": "a", "state": "dialing", "dialState": "Nap"}]}       | connections[0].dialState: no RASCONNSTATE is called 'Nap'
            {"connections": [{"entryName": "a", "links": 1}]}                    | connections[0].links: 1 is outside [2, 64]
            {"serviceStopped": true, "connections": [{"entryName": "a"}]}        | serviceStopped: a stopped RAS service has no connection
            {"failNextCalls": [{"call": "RasDial", "error": 5}]}                 | failNextCalls[0].call: 'RasDial' is not one of
            {"failNextCalls": [{"call": "RasEnumConnections", "error": 0}]}      | failNextCalls[0].error: 0 is ERROR_SUCCESS
            {"profile": "x", "extra": 1}                                         | extra: unknown member
            {"connections": []} {}                                               | line 1, column 22 ($): not valid JSON (strict: no comments, no trailing commas, one document), near "{}"
            {"connections": [], /* comment */}                                   | line 1, column 22 ($.connections): not valid JSON (strict: no comments, no trailing commas, one document), near "/* comment */}"
            {"entryName": "A", "connections": [], "connections": []}             | line 1, column 52 ($.connections): duplicate member "connections"
            {"connections": [{"entryName": "A", "luid": {"lowPart": 1, "lowPart": 2}}]} | line 1, column 69 ($.connections[0].luid.lowPart): duplicate member "lowPart"
            {"connections": [{"entryName": "a", "flags": 18446744073709551617}]} | connections[0].flags: 18446744073709551617 is outside [0, 4294967295]
            {"connections": [{"entryName": "a", "flags": 1e999999999}]}          | connections[0].flags: 1E+999999999 is outside [0, 4294967295]
            {"connections": [{"entryName": "a", "subEntry": 1e-999999999}]}      | connections[0].subEntry: expected an integer, not 1E-999999999
            [1, 2]                                                               | the document: expected a JSON object
            """)
    @DisplayName("a scenario problem is reported with the place it is at")
    void problemsNameTheirPlace(String json, String message) {
        ScenarioException problem = assertThrows(ScenarioException.class, () -> ScenarioParser.parse(json));

        assertTrue(problem.getMessage().startsWith(message.strip()), problem.getMessage());
    }

    @Test
    @DisplayName("a document of more values than the limit (objects and arrays count) fails at the first one too many")
    void tooManyValuesFail() {
        ScenarioException problem = assertThrows(ScenarioException.class,
                () -> StrictJson.parse("{\"description\": [1, 2, 3, 4, 5]}", 5));

        assertEquals("line 1, column 28 ($.description[3]): more than 5 JSON values; no scenario needs as many",
                problem.getMessage());
        assertEquals(2_000_000, StrictJson.MAX_VALUES);
    }
}
