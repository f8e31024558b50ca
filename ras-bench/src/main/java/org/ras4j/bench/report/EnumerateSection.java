package org.ras4j.bench.report;

import static org.ras4j.bench.report.MarkdownTable.divide;
import static org.ras4j.bench.report.MarkdownTable.number;
import static org.ras4j.bench.report.MarkdownTable.perEntry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The enumeration tables ({@code SimEnumerateBenchmark}, {@code JnaEnumerateBenchmark}) and their
 * targets: times are medians across forks, ratios taken within each fork with their range.
 */
final class EnumerateSection {
    static final String SIM_STEADY = "SimEnumerateBenchmark.steadyState";
    static final String SIM_COLD = "SimEnumerateBenchmark.cold";
    static final String JNA_CLIENT = "JnaEnumerateBenchmark.client";
    static final String JNA_PLAIN = "JnaEnumerateBenchmark.plainJna";
    static final String JNA_CALL = "JnaEnumerateBenchmark.backendCall";
    /** The {@code @AuxCounters} of the simulator benchmarks, summed per iteration. */
    static final String BACKEND_CALLS = "backendCalls";
    static final String ENUMERATIONS = "enumerations";

    private final Runs results;

    EnumerateSection(Runs results) {
        this.results = results;
    }

    private static String ratio(Optional<Figure> figure) {
        return figure.map(Figure::ratioWithRange).orElse("n/a");
    }

    void appendTo(StringBuilder md) {
        if (results.has(SIM_STEADY) || results.has(SIM_COLD)) {
            appendSimulator(md);
        }
        if (results.has(JNA_CLIENT) || results.has(JNA_PLAIN)) {
            appendJna(md);
        }
    }

    private void appendSimulator(StringBuilder md) {
        md.append("## `RasClient.connections()` over `SimulatedRas`\n\n")
                .append("Steady state: one client, reused (remembered version and size, pooled buffer). Cold: a new ")
                .append("client per call (version negotiation, size growth, a new direct buffer). Backend calls per ")
                .append("`connections()` are the simulator's own call counts, reported as JMH `@AuxCounters`.\n\n");
        MarkdownTable table = MarkdownTable.of("charset", "count", "steady ns/op", "steady ns/entry", "steady B/entry",
                "steady calls/op", "cold ns/op", "cold B/op", "cold calls/op", "cold ÷ steady");
        for (String charset : results.values("SimEnumerateBenchmark", "charset")) {
            for (String count : results.values("SimEnumerateBenchmark", "count")) {
                Map<String, String> p = Map.of("charset", charset, "count", count);
                int n = Integer.parseInt(count);
                OptionalDouble steady = results.median(r -> r.time(SIM_STEADY, p));
                table.row(charset, count, number(steady), number(perEntry(steady, n)),
                        number(results.median(r -> perEntry(r.allocated(SIM_STEADY, p), n))),
                        number(results.median(r -> callsPerOp(r, SIM_STEADY, p))),
                        number(results.median(r -> r.time(SIM_COLD, p))),
                        number(results.median(r -> r.allocated(SIM_COLD, p))),
                        number(results.median(r -> callsPerOp(r, SIM_COLD, p))),
                        ratio(results.figure(r -> divide(r.time(SIM_COLD, p), r.time(SIM_STEADY, p)))));
            }
        }
        table.appendTo(md);
    }

    private void appendJna(StringBuilder md) {
        md.append("## Enumeration over JNA and the C stand-in of rasapi32\n\n")
                .append("`client`: `RasClient.connections()` over `JnaRasBackend` loaded from the C stand-in ")
                .append("(compiled by this module's build). `plain JNA`: the classic loop of the Windows documentation ")
                .append("with plain JNA, the layout-faithful `Structure` array passed to `RasEnumConnectionsW/A` ")
                .append("(size query with NULL, then the fetch, then each element's values). The stand-in serves the ")
                .append("same prepared entries to both, through one JNA callback per call (a real rasapi32 has none). ")
                .append("`backend call`: the client's one `JnaRasBackend.enumConnections` alone, nothing decoded: ")
                .append("the floor of `client`. Times in ns per entry.\n\n");
        MarkdownTable table = MarkdownTable.of("charset", "count", "client", "backend call", "plain JNA",
                "plain ÷ client", "client B/entry", "plain JNA B/entry");
        for (String charset : results.values("JnaEnumerateBenchmark", "charset")) {
            for (String count : results.values("JnaEnumerateBenchmark", "count")) {
                Map<String, String> p = Map.of("charset", charset, "count", count);
                int n = Integer.parseInt(count);
                table.row(charset, count, number(results.median(r -> perEntry(r.time(JNA_CLIENT, p), n))),
                        number(results.median(r -> perEntry(r.time(JNA_CALL, p), n))),
                        number(results.median(r -> perEntry(r.time(JNA_PLAIN, p), n))),
                        ratio(results.figure(r -> divide(r.time(JNA_PLAIN, p), r.time(JNA_CLIENT, p)))),
                        number(results.median(r -> perEntry(r.allocated(JNA_CLIENT, p), n))),
                        number(results.median(r -> perEntry(r.allocated(JNA_PLAIN, p), n))));
            }
        }
        table.appendTo(md);
    }

    private static OptionalDouble callsPerOp(Results r, String benchmark, Map<String, String> p) {
        return divide(r.secondary(benchmark, BACKEND_CALLS, p), r.secondary(benchmark, ENUMERATIONS, p));
    }

    List<Target> targets() {
        Extreme calls = Extreme.max();
        for (String charset : results.values("SimEnumerateBenchmark", "charset")) {
            for (String count : results.values("SimEnumerateBenchmark", "count")) {
                Map<String, String> p = Map.of("charset", charset, "count", count);
                calls.offer(results.figure(r -> callsPerOp(r, SIM_STEADY, p)), charset + "/" + count);
            }
        }
        Extreme speedup = Extreme.min();
        for (String charset : results.values("JnaEnumerateBenchmark", "charset")) {
            for (String count : results.values("JnaEnumerateBenchmark", "count")) {
                Map<String, String> p = Map.of("charset", charset, "count", count);
                speedup.offer(results.figure(r -> divide(r.time(JNA_PLAIN, p), r.time(JNA_CLIENT, p))),
                        charset + "/" + count);
            }
        }
        return List.of(
                calls.target("client over the simulator, steady state: 1 backend call per `connections()`",
                        "worst fork %s calls/op (%s); medians %s to %s", v -> Math.abs(v - 1) < 1e-9),
                speedup.target("client over JNA and the stand-in ≥ 10× faster than the plain-JNA Structure loop",
                        "worst fork %s× (%s); medians %s× to %s×", v -> v >= 10));
    }
}
