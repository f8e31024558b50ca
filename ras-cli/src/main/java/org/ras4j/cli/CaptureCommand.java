package org.ras4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.RasBackend;
import org.ras4j.trace.Capture;
import org.ras4j.trace.Redactor;
import org.ras4j.trace.Trace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ras4j capture --out FILE}: records the fixed sequence of calls of {@link Capture} against the
 * chosen backend and writes the trace (docs/trace-format.md); {@code --redact} replaces entry names,
 * phone numbers, phone-book paths, device names and addresses by placeholders first ({@link Redactor}).
 */
@Command(name = "capture", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Records what the backend answers to a fixed sequence of RAS calls (listings in every"
            + " RASCONN version and charset, statuses in every RASCONNSTATUS version, statistics, projections,"
            + " and probes that change nothing: sizes, NULL pointers, moved buffers, stale handles, refused"
            + " registrations)"
            + " into a trace file that 'ras4j check' checks and '--replay' answers from.")
final class CaptureCommand implements Callable<Integer> {
    @Mixin
    private BackendOptions backendOptions;

    @Option(names = "--out", required = true, paramLabel = "<file>", converter = PathConverter.class,
            description = "The trace file to write (JSON Lines, replaced if it exists).")
    private Path out;

    @Option(names = "--redact", description = "Replace entry names, phone numbers, phone-book paths, device names"
            + " and IP addresses by placeholders (the same value, the same placeholder), keeping every length.")
    private boolean redact;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (backendOptions.replaying()) {
            throw new UsageException("capture records a backend; --replay answers from a trace already recorded");
        }
        Session session = backendOptions.open();
        RasBackend backend = session.client().backend();
        Trace trace = session.simulator().map(SimulatedRas::profile)
                .map(profile -> Capture.run(backend, profile))
                .orElseGet(() -> Capture.run(backend));
        if (redact) {
            trace = Redactor.redact(trace);
        }
        try {
            trace.writeTo(out);
        } catch (IOException unwritable) {
            throw new UsageException("--out " + out + ": cannot write it: " + unwritable, unwritable);
        }
        session.printNotices(spec.commandLine().getErr());
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(Escaper.oneLine("captured " + trace.calls().size() + " calls of " + session.backend()
                + trace.header().profile().map(p -> " (profile " + p + ")").orElse("")
                + (redact ? ", redacted," : "") + " into " + out));
        return Ras4j.OK;
    }
}
