package org.ras4j.cli;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.ras4j.RasHandle;
import org.ras4j.sim.SimConnection;
import org.ras4j.sim.SimulatedRas;

/**
 * The {@code timeline} of a scenario file: changes at offsets from the start, scheduled on the
 * simulator's timeline ({@link SimulatedRas#atTime}) when the scenario starts. {@code ras4j watch}
 * plays them with the wall clock ({@link TimelinePlayer}); {@code list} and {@code status} show the
 * state at offset 0. A change names its connection by entry name (without regard to case, the
 * latest live one of that name), resolved when it is made.
 *
 * @param changes the changes, in the order the file states them
 */
record ScenarioTimeline(List<ScenarioTimeline.Change> changes) {
    /** No change. */
    static final ScenarioTimeline EMPTY = new ScenarioTimeline(List.of());

    /**
     * One change.
     *
     * @param path        where the file states it, for messages
     * @param at          its offset from the start
     * @param description what it does, e.g. {@code drop .5550123 with dwError 629}
     * @param action      the change, made on the simulator
     */
    record Change(String path, Duration at, String description, Consumer<SimulatedRas> action) {
        Change {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(action, "action");
        }
    }

    ScenarioTimeline {
        changes = List.copyOf(changes);
    }

    /** Schedules every change on {@code ras}'s timeline; a change that fails says which one it was. */
    void scheduleOn(SimulatedRas ras) {
        for (Change change : changes) {
            ras.atTime(change.at(), r -> {
                try {
                    change.action().accept(r);
                } catch (IllegalArgumentException | IllegalStateException refused) {
                    throw new IllegalStateException(change.path() + " (" + change.description() + " at "
                            + DurationText.format(change.at()) + "): " + refused.getMessage(), refused);
                }
            });
        }
    }

    /** The handle of the latest live connection named {@code entryName}. */
    static RasHandle handleOf(SimulatedRas ras, String entryName) {
        List<SimConnection> live = ras.connections();
        for (int i = live.size() - 1; i >= 0; i--) {
            if (live.get(i).connection().entryName().toLowerCase(Locale.ROOT)
                    .equals(entryName.toLowerCase(Locale.ROOT))) {
                return live.get(i).handle();
            }
        }
        throw new IllegalStateException("no live connection is named '" + entryName + "'");
    }
}
