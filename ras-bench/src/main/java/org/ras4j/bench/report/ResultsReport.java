package org.ras4j.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code RESULTS.md} from the JMH CSV results of several runs of one fork each: the targets
 * with what was measured (a target is met only when its worst fork meets it), then the tables of
 * medians and ratio ranges behind them. {@code run.sh} calls it after the JMH runs:
 *
 * <pre>{@code
 * java -cp benchmarks.jar org.ras4j.bench.report.ResultsReport --csv run1.csv --csv run2.csv --csv run3.csv \
 *      --out RESULTS.md --config "3 forks, ..." --machine "2 × AMD EPYC" --jdk "17.0.15"
 * }</pre>
 */
public final class ResultsReport {
    private static final List<String> OPTIONS =
            List.of("csv", "out", "config", "machine", "jdk", "note", "date", "remarks", "readme");

    /** How to read the figures: facts about the benchmarks, not about one run. */
    private static final String READING = """
            Reading the figures: every ratio compares two benchmarks of the same run (fork), and is shown as \
            its median with the lowest and highest fork. The bulk copy is \
            a `memcpy` of the entries' bytes; a decoder must also build each entry's objects (a record, \
            four strings that copy the text, handle, optionals, UUIDs, about 870 bytes), so the copy is a \
            bound, not a rival. Over the C stand-in every call also pays a native-to-Java JNA callback \
            (the `backend call` column): at one entry that callback is nearly all of the client's time, \
            which a real rasapi32 does not have.

            """;

    /** The section that points to the scaling figures, which have their own run and file. */
    static final String SCALING = """
            ## `ras4j list` over large scenarios

            `ras4j list --scenario` from 1,000 to 60,000 connections (time and memory per connection, one \
            `RasGetConnectStatus` whatever the number of connections): [SCALING.md](SCALING.md), written by \
            `ras-bench/scaling.sh` (`ListScalingBenchmark`, not part of this run).
            """;

    private ResultsReport() {
    }

    /** Reads every {@code --csv} (one run each), writes {@code --out}; every option takes one value. */
    public static void main(String[] args) throws IOException {
        List<Results> runs = new ArrayList<>();
        Map<String, String> options = parse(args, runs);
        if (options.containsKey("remarks")) {
            options.put("remarks", Files.readString(Path.of(options.get("remarks")), StandardCharsets.UTF_8).strip());
        }
        String markdown = render(runs, options);
        Files.writeString(Path.of(require(options, "out")), markdown, StandardCharsets.UTF_8);
        if (options.containsKey("readme")) {
            Path readme = Path.of(options.get("readme"));
            String text = Files.readString(readme, StandardCharsets.UTF_8);
            Files.writeString(readme, ReadmeBlock.replace(text, ReadmeBlock.of(runs, options)), StandardCharsets.UTF_8);
        }
    }

    /** The report for one run. */
    public static String render(Results results, Map<String, String> options) {
        return render(List.of(results), options);
    }

    /**
     * The report for {@code runs}, one fork each; {@code options} may hold config, machine, jdk,
     * note, date, and remarks (Markdown about this run, written after it and put under the targets:
     * words only, every figure stays the tables').
     */
    public static String render(List<Results> runList, Map<String, String> options) {
        Runs results = Runs.of(runList);
        StringBuilder md = new StringBuilder();
        md.append("# ras-bench results\n\n");
        md.append("Written by `ras-bench/run.sh` from ").append(results.count() == 1 ? "one JMH 1.37 run"
                : results.count() + " JMH 1.37 runs of one fork each");
        if (options.containsKey("date")) {
            md.append(" on ").append(options.get("date"));
        }
        md.append(".\n\n");
        md.append("- Configuration: ").append(options.getOrDefault("config", "not stated")).append('\n');
        md.append("- Machine: ").append(options.getOrDefault("machine", "not stated")).append('\n');
        md.append("- JDK: ").append(options.getOrDefault("jdk", "not stated")).append('\n');
        if (options.containsKey("note")) {
            md.append("- Note: ").append(options.get("note")).append('\n');
        }
        md.append('\n');

        DecodeSection decode = new DecodeSection(results);
        EnumerateSection enumerate = new EnumerateSection(results);
        md.append("## Targets\n\n");
        md.append("A target is met only when its worst fork meets it; the medians across forks are beside it.\n\n");
        appendTargets(md, results);
        if (options.containsKey("remarks")) {
            md.append("### Remarks on this run\n\n").append(options.get("remarks")).append("\n\n");
        }
        md.append(READING);

        if (decode.isPresent()) {
            decode.appendTo(md);
        }
        enumerate.appendTo(md);
        md.append(SCALING);
        return md.toString();
    }

    /** The targets table: each target, what was measured, the verdict. */
    static void appendTargets(StringBuilder md, Runs results) {
        DecodeSection decode = new DecodeSection(results);
        List<Target> targets = new ArrayList<>();
        if (decode.isPresent()) {
            targets.addAll(decode.targets());
        }
        targets.addAll(new EnumerateSection(results).targets());
        MarkdownTable table = MarkdownTable.of("target", "measured", "verdict");
        targets.forEach(t -> table.row(t.goal(), t.measured(), t.verdict()));
        table.appendTo(md);
    }

    private static Map<String, String> parse(String[] args, List<Results> runs) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!OPTIONS.contains(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: ResultsReport --csv FILE [--csv FILE …] --out FILE "
                        + "[--config TEXT] [--machine TEXT] [--jdk TEXT] [--note TEXT] [--date TEXT] "
                        + "[--remarks MARKDOWN-FILE] [--readme README-FILE]; got '"
                        + args[i] + "'");
            }
            if (name.equals("csv")) {
                runs.add(Results.of(JmhCsv.read(Path.of(args[i + 1]))));
            } else {
                options.put(name, args[i + 1]);
            }
        }
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("--csv is required");
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
