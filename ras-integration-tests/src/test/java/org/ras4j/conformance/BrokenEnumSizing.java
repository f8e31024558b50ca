package org.ras4j.conformance;

import static org.ras4j.conformance.BrokenBackends.BUFFER_TOO_SMALL;
import static org.ras4j.conformance.BrokenBackends.SUCCESS;

import java.nio.ByteBuffer;
import java.util.List;
import org.ras4j.RasError;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;

/** Broken backends that size the answer of {@code RasEnumConnections} wrongly: out-values, 603, bytes written. */
final class BrokenEnumSizing {
    private BrokenEnumSizing() {
    }

    static List<Broken> all() {
        return List.of(
                Broken.of("reportsWrittenCountOn603", WindowsProfile.windowsXpx64(),
                        BrokenEnumSizing::reportsWrittenCountOn603, "ENUM-12"),
                Broken.of("writesOneBytePastLpcb", WindowsProfile.windowsXpx64(),
                        BrokenEnumSizing::writesOneBytePastLpcb,
                        "ENUM-14"),
                Broken.of("forgetsToZeroOutputs", WindowsProfile.windowsXpx64(), BrokenEnumSizing::forgetsToZeroOutputs,
                        "ENUM-10"),
                Broken.of("reportsWrittenBytesOn603", WindowsProfile.windowsVistax86(),
                        BrokenEnumSizing::reportsWrittenBytesOn603, "ENUM-12"),
                Broken.of("writesPartOfTheNextEntry", WindowsProfile.windows10x64(),
                        BrokenEnumSizing::writesPartOfTheNextEntry, "ENUM-33"),
                Broken.of("sizeQueryReportsNoBytes", WindowsProfile.windows7x64(),
                        BrokenEnumSizing::sizeQueryReportsNoBytes,
                        "ENUM-09"),
                Broken.of("sizeQueryLeavesCount", WindowsProfile.windows10x86(), BrokenEnumSizing::sizeQueryLeavesCount,
                        "ENUM-34"),
                Broken.of("shortLpcbSucceeds", WindowsProfile.windows2000x86(), BrokenEnumSizing::shortLpcbSucceeds,
                        "ENUM-19"),
                Broken.of("shortLpcbInNewestSize", WindowsProfile.windows7x86(),
                        BrokenEnumSizing::shortLpcbInNewestSize,
                        "ENUM-19"),
                Broken.of("exactFitIs603", WindowsProfile.windowsMex86(), BrokenEnumSizing::exactFitIs603, "ENUM-15"),
                Broken.of("countsInAByte", WindowsProfile.windows10x64(), BrokenEnumSizing::countsInAByte, "ENUM-16",
                        "CLIENT-03"),
                Broken.of("listsAtMost16", WindowsProfile.windows11x64(), BrokenEnumSizing::listsAtMost16, "ENUM-16",
                        "CLIENT-03"),
                Broken.of("stoppedServiceIs711", WindowsProfile.windowsNt4x86(), BrokenEnumSizing::stoppedServiceIs711,
                        "ENUM-17"));
    }

    /** On 603, {@code *lpcConnections} is the number of entries written instead of the total. */
    static RasBackend reportsWrittenCountOn603(SimulatedRas sim) {
        return BrokenBackends.afterEnum(sim, (call, code) -> {
            if (code == BUFFER_TOO_SMALL && call.buffer() != null) {
                call.count().set(call.written());
            }
            return code;
        });
    }

    /** One byte is written at {@code *lpcb}, just past the caller's buffer. */
    static RasBackend writesOneBytePastLpcb(SimulatedRas sim) {
        return BrokenBackends.afterEnum(sim, (call, code) -> {
            if (call.buffer() != null && call.lpcb() != null
                    && Integer.toUnsignedLong(call.lpcbIn()) < call.buffer().capacity()) {
                call.bytes().put(call.lpcbIn(), (byte) 0x5A);
            }
            return code;
        });
    }

    /** With nothing to report, the out-values keep whatever the caller put there. */
    static RasBackend forgetsToZeroOutputs(SimulatedRas sim) {
        return BrokenBackends.afterEnum(sim, (call, code) -> {
            if (code == SUCCESS && call.count() != null && call.count().get() == 0) {
                call.lpcb().set(call.lpcbIn());
                call.count().set(call.countIn());
            }
            return code;
        });
    }

    /** On 603, {@code *lpcb} is the bytes written instead of the bytes needed. */
    static RasBackend reportsWrittenBytesOn603(SimulatedRas sim) {
        return BrokenBackends.afterEnum(sim, (call, code) -> {
            if (code == BUFFER_TOO_SMALL && call.buffer() != null && call.layout().isPresent()) {
                call.lpcb().set(call.written() * call.layout().get().size());
            }
            return code;
        });
    }

    /** On 603, the entry that does not fit is written as far as {@code *lpcb} reaches. */
    static RasBackend writesPartOfTheNextEntry(SimulatedRas sim) {
        return BrokenBackends.afterEnum(sim, (call, code) -> {
            if (code != BUFFER_TOO_SMALL || call.buffer() == null || call.layout().isEmpty()) {
                return code;
            }
            int size = call.layout().get().size();
            int start = call.written() * size;
            int end = (int) Math.min(Integer.toUnsignedLong(call.lpcbIn()), call.buffer().capacity());
            if (call.written() < call.count().get() && end > start) {
                int total = call.count().get() * size;
                ByteBuffer whole = ByteBuffer.allocate(total);
                whole.duplicate().order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0, size);
                sim.enumConnections(call.charset(), whole, DwordRef.of(total), DwordRef.of(0));
                call.bytes().put(start, whole.array(), start, end - start);
            }
            return code;
        });
    }

    /** The NULL-buffer size query answers 603 with {@code *lpcb} = the bytes written, 0. */
    static RasBackend sizeQueryReportsNoBytes(SimulatedRas sim) {
        return BrokenBackends.afterEnum(sim, (call, code) -> {
            if (code == BUFFER_TOO_SMALL && call.buffer() == null) {
                call.lpcb().set(0);
            }
            return code;
        });
    }

    /** The NULL-buffer size query leaves {@code *lpcConnections} as the caller put it. */
    static RasBackend sizeQueryLeavesCount(SimulatedRas sim) {
        return BrokenBackends.afterEnum(sim, (call, code) -> {
            if (call.buffer() == null && call.count() != null && call.lpcb() != null) {
                call.count().set(call.countIn());
            }
            return code;
        });
    }

    /** {@code *lpcb} under four bytes, with connections, answers success with nothing listed. */
    static RasBackend shortLpcbSucceeds(SimulatedRas sim) {
        return BrokenBackends.afterEnum(sim, (call, code) -> {
            if (code == BUFFER_TOO_SMALL && call.buffer() != null && Integer.compareUnsigned(call.lpcbIn(), 4) < 0) {
                call.lpcb().set(0);
                call.count().set(0);
                return SUCCESS;
            }
            return code;
        });
    }

    /** When not one entry fits, the 603 reports the total in the newest RASCONN's size, not the caller's. */
    static RasBackend shortLpcbInNewestSize(SimulatedRas sim) {
        return BrokenBackends.afterEnum(sim, (call, code) -> {
            if (code == BUFFER_TOO_SMALL && call.buffer() != null && call.layout().isPresent()
                    && Integer.compareUnsigned(call.lpcbIn(), call.layout().get().size()) < 0) {
                RasConnLayout newest = sim.profile().newestConnLayout(call.charset());
                call.lpcb().set(call.count().get() * newest.size());
            }
            return code;
        });
    }

    /** {@code *lpcb} exactly the size of every entry is taken as too small (a {@code >} for a {@code >=}). */
    static RasBackend exactFitIs603(SimulatedRas sim) {
        return BrokenBackends.afterEnum(sim, (call, code) -> {
            if (code == SUCCESS && call.buffer() != null && call.count().get() > 0
                    && call.lpcb().get() == call.lpcbIn()) {
                return BUFFER_TOO_SMALL;
            }
            return code;
        });
    }

    /** {@code *lpcConnections} is kept in a byte: 300 connections are reported as 44. */
    static RasBackend countsInAByte(SimulatedRas sim) {
        return BrokenBackends.afterEnum(sim, (call, code) -> {
            if (call.count() != null && (code == SUCCESS || code == BUFFER_TOO_SMALL)) {
                call.count().set(call.count().get() & 0xFF);
            }
            return code;
        });
    }

    /** A fixed table of 16 entries: a 17th connection and later ones are never listed. */
    static RasBackend listsAtMost16(SimulatedRas sim) {
        return BrokenBackends.afterEnum(sim, (call, code) -> {
            int max = 16;
            if ((code == SUCCESS || code == BUFFER_TOO_SMALL) && call.buffer() != null && call.layout().isPresent()
                    && call.count().get() > max) {
                boolean fits = call.written() >= max;
                call.count().set(max);
                call.lpcb().set(max * call.layout().get().size());
                return fits ? SUCCESS : BUFFER_TOO_SMALL;
            }
            return code;
        });
    }

    /** With the RAS service stopped, RasMan's 711 is passed on instead of success with no entries. */
    static RasBackend stoppedServiceIs711(SimulatedRas sim) {
        return BrokenBackends.afterEnum(sim, (call, code) ->
                sim.isServiceRunning() ? code : RasError.ERROR_RASMAN_CANNOT_INITIALIZE.code());
    }
}
