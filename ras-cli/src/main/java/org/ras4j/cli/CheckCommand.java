package org.ras4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.trace.Finding;
import org.ras4j.trace.Trace;
import org.ras4j.trace.TraceChecker;
import org.ras4j.trace.TraceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ras4j check FILE}: runs {@link TraceChecker} over a trace and prints one line per finding.
 * Exit code 0 when the trace agrees with the contract and the simulator, 1 when it differs, 2 when the
 * file cannot be read as a trace.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Checks a trace: every recorded answer against the contract of its Windows version"
            + " (docs/contract.md, rule ids cited), and the same calls against the simulator of that version."
            + " Exit code 0: it agrees; 1: differences (one line each); 2: the file is no readable trace.")
final class CheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<file>", converter = PathConverter.class,
            description = "The trace file ('ras4j capture --out').")
    private Path file;

    @Option(names = "--profile", paramLabel = "<profile>", completionCandidates = ProfileNames.class,
            description = "Check against this Windows profile instead of the one the trace names, one of:"
                + " ${COMPLETION-CANDIDATES}.")
    private String profile;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Trace trace = ReplaySessions.read(file);
        List<Finding> findings;
        String against;
        try {
            WindowsProfile windows = profile != null ? profileNamed(profile) : null;
            findings = windows != null ? TraceChecker.check(trace, windows) : TraceChecker.check(trace);
            against = windows != null ? windows.id() : trace.header().profile().orElse("?");
        } catch (TraceException bad) {
            throw new UsageException("trace " + file + ": " + bad.getMessage()
                    + (bad.getMessage().contains("give one") ? " with --profile" : ""), bad);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Finding finding : findings) {
            out.println(Escaper.oneLine(file + ": " + finding));
        }
        if (findings.isEmpty()) {
            out.println(Escaper.oneLine(file + ": agrees: " + trace.calls().size() + " calls, profile " + against));
            return Ras4j.OK;
        }
        out.println(Escaper.oneLine(file + ": " + findings.size() + " finding" + (findings.size() == 1 ? "" : "s")
                + " in " + trace.calls().size() + " calls, profile " + against));
        return Ras4j.RAS_ERROR;
    }

    private static WindowsProfile profileNamed(String name) {
        try {
            return Profiles.byName(name);
        } catch (UsageException unknown) {
            throw new UsageException("--profile: " + unknown.getMessage(), unknown);
        }
    }
}
