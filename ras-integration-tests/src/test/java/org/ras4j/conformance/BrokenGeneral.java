package org.ras4j.conformance;

import java.nio.ByteBuffer;
import java.util.List;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.Buffers;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.spi.ForwardingRasBackend;

/** Broken backends that break the port's own rules (GEN): the ABI, the caller's buffers, threads. */
final class BrokenGeneral {
    private BrokenGeneral() {
    }

    static List<Broken> all() {
        return List.of(
                Broken.of("declaresX86OnX64", WindowsProfile.windows10x64(), BrokenGeneral::declaresX86OnX64, "GEN-01",
                        "CLIENT-01"),
                Broken.of("sharedScratchBuffer", WindowsProfile.windows7x86(), BrokenGeneral::sharedScratchBuffer,
                        "GEN-03"),
                Broken.of("enumReadsFromPosition", WindowsProfile.windowsXpx86(), BrokenGeneral::enumReadsFromPosition,
                        "GEN-02", "ENUM-37"),
                Broken.of("leavesPositionAfterEntries", WindowsProfile.windowsVistax64(),
                        BrokenGeneral::leavesPositionAfterEntries, "GEN-02"),
                Broken.of("enumHonoursLimit", WindowsProfile.windows2000x86(), BrokenGeneral::enumHonoursLimit,
                        "GEN-02", "ENUM-37"));
    }

    /** {@code abi()} answers the x86 ABI hard-coded, on an x64 backend. */
    static RasBackend declaresX86OnX64(SimulatedRas sim) {
        return new ForwardingRasBackend(sim) {
            @Override
            public Abi abi() {
                return Abi.X86;
            }
        };
    }

    /** Every call is answered into one scratch buffer shared by all threads, then copied out. */
    static RasBackend sharedScratchBuffer(SimulatedRas sim) {
        byte[] scratch = new byte[1 << 16];
        return new ForwardingRasBackend(sim) {
            @Override
            public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
                if (buffer == null || buffer.capacity() > scratch.length) {
                    return super.enumConnections(charset, buffer, lpcb, count);
                }
                ByteBuffer shared = fill(buffer);
                int code = super.enumConnections(charset, shared, lpcb, count);
                return copyOut(shared, buffer, code);
            }

            @Override
            public int getConnectStatus(RasCharset charset, RasHandle handle, ByteBuffer status) {
                if (status == null || status.capacity() > scratch.length) {
                    return super.getConnectStatus(charset, handle, status);
                }
                ByteBuffer shared = fill(status);
                return copyOut(shared, status, super.getConnectStatus(charset, handle, shared));
            }

            private ByteBuffer fill(ByteBuffer caller) {
                Buffers.whole(caller).get(0, scratch, 0, caller.capacity());
                return ByteBuffer.wrap(scratch, 0, caller.capacity()).slice();
            }

            private int copyOut(ByteBuffer shared, ByteBuffer caller, int code) {
                nativeCallReturns();
                Buffers.whole(caller).put(0, scratch, 0, caller.capacity());
                return code;
            }
        };
    }

    /** The microseconds a native call takes to return, during which other threads run on. */
    private static void nativeCallReturns() {
        long end = System.nanoTime() + 20_000;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }

    /** {@code RasEnumConnections} works on {@code buffer.slice()}: the dwSize is read at the position. */
    static RasBackend enumReadsFromPosition(SimulatedRas sim) {
        return new ForwardingRasBackend(sim) {
            @Override
            public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
                return super.enumConnections(charset, buffer == null ? null : buffer.slice(), lpcb, count);
            }
        };
    }

    /** The entries are written with relative puts: the position is left after the last one. */
    static RasBackend leavesPositionAfterEntries(SimulatedRas sim) {
        return BrokenBackends.afterEnum(sim, (call, code) -> {
            if (call.buffer() != null && call.layout().isPresent()) {
                int end = call.written() * call.layout().get().size();
                call.buffer().position(Math.min(end, call.buffer().limit()));
            }
            return code;
        });
    }

    /** The buffer's limit is taken as its end: {@code *lpcb} is cut to it. */
    static RasBackend enumHonoursLimit(SimulatedRas sim) {
        return new ForwardingRasBackend(sim) {
            @Override
            public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
                if (buffer != null && lpcb != null && Integer.compareUnsigned(buffer.limit(), lpcb.get()) < 0) {
                    lpcb.set(buffer.limit());
                }
                return super.enumConnections(charset, buffer, lpcb, count);
            }
        };
    }
}
