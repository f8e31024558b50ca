package org.ras4j.bench.report;

import static org.ras4j.bench.report.MarkdownTable.number;
import static org.ras4j.bench.report.MarkdownTable.ratio;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.IntFunction;
import org.ras4j.bench.ScalingScenario;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.sim.SimulatedRas;

/**
 * Writes {@code SCALING.md} from the JMH CSV of {@code ListScalingBenchmark}: the time of
 * {@code ras4j list} per connection from 1,000 to 60,000 connections, the time of one
 * {@code RasGetConnectStatus}, the bytes allocated per connection, and the bytes per connection
 * the simulator keeps, which this class measures itself (heap in use after a full collection,
 * with and without a simulator of that many connections). {@code scaling.sh} calls it:
 *
 * <pre>{@code
 * java -cp benchmarks.jar org.ras4j.bench.report.ScalingReport --csv scaling.csv --out SCALING.md \
 *      --command "ras-bench/scaling.sh" --config "..." --machine "..." --jdk "..."
 * }</pre>
 */
public final class ScalingReport {
    static final String LIST = "ListScalingBenchmark.list";
    static final String STATUS = "ListScalingBenchmark.statusOfLast";
    /** How much the time per connection may vary over the range: the target of issue 17. */
    static final double FLAT = 1.5;
    private static final List<String> OPTIONS = List.of("csv", "out", "command", "config", "machine", "jdk",
            "note", "date", "memory");

    private ScalingReport() {
    }

    /** Reads {@code --csv}, measures the simulator's memory (unless {@code --memory no}), writes {@code --out}. */
    public static void main(String[] args) throws IOException {
        Map<String, String> options = parse(args);
        Results results = Results.of(JmhCsv.read(Path.of(require(options, "csv"))));
        Map<Integer, Double> retained = new LinkedHashMap<>();
        if (!"no".equals(options.get("memory"))) {
            for (String count : results.values("ListScalingBenchmark", "connections")) {
                int n = Integer.parseInt(count);
                retained.put(n, retainedBytes(ScalingScenario::simulator, n) / n);
            }
        }
        Files.writeString(Path.of(require(options, "out")), render(results, retained, options), StandardCharsets.UTF_8);
    }

    /**
     * The heap a {@code build(n)} result keeps: heap in use after full collections with it
     * reachable, less heap in use before it was built.
     */
    static double retainedBytes(IntFunction<SimulatedRas> build, int n) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        settle();
        long before = memory.getHeapMemoryUsage().getUsed();
        SimulatedRas kept = build.apply(n);
        settle();
        long after = memory.getHeapMemoryUsage().getUsed();
        Reference.reachabilityFence(kept);
        return Math.max(0, after - before);
    }

    private static void settle() {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * The report.
     *
     * @param retained the simulator's retained bytes per connection, by connection count (may be empty)
     * @param options  command, config, machine, jdk, note, date (each optional)
     */
    public static String render(Results results, Map<Integer, Double> retained, Map<String, String> options) {
        StringBuilder md = new StringBuilder("# `ras4j list` over large scenarios\n\n");
        md.append("Written by `ras-bench/scaling.sh` from one JMH 1.37 run of `ListScalingBenchmark`");
        if (options.containsKey("date")) {
            md.append(" on ").append(options.get("date"));
        }
        md.append(". Linked from [RESULTS.md](RESULTS.md).\n\n");
        md.append("- Command: `").append(options.getOrDefault("command", "ras-bench/scaling.sh")).append("`\n");
        md.append("- Configuration: ").append(options.getOrDefault("config", "not stated")).append('\n');
        md.append("- Machine: ").append(options.getOrDefault("machine", "not stated")).append('\n');
        md.append("- JDK: ").append(options.getOrDefault("jdk", "not stated")).append('\n');
        if (options.containsKey("note")) {
            md.append("- Note: ").append(options.get("note")).append('\n');
        }
        md.append('\n');
        md.append("`list`: the whole `ras4j list --scenario <file>` as `Ras4j.run` runs it, in a warmed-up JVM: read ")
                .append("and parse the file, set up the simulator, `RasEnumConnectionsW`, one `RasGetConnectStatusW` ")
                .append("per row, the table and the notes, printed to a writer that discards them. The scenario ")
                .append("(`ScalingScenario`) holds a third each of modem, VPN and PPPoE connections and, among every ")
                .append("hundred, one multilink connection of two links and one still dialling. `status`: one ")
                .append("`RasGetConnectStatusW` of the last connection of a simulator that holds them all.\n\n");

        List<String> counts = results.values("ListScalingBenchmark", "connections");
        Extreme perConnection = Extreme.max();
        Extreme perConnectionMin = Extreme.min();
        Extreme status = Extreme.max();
        Extreme statusMin = Extreme.min();
        MarkdownTable table = MarkdownTable.of("connections", "`list` ms", "`list` µs per connection",
                "÷ fewest", "`list` allocated B per connection", "`status` ns", "simulator keeps B per connection");
        OptionalDouble first = OptionalDouble.empty();
        for (String count : counts) {
            int n = Integer.parseInt(count);
            Map<String, String> p = Map.of("connections", count);
            OptionalDouble ms = results.time(LIST, p);
            OptionalDouble micros = ms.isPresent() ? OptionalDouble.of(ms.getAsDouble() * 1000 / n) : ms;
            if (first.isEmpty()) {
                first = micros;
            }
            OptionalDouble allocated = results.allocated(LIST, p);
            OptionalDouble statusNs = results.time(STATUS, p);
            String at = String.format(Locale.ROOT, "%,d", n);
            perConnection.offer(Figure.of(micros), at);
            perConnectionMin.offer(Figure.of(micros), at);
            status.offer(Figure.of(statusNs), at);
            statusMin.offer(Figure.of(statusNs), at);
            table.row(at, number(ms), micros.isPresent() ? String.format(Locale.ROOT, "%.2f", micros.getAsDouble())
                    : "n/a", ratio(MarkdownTable.divide(micros, first)),
                    number(allocated.isPresent() ? OptionalDouble.of(allocated.getAsDouble() / n) : allocated),
                    number(statusNs), retained.containsKey(n) ? number(OptionalDouble.of(retained.get(n))) : "n/a");
        }

        md.append("## Targets (issue 17)\n\n");
        MarkdownTable targets = MarkdownTable.of("target", "measured", "verdict");
        Target flat = spread("`ras4j list`: time per connection flat within 1.5× from 1,000 to 60,000 connections",
                perConnectionMin, perConnection, "µs");
        Target constant = spread("one `RasGetConnectStatus` costs the same whatever the number of connections"
                + " (within 1.5×)", statusMin, status, "ns");
        targets.row(flat.goal(), flat.measured(), flat.verdict());
        targets.row(constant.goal(), constant.measured(), constant.verdict());
        targets.appendTo(md);

        md.append("## Time and memory per connection\n\n");
        table.appendTo(md);
        int entry = RasConnLayout.newest(RasCharset.W, Abi.X64).size();
        md.append("Memory per connection: the simulator keeps the number in the last column (heap in use after full ")
                .append("collections with the simulator, less the heap in use before it was built, measured by ")
                .append("`ScalingReport` in its own JVM: the ")
                .append("connection's record and strings, its handle, its node in the indexed state; at the ")
                .append("smallest counts the figure is within the noise of a full collection, a few hundred ")
                .append("kilobytes in all). `ras4j list` ")
                .append("allocates the bytes of the fifth column in all (JMH `-prof gc`), most of them garbage at once: ")
                .append("the file's text, the JSON tree, the table's lines. The client's enumeration buffer adds ")
                .append(String.format(Locale.ROOT, "%,d", entry))
                .append(" bytes of direct memory per connection (`RASCONNW` V600, x64), ")
                .append(String.format(Locale.ROOT, "%,.1f", 60_000.0 * entry / (1024 * 1024)))
                .append(" MiB for 60,000.\n\n");
        md.append("Before this change the simulator found each connection's status by scanning the whole list, and ")
                .append("`list` asks for one per row: issue 17 measured 6.7 s for 10,000 connections and 82 s for ")
                .append("60,000, quadratic growth.\n");
        return md.toString();
    }

    private static Target spread(String goal, Extreme min, Extreme max, String unit) {
        double low = min.worstValue();
        double high = max.worstValue();
        if (Double.isNaN(low) || Double.isNaN(high) || low <= 0) {
            return Target.notMeasured(goal, "no data in this run");
        }
        double spread = high / low;
        return Target.of(goal, String.format(Locale.ROOT, "max ÷ min = %.2f× (%s %s at %s connections, %s %s at %s)",
                spread, plain(high), unit, max.worstWhere(), plain(low), unit, min.worstWhere()), spread <= FLAT);
    }

    private static String plain(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!OPTIONS.contains(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: ScalingReport --csv FILE --out FILE [--command TEXT]"
                        + " [--config TEXT] [--machine TEXT] [--jdk TEXT] [--note TEXT] [--date TEXT]"
                        + " [--memory no]; got '" + args[i] + "'");
            }
            options.put(name, args[i + 1]);
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
