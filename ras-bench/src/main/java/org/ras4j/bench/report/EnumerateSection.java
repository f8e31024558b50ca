package org.ras4j.bench.report;

import static org.ras4j.bench.report.MarkdownTable.divide;
import static org.ras4j.bench.report.MarkdownTable.number;
import static org.ras4j.bench.report.MarkdownTable.perEntry;
import static org.ras4j.bench.report.MarkdownTable.ratio;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** The enumeration tables ({@code SimEnumerateBenchmark}, {@code JnaEnumerateBenchmark}) and their targets. */
final class EnumerateSection {
    static final String SIM_STEADY = "SimEnumerateBenchmark.steadyState";
    static final String SIM_COLD = "SimEnumerateBenchmark.cold";
    static final String JNA_CLIENT = "JnaEnumerateBenchmark.client";
    static final String JNA_PLAIN = "JnaEnumerateBenchmark.plainJna";
    static final String JNA_CALL = "JnaEnumerateBenchmark.backendCall";
    /** The {@code @AuxCounters} of the simulator benchmarks, summed per iteration. */
    static final String BACKEND_CALLS = "backendCalls";
    static final String ENUMERATIONS = "enumerations";

    private final Results results;

    EnumerateSection(Results results) {
        this.results = results;
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
                OptionalDouble steady = results.time(SIM_STEADY, p);
                OptionalDouble cold = results.time(SIM_COLD, p);
                table.row(charset, count, number(steady), number(perEntry(steady, n)),
                        number(perEntry(results.allocated(SIM_STEADY, p), n)), number(callsPerOp(SIM_STEADY, p)),
                        number(cold), number(results.allocated(SIM_COLD, p)), number(callsPerOp(SIM_COLD, p)),
                        ratio(divide(cold, steady)));
            }
        }
        table.appendTo(md);
    }

    private void appendJna(StringBuilder md) {
        md.append("## Enumeration over JNA and the C stand-in of rasapi32\n\n")
                .append("`client`: `RasClient.connections()` over `JnaRasBackend` loaded from ras-native-jna's C stand-in ")
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
                OptionalDouble client = perEntry(results.time(JNA_CLIENT, p), n);
                OptionalDouble plain = perEntry(results.time(JNA_PLAIN, p), n);
                table.row(charset, count, number(client), number(perEntry(results.time(JNA_CALL, p), n)),
                        number(plain), ratio(divide(plain, client)),
                        number(perEntry(results.allocated(JNA_CLIENT, p), n)),
                        number(perEntry(results.allocated(JNA_PLAIN, p), n)));
            }
        }
        table.appendTo(md);
    }

    private OptionalDouble callsPerOp(String benchmark, Map<String, String> p) {
        return divide(results.secondary(benchmark, BACKEND_CALLS, p), results.secondary(benchmark, ENUMERATIONS, p));
    }

    List<Target> targets() {
        Extreme calls = Extreme.max();
        for (String charset : results.values("SimEnumerateBenchmark", "charset")) {
            for (String count : results.values("SimEnumerateBenchmark", "count")) {
                calls.offer(callsPerOp(SIM_STEADY, Map.of("charset", charset, "count", count)), charset + "/" + count);
            }
        }
        Extreme speedup = Extreme.min();
        for (String charset : results.values("JnaEnumerateBenchmark", "charset")) {
            for (String count : results.values("JnaEnumerateBenchmark", "count")) {
                Map<String, String> p = Map.of("charset", charset, "count", count);
                speedup.offer(divide(results.time(JNA_PLAIN, p), results.time(JNA_CLIENT, p)), charset + "/" + count);
            }
        }
        return List.of(
                calls.target("client over the simulator, steady state: 1 backend call per `connections()`",
                        "worst %s calls/op (%s); best %s", v -> Math.abs(v - 1) < 1e-9),
                speedup.target("client over JNA and the stand-in ≥ 10× faster than the plain-JNA Structure loop",
                        "worst %s× (%s); best %s×", v -> v >= 10));
    }
}
