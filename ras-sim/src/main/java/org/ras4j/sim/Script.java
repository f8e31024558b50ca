package org.ras4j.sim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Queue;
import java.util.function.UnaryOperator;

/**
 * The scripted future of one simulator and its call counters: changes of state due before the
 * n-th next fetch, and return codes due for the next calls of each function. Not thread-safe: the
 * simulator uses it under its lock.
 */
final class Script {
    private final Map<SimFunction, Long> calls = new EnumMap<>(SimFunction.class);
    private final Map<SimFunction, Queue<Integer>> faults = new EnumMap<>(SimFunction.class);
    /** Element {@code i}: the changes to make just before fetch {@code i + 1} from now. */
    private final List<List<UnaryOperator<SimState>>> beforeFetch = new ArrayList<>();

    Script() {
        for (SimFunction function : SimFunction.values()) {
            calls.put(function, 0L);
            faults.put(function, new ArrayDeque<>());
        }
    }

    void count(SimFunction function) {
        calls.merge(function, 1L, Long::sum);
    }

    long calls(SimFunction function) {
        return calls.get(function);
    }

    void failNext(SimFunction function, int code) {
        faults.get(function).add(code);
    }

    /** The scripted return code of this call of {@code function}, if one is due. */
    OptionalInt takeFault(SimFunction function) {
        Integer code = faults.get(function).poll();
        return code == null ? OptionalInt.empty() : OptionalInt.of(code);
    }

    /** Schedules {@code change} just before fetch number {@code nth} from now (1 = the next). */
    void beforeFetch(int nth, UnaryOperator<SimState> change) {
        if (nth < 1) {
            throw new IllegalArgumentException("fetches are counted from 1 (the next one): " + nth);
        }
        while (beforeFetch.size() < nth) {
            beforeFetch.add(new ArrayList<>());
        }
        beforeFetch.get(nth - 1).add(change);
    }

    /** A fetch happens now: the changes due before it, applied in the order they were scripted. */
    SimState fetch(SimState state) {
        if (beforeFetch.isEmpty()) {
            return state;
        }
        SimState result = state;
        for (UnaryOperator<SimState> change : beforeFetch.remove(0)) {
            result = change.apply(result);
        }
        return result;
    }

    /** How many fetches still have changes scripted before them. */
    int pendingFetches() {
        return beforeFetch.size();
    }
}
