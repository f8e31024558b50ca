package org.ras4j.trace;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that refuses to deliver more than a limit, so that an endless or huge input
 * ({@code /dev/zero}, a wrong file) fails at once with a {@link TraceException} instead of filling
 * the heap.
 */
final class LimitedInput extends FilterInputStream {
    private final long limit;
    private long delivered;

    LimitedInput(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        delivered += n;
        if (delivered > limit) {
            throw new TraceException(0, "larger than " + (limit >> 20) + " MiB, the limit of a trace file"
                    + " (docs/trace-format.md)");
        }
    }
}
