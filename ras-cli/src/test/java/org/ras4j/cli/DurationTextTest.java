package org.ras4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

    @ParameterizedTest(name = "{0} = {1} ms")
    @CsvSource({"500ms, 500", "10s, 10000", "1.5s, 1500", "1.5m, 90000", "2h, 7200000", "PT10S, 10000", "pt0.25s, 250",
            "0s, 0", "' 3s ', 3000"})
    @DisplayName("a number and a unit, or ISO-8601")
    void parses(String text, long millis) {
        assertEquals(Duration.ofMillis(millis), DurationText.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10", "s", "-1s", "1.5", "10 s", "1d", "PT-1S", "169h", "99999999999h"})
    @DisplayName("anything else is refused")
    void refuses(String text) {
        assertThrows(IllegalArgumentException.class, () -> DurationText.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"3000, 3s", "1500, 1.5s", "250, 250ms", "60000, 60s"})
    @DisplayName("formatted the way it is read")
    void formats(long millis, String text) {
        assertEquals(text, DurationText.format(Duration.ofMillis(millis)));
        assertEquals(Duration.ofMillis(millis), DurationText.parse(text));
    }
}
