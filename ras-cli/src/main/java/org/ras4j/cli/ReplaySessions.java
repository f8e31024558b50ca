package org.ras4j.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ras4j.RasClient;
import org.ras4j.codec.AnsiCodePage;
import org.ras4j.codec.RasCharset;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.trace.ReplayBackend;
import org.ras4j.trace.Trace;
import org.ras4j.trace.TraceException;

/**
 * Opens a session that answers from a recorded trace ({@code --replay FILE}): a {@link ReplayBackend}
 * of the file, with a notice that says where the answers come from.
 */
final class ReplaySessions {
    /** The backend name of a replayed session, in {@code --json} output. */
    static final String REPLAY = "replay";

    private ReplaySessions() {
    }

    /**
     * A session over the trace in {@code file}.
     *
     * @throws UsageException if the file cannot be read or is not a trace ras4j can replay; the message
     *                        names the file and the line
     */
    static Session open(Path file, RasCharset charset, Optional<Charset> ansiCodePage) {
        Trace trace = read(file);
        ReplayBackend backend;
        try {
            backend = ReplayBackend.of(trace);
        } catch (TraceException bad) {
            throw new UsageException("trace " + file + ": " + bad.getMessage(), bad);
        }
        Charset ansi = ansiCodePage.orElseGet(() -> trace.profile().map(WindowsProfile::ansiCharset)
                .orElse(AnsiCodePage.platform()));
        RasClient client = RasClient.builder(backend).charset(charset).ansiCharset(ansi).build();
        String origin = trace.header().windows().or(() -> trace.header().profile().map(p -> "profile " + p))
                .orElse("an unnamed machine");
        return new Session(client, REPLAY, trace.header().profile(), Optional.of(file.toString()), charset,
                Optional.empty(), List.of("ras4j: answering from the trace " + file + ", recorded "
                        + trace.header().recordedAt() + " on " + origin));
    }

    /**
     * Reads a trace file.
     *
     * @throws UsageException naming the file (and the line) if it cannot be read or is not a trace
     */
    static Trace read(Path file) {
        try {
            return Trace.read(file);
        } catch (TraceException bad) {
            throw new UsageException("trace " + file + ": " + bad.getMessage(), bad);
        } catch (NoSuchFileException missing) {
            throw new UsageException("trace " + file + ": no such file");
        } catch (AccessDeniedException denied) {
            throw new UsageException("trace " + file + ": permission denied");
        } catch (IOException unreadable) {
            throw new UsageException("trace " + file + ": cannot read it: " + unreadable.getMessage(), unreadable);
        }
    }
}
