package org.ras4j.conformance;

import static org.ras4j.conformance.BrokenBackends.INVALID_SIZE;
import static org.ras4j.conformance.BrokenBackends.SUCCESS;

import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.Buffers;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.spi.WindowsProfile.SizeQuery;
import org.ras4j.spi.WindowsProfile.ValidationOrder;
import org.ras4j.spi.ForwardingRasBackend;

/** Broken backends that check the arguments of {@code RasEnumConnections} wrongly. */
final class BrokenEnumArguments {
    private BrokenEnumArguments() {
    }

    static List<Broken> all() {
        return List.of(
                Broken.of("masksDwSizeTo16Bits", WindowsProfile.windows7x64(), BrokenEnumArguments::masksDwSizeTo16Bits,
                        "ENUM-04", "ENUM-31"),
                sizeQueryOnXp(), noSizeQueryOnVista(), checksSizeFirstInA(), acceptsV600OnXp(), rejectsV351(),
                Broken.of("ignoresNullCount", WindowsProfile.windows98x86(), BrokenEnumArguments::ignoresNullCount,
                        "ENUM-06"),
                Broken.of("acceptsAnyDwSize", WindowsProfile.windowsXpx64(), BrokenEnumArguments::acceptsAnyDwSize,
                        "ENUM-02", "ENUM-03", "ENUM-04"),
                Broken.of("acceptsX86SizesOnX64", WindowsProfile.windows10x64(),
                        BrokenEnumArguments::acceptsX86SizesOnX64, "ENUM-03"),
                Broken.of("readsLpcbBeforeDwSize", WindowsProfile.windows7x86(),
                        BrokenEnumArguments::readsLpcbBeforeDwSize, "ENUM-32"),
                Broken.of("throwsOnNullLpcb", WindowsProfile.windows11x64(), BrokenEnumArguments::throwsOnNullLpcb,
                        "ENUM-05"));
    }

    /** Answers the NULL-buffer size query on XP as Vista does, where XP answers 632. */
    static Broken sizeQueryOnXp() {
        return Broken.behavingAs("sizeQueryOnXp", WindowsProfile.windowsXpx86(),
                b -> b.sizeQuery(SizeQuery.NULL_BUFFER_REPORTS_SIZE), "ENUM-08");
    }

    /** Answers the NULL-buffer size query with 632 on Vista, as XP does. */
    static Broken noSizeQueryOnVista() {
        return Broken.behavingAs("noSizeQueryOnVista", WindowsProfile.windowsVistax64(),
                b -> b.sizeQuery(SizeQuery.NULL_BUFFER_INVALID_SIZE), "ENUM-09");
    }

    /** The A function checks the dwSize before the pointers, as the W function does. */
    static Broken checksSizeFirstInA() {
        return Broken.behavingAs("checksSizeFirstInA", WindowsProfile.windows2000x86(),
                b -> b.validationOrder(RasCharset.A, ValidationOrder.SIZE_THEN_POINTERS), "ENUM-07");
    }

    /** Accepts the Vista RASCONN (V600) on XP. */
    static Broken acceptsV600OnXp() {
        Set<RasConnVersion> versions = EnumSet.copyOf(WindowsProfile.windowsXpx86().connVersions(RasCharset.W));
        versions.add(RasConnVersion.V600);
        return Broken.behavingAs("acceptsV600OnXp", WindowsProfile.windowsXpx86(), b -> b.connVersions(versions),
                "ENUM-02");
    }

    /** Forgets the oldest RASCONN, NT 3.51's, on Windows 95. */
    static Broken rejectsV351() {
        Set<RasConnVersion> versions = EnumSet.copyOf(WindowsProfile.windows95x86().connVersions(RasCharset.W));
        versions.remove(RasConnVersion.V351);
        return Broken.behavingAs("rejectsV351", WindowsProfile.windows95x86(), b -> b.connVersions(versions),
                "ENUM-01");
    }

    /** The dwSize is read as a {@code WORD}: its high 16 bits are ignored. */
    static RasBackend masksDwSizeTo16Bits(SimulatedRas sim) {
        return new ForwardingRasBackend(sim) {
            @Override
            public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
                if (!Buffers.holdsDwSize(buffer) || (Buffers.dwSize(buffer) & 0xFFFF_0000) == 0) {
                    return super.enumConnections(charset, buffer, lpcb, count);
                }
                ByteBuffer le = Buffers.whole(buffer);
                int dwSize = le.getInt(0);
                le.putInt(0, dwSize & 0xFFFF);
                int code = super.enumConnections(charset, buffer, lpcb, count);
                if (code == INVALID_SIZE) {
                    le.putInt(0, dwSize);
                }
                return code;
            }
        };
    }

    /** A NULL {@code lpcConnections} is not checked: the call goes on without the count. */
    static RasBackend ignoresNullCount(SimulatedRas sim) {
        return new ForwardingRasBackend(sim) {
            @Override
            public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
                return super.enumConnections(charset, buffer, lpcb, count == null ? DwordRef.of(0) : count);
            }
        };
    }

    /** Any {@code dwSize} is taken: where the real backend says 632, this one lists nothing. */
    static RasBackend acceptsAnyDwSize(SimulatedRas sim) {
        return BrokenBackends.afterEnum(sim, (call, code) -> {
            if (code == INVALID_SIZE && call.buffer() != null && call.lpcb() != null && call.count() != null) {
                call.lpcb().set(0);
                call.count().set(0);
                return SUCCESS;
            }
            return code;
        });
    }

    /** On x64, the x86 size of an accepted RASCONN is taken as that version (a table of sizes per version). */
    static RasBackend acceptsX86SizesOnX64(SimulatedRas sim) {
        return new ForwardingRasBackend(sim) {
            @Override
            public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
                if (Buffers.holdsDwSize(buffer)) {
                    int dwSize = Buffers.dwSize(buffer);
                    for (RasConnLayout layout : sim.profile().connLayouts(charset)) {
                        int x86 = RasConnLayout.of(layout.version(), charset, Abi.X86).size();
                        if (dwSize == x86 && sim.profile().connLayout(charset, x86).isEmpty()) {
                            Buffers.whole(buffer).putInt(0, layout.size());
                        }
                    }
                }
                return super.enumConnections(charset, buffer, lpcb, count);
            }
        };
    }

    /** {@code *lpcb} under four bytes is answered before the dwSize is read: success, nothing listed. */
    static RasBackend readsLpcbBeforeDwSize(SimulatedRas sim) {
        return new ForwardingRasBackend(sim) {
            @Override
            public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
                if (buffer != null && lpcb != null && count != null && Integer.compareUnsigned(lpcb.get(), 4) < 0
                        && sim.connections().isEmpty()) {
                    lpcb.set(0);
                    count.set(0);
                    return SUCCESS;
                }
                return super.enumConnections(charset, buffer, lpcb, count);
            }
        };
    }

    /** A NULL {@code lpcb} is dereferenced: a NullPointerException instead of 87. */
    static RasBackend throwsOnNullLpcb(SimulatedRas sim) {
        return new ForwardingRasBackend(sim) {
            @Override
            public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
                lpcb.getUnsigned();
                return super.enumConnections(charset, buffer, lpcb, count);
            }
        };
    }
}
