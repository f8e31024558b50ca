package org.ras4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The error catalogue: every {@code raserror.h} code with its real name (checked against the list
 * {@code scripts/gen-raserror-names.sh} reads from mingw-w64's {@code raserror.h}), the Win32
 * codes of the contract, and the fallbacks for codes it does not know.
 */
class RasErrorTest {

    @Test
    void noTwoConstantsShareACode() {
        Set<Integer> seen = new HashSet<>();
        for (RasError error : RasError.values()) {
            assertTrue(seen.add(error.code()), () -> "code " + error.code() + " appears twice");
        }
    }

    @Test
    void theRasRangeHoldsExactlyTheCodesRaserrorHDefinesWithTheirNames() throws IOException {
        Map<Integer, String> header = raserrorHeaderNames();
        Map<Integer, String> catalogue = Arrays.stream(RasError.values())
                .filter(e -> e.code() >= 600 && e.code() <= 1000)
                .collect(Collectors.toMap(RasError::code, RasError::name, (a, b) -> a, TreeMap::new));
        assertEquals(271, header.size(), "raserror.h defines RASBASE+0 .. RASBASE+270");
        assertEquals(new TreeMap<>(header), catalogue);
    }

    @Test
    void theContractsCodesCarryTheirWin32Names() {
        Map<Integer, String> contract = Map.of(
                0, "ERROR_SUCCESS",
                6, "ERROR_INVALID_HANDLE",
                8, "ERROR_NOT_ENOUGH_MEMORY",
                87, "ERROR_INVALID_PARAMETER",
                127, "ERROR_PROC_NOT_FOUND",
                0x80070057, "E_INVALIDARG",
                603, "ERROR_BUFFER_TOO_SMALL",
                610, "ERROR_BUFFER_INVALID",
                632, "ERROR_INVALID_SIZE");
        contract.forEach((code, name) -> {
            assertEquals(name, RasError.nameOf(code));
            assertEquals(code, RasError.valueOf(name).code());
        });
    }

    @Test
    void outsideTheRasRangeOnlyTheContractsWin32CodesAreListed() {
        List<Integer> outside = Arrays.stream(RasError.values()).map(RasError::code)
                .filter(code -> code < 600 || code > 1000).sorted().collect(Collectors.toList());
        assertEquals(List.of(0x80070057, 0, 6, 8, 87, 127), outside);
    }

    @Test
    void messagesAreMicrosoftsTextForTheDocumentedCodes() {
        assertEquals("Incorrect structure size.", RasError.ERROR_INVALID_SIZE.message());
        assertEquals("The buffer supplied is too small.", RasError.ERROR_BUFFER_TOO_SMALL.message());
        assertEquals("The buffer supplied is not valid.", RasError.ERROR_BUFFER_INVALID.message());
        assertEquals("The handle is invalid.", RasError.ERROR_INVALID_HANDLE.message());
        assertEquals("The parameter is incorrect.", RasError.ERROR_INVALID_PARAMETER.message());
        assertEquals("An operation is pending.", RasError.PENDING.message());
    }

    @Test
    void everyMessageIsOneOrMoreSentences() {
        for (RasError error : RasError.values()) {
            String message = error.message();
            assertFalse(message.isBlank(), error::name);
            assertTrue(Character.isUpperCase(message.charAt(0)), () -> error + ": " + message);
            assertTrue(message.endsWith("."), () -> error + ": " + message);
            assertEquals(message.strip(), message, error::name);
        }
    }

    @Test
    void everyNameIsASymbolicConstantName() {
        for (RasError error : RasError.values()) {
            assertTrue(error.name().matches("PENDING|E_INVALIDARG|(ERROR|WARNING)_[A-Z0-9_]+"), error::name);
        }
    }

    @Test
    void unknownCodesGetAGenericNameAndMessage() {
        assertTrue(RasError.forCode(900).isEmpty(), "mprerror.h router codes are not listed");
        assertEquals("UNKNOWN_ERROR_871", RasError.nameOf(871));
        assertEquals("Unknown error 871.", RasError.messageOf(871));
        assertEquals("UNKNOWN_ERROR_4294967295", RasError.nameOf(-1), "a DWORD code is unsigned");
        assertEquals("Unknown error 4294967295.", RasError.messageOf(-1));
    }

    @Property(tries = 300)
    void forCodeFindsTheConstantWithThatCodeOrNothing(@ForAll int code) {
        RasError.forCode(code).ifPresentOrElse(
                error -> assertEquals(code, error.code()),
                () -> assertEquals("UNKNOWN_ERROR_" + Integer.toUnsignedString(code), RasError.nameOf(code)));
        assertTrue(Objects.nonNull(RasError.messageOf(code)));
    }

    @Test
    void everyConstantIsFoundByItsCode() {
        for (RasError error : RasError.values()) {
            assertEquals(error, RasError.forCode(error.code()).orElseThrow());
            assertEquals(error.name(), RasError.nameOf(error.code()));
            assertEquals(error.message(), RasError.messageOf(error.code()));
        }
    }

    @Test
    void aRasExceptionReadsCodeNameMessageAndCall() {
        RasException e = new RasException(632, "RasEnumConnectionsW");
        assertEquals("632 ERROR_INVALID_SIZE: Incorrect structure size. (RasEnumConnectionsW)", e.getMessage());
        assertEquals(RasError.ERROR_INVALID_SIZE, e.error().orElseThrow());
        assertEquals("ERROR_INVALID_SIZE", e.symbolicName());
    }

    private static Map<Integer, String> raserrorHeaderNames() throws IOException {
        Map<Integer, String> names = new HashMap<>();
        try (InputStream in = Objects.requireNonNull(
                RasErrorTest.class.getResourceAsStream("raserror-names.csv"), "raserror-names.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                String[] cells = line.split(",");
                String previous = names.put(Integer.parseInt(cells[0]), cells[1]);
                assertEquals(null, previous, "raserror.h defines code " + cells[0] + " twice");
            });
        }
        return names;
    }
}
