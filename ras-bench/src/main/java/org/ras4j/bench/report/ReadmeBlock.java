package org.ras4j.bench.report;

import java.util.List;
import java.util.Map;

/**
 * The benchmark block of the project's README, written from the same runs as {@code RESULTS.md}:
 * the targets table, the decode ratios per cell with their ranges across forks, and the run's
 * date and load. It replaces what stands between {@link #START} and {@link #END}, nothing else.
 */
final class ReadmeBlock {
    /** The line before the block. */
    static final String START = "<!-- bench:start -->";
    /** The line after the block. */
    static final String END = "<!-- bench:end -->";

    private ReadmeBlock() {
    }

    /** The block's Markdown (without the markers) for {@code runs}; {@code options} as {@link ResultsReport} takes them. */
    static String of(List<Results> runList, Map<String, String> options) {
        Runs runs = Runs.of(runList);
        StringBuilder md = new StringBuilder();
        ResultsReport.appendTargets(md, runs);
        DecodeSection decode = new DecodeSection(runs);
        if (decode.isPresent()) {
            md.append("Decode per cell (newest `RASCONN`, x64, the same native bytes): how many times faster the codec ")
                    .append("is than the layout-faithful JNA `Structure`, and how many times the allocation floor's ")
                    .append("time (building the same records and strings from ready values) it takes; where the run has ")
                    .append("it, how many times the floor's time a decoder told where each text ends takes (the cost of ")
                    .append("copying the text out of native memory, which every decoder on Java 17 pays).\n\n");
            decode.appendSummary(md);
        }
        md.append("A target is met only when its worst fork meets it; every ratio is its median across ")
                .append(runs.count()).append(" forks with the lowest and highest fork beside it; all figures in ")
                .append("[ras-bench/RESULTS.md](ras-bench/RESULTS.md). From one run of `ras-bench/run.sh`");
        if (options.containsKey("date")) {
            md.append(" on ").append(options.get("date"));
        }
        md.append(options.containsKey("note") ? ": " + options.get("note") + "." : ".");
        return md.toString();
    }

    /**
     * {@code readme} with the block between the markers replaced by {@code block}.
     *
     * @throws IllegalArgumentException if the markers are missing or out of order
     */
    static String replace(String readme, String block) {
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("the README has no " + START + " … " + END + " block");
        }
        return readme.substring(0, start + START.length()) + "\n" + block.strip() + "\n" + readme.substring(end);
    }
}
