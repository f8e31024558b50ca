package org.ras4j.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ras4j.spi.WindowsProfile;

/** Reading a trace file: the file's limits, its encoding, and what is no file at all. */
class TraceFileTest {
    private static final Trace TRACE = Capture.run(Machines.busy(WindowsProfile.windowsXpx86()),
            WindowsProfile.windowsXpx86());

    @TempDir
    Path dir;

    @Test
    void aTraceWrittenToAFileReadsBackTheSame() throws IOException {
        Path file = dir.resolve("t.jsonl");
        TRACE.writeTo(file);
        assertEquals(TRACE, Trace.read(file));
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutReadingItAll() throws IOException {
        Path file = dir.resolve("t.jsonl");
        TRACE.writeTo(file);
        long size = Files.size(file);
        assertEquals(TRACE, Trace.read(file, size));
        TraceException e = assertThrows(TraceException.class, () -> Trace.read(file, size - 1));
        assertEquals(0, e.line());
        assertTrue(e.getMessage().startsWith("larger than "), e.getMessage());
        assertTrue(e.getMessage().contains("the limit of a trace file"), e.getMessage());
    }

    @Test
    void theLimitIsTwoHundredFiftySixMebibytes() {
        assertEquals(256L * 1024 * 1024, Trace.MAX_BYTES);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNamingTheLine() throws IOException {
        String text = TRACE.toText();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int second = text.indexOf('\n') + 1;
        bytes[second + 2] = (byte) 0xff;
        Path file = Files.write(dir.resolve("bad.jsonl"), bytes);
        TraceException e = assertThrows(TraceException.class, () -> Trace.read(file));
        assertTrue(e.line() >= 1 && e.line() <= 2, e.getMessage());
        assertTrue(e.getMessage().contains("not UTF-8 text"), e.getMessage());
    }

    @Test
    void aDirectoryIsNoTrace() {
        TraceException e = assertThrows(TraceException.class, () -> Trace.read(dir));
        assertEquals("a directory, not a trace file", e.getMessage());
    }
}
