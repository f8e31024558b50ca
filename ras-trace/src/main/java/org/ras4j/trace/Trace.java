package org.ras4j.trace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ras4j.spi.WindowsProfile;

/**
 * A recorded sequence of {@code rasapi32} calls: a {@link TraceHeader} and the calls in the order they
 * were made. Written and read as JSON Lines in the format docs/trace-format.md describes: the header on
 * line 1, call {@code i} on line {@code i + 2}.
 *
 * @param header where and by what it was recorded
 * @param calls  the calls, {@code calls.get(i).index() == i}
 */
public record Trace(TraceHeader header, List<TraceCall> calls) {
    /**
     * The most bytes {@link #read(Path)} reads: 256 MiB, room for a capture of thousands of connections
     * (each costs some 30 KB of hexadecimal), and little enough for any heap.
     */
    public static final int MAX_BYTES = 256 << 20;

    /**
     * Copies the list and checks that each call's index is its place.
     *
     * @param header where and by what it was recorded
     * @param calls  the calls in order
     */
    public Trace {
        Objects.requireNonNull(header, "header");
        calls = List.copyOf(calls);
        for (int i = 0; i < calls.size(); i++) {
            if (calls.get(i).index() != i) {
                throw new IllegalArgumentException("call " + i + " has index " + calls.get(i).index());
            }
        }
    }

    /** {@return the Windows profile the header names, if it names one ras4j knows} */
    public Optional<WindowsProfile> profile() {
        return header.profile().flatMap(WindowsProfile::byId);
    }

    /**
     * Writes the trace as JSON Lines.
     *
     * @param out where to write; not closed
     * @throws IOException if writing fails
     */
    public void write(Writer out) throws IOException {
        TraceWriter.write(this, out);
    }

    /**
     * Writes the trace to a file (UTF-8), replacing it.
     *
     * @param file the file
     * @throws IOException if writing fails
     */
    public void writeTo(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(out);
        }
    }

    /** {@return the trace as JSON Lines text} */
    public String toText() {
        StringWriter text = new StringWriter();
        try {
            write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Reads a trace.
     *
     * @param in the JSON Lines text; not closed
     * @return the trace
     * @throws IOException    if reading fails
     * @throws TraceException naming the line, if the text is not a trace this library can read
     */
    public static Trace read(Reader in) throws IOException {
        return TraceReader.read(in instanceof BufferedReader b ? b : new BufferedReader(in));
    }

    /**
     * Reads a trace file: UTF-8 text of at most {@value #MAX_BYTES} bytes, read no further than that.
     *
     * @param file the file
     * @return the trace
     * @throws IOException    if reading fails
     * @throws TraceException naming the line, if the file is not a trace this library can read
     */
    public static Trace read(Path file) throws IOException {
        return read(file, MAX_BYTES);
    }

    /** {@link #read(Path)} with another limit, for tests. */
    static Trace read(Path file, long maxBytes) throws IOException {
        if (Files.isDirectory(file)) {
            throw new TraceException(0, "a directory, not a trace file");
        }
        try (InputStream raw = Files.newInputStream(file);
                BufferedReader in = new BufferedReader(new InputStreamReader(new LimitedInput(raw, maxBytes),
                        StandardCharsets.UTF_8.newDecoder()))) {
            return TraceReader.read(in);
        }
    }

    /**
     * {@return the trace {@code text} holds}
     *
     * @param text JSON Lines
     * @throws TraceException naming the line, if the text is not a trace this library can read
     */
    public static Trace parse(String text) {
        try {
            return read(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
