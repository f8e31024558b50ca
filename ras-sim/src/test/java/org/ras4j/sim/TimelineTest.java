package org.ras4j.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.ConnectionState;
import org.ras4j.RasHandle;
import org.ras4j.spi.WindowsProfile;

/** The simulator's timeline: changes at offsets, made when its clock is moved, in order. */
class TimelineTest {
    private final SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();

    @Test
    @DisplayName("nothing happens until the clock moves; then every change due, by offset, then in scheduling order")
    void order() {
        List<String> made = new ArrayList<>();
        ras.atTime(Duration.ofSeconds(2), r -> made.add("2s a"));
        ras.atTime(Duration.ofSeconds(1), r -> made.add("1s"));
        ras.atTime(Duration.ofSeconds(2), r -> made.add("2s b"));
        ras.atTime(Duration.ofSeconds(5), r -> made.add("5s"));
        assertEquals(List.of(), made);
        assertEquals(Optional.of(Duration.ofSeconds(1)), ras.nextTimedChange());
        assertEquals(3, ras.advanceTimeTo(Duration.ofSeconds(2)));
        assertEquals(List.of("1s", "2s a", "2s b"), made);
        assertEquals(0, ras.advanceTimeTo(Duration.ofSeconds(1)), "the clock never goes back");
        assertEquals(Duration.ofSeconds(2), ras.timelineTime());
        assertEquals(1, ras.advanceTimeTo(Duration.ofSeconds(60)));
        assertEquals(Optional.empty(), ras.nextTimedChange());
    }

    @Test
    @DisplayName("timed changes are the simulator's own: a dial that connects at 1 s, a drop at 2 s")
    void changesTheState() {
        RasHandle d = ras.dial(Samples.vpn("later"), ConnectionState.AUTHENTICATE);
        ras.atTime(Duration.ofSeconds(1), r -> r.advance(d, ConnectionState.CONNECTED));
        ras.atTime(Duration.ofSeconds(2), r -> r.drop(d, 629));
        ras.advanceTimeTo(Duration.ofMillis(1500));
        assertEquals(ConnectionState.CONNECTED, ras.connection(d).orElseThrow().state());
        ras.advanceTimeTo(Duration.ofSeconds(2));
        assertEquals(629, ras.connection(d).orElseThrow().errorCode());
    }

    @Test
    @DisplayName("a timeline starts at 0")
    void negativeOffset() {
        assertThrows(IllegalArgumentException.class, () -> ras.atTime(Duration.ofMillis(-1), r -> { }));
    }

    @Test
    @DisplayName("a change that throws stops the advance; the changes after it stay due")
    void failingChange() {
        List<String> made = new ArrayList<>();
        ras.atTime(Duration.ofSeconds(1), r -> r.drop(RasHandle.of(4), 629));
        ras.atTime(Duration.ofSeconds(1), r -> made.add("after"));
        assertThrows(IllegalArgumentException.class, () -> ras.advanceTimeTo(Duration.ofSeconds(1)));
        assertEquals(List.of(), made);
        assertEquals(1, ras.advanceTimeTo(Duration.ofSeconds(1)));
        assertEquals(List.of("after"), made);
    }
}
