package org.ras4j.sim;

import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;

/**
 * Hands out {@code HRASCONN}s: non-zero, never handed out twice by one simulator (so never reused
 * while live), within 32 bits on x86. Not thread-safe: the simulator uses it under its lock.
 */
final class HandleAllocator {
    /** Above 2^31 on x86, so that a caller who sign-extends a handle is caught. */
    static final long DEFAULT_FIRST_X86 = 0x8000_0004L;
    /** Above 2^32 on x64, so that a caller who truncates a handle to 32 bits is caught. */
    static final long DEFAULT_FIRST_X64 = 0x0000_0200_0000_0004L;
    private static final long STEP = 4;
    private static final long X86_MAX = 0xFFFF_FFFFL;

    private final Abi abi;
    private long next;

    HandleAllocator(Abi abi, long first) {
        if (first == 0 || abi == Abi.X86 && (first < 0 || first > X86_MAX)) {
            throw new IllegalArgumentException("the first handle must be non-zero and, on x86, fit 32 bits: 0x"
                    + Long.toHexString(first));
        }
        this.abi = abi;
        this.next = first;
    }

    static long defaultFirst(Abi abi) {
        return abi == Abi.X86 ? DEFAULT_FIRST_X86 : DEFAULT_FIRST_X64;
    }

    RasHandle next() {
        if (abi == Abi.X86 && next > X86_MAX) {
            throw new IllegalStateException("this simulator has handed out every x86 handle");
        }
        long bits = next;
        next += STEP;
        return bits == 0 ? next() : RasHandle.of(bits);
    }
}
