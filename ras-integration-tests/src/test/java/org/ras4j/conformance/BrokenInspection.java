package org.ras4j.conformance;

import static org.ras4j.conformance.BrokenBackends.INVALID_PARAMETER;
import static org.ras4j.conformance.BrokenBackends.SUCCESS;

import java.nio.ByteBuffer;
import java.util.List;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasProjection;
import org.ras4j.codec.RasStatsField;
import org.ras4j.codec.RasStatsLayout;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.Buffers;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.spi.ForwardingRasBackend;

/** Broken backends that answer the functions inspecting a connection wrongly: statistics and projection. */
final class BrokenInspection {
    private BrokenInspection() {
    }

    static List<Broken> all() {
        return List.of(
                Broken.of("swapsSentAndReceived", WindowsProfile.windows7x64(), BrokenInspection::swapsSentAndReceived,
                        "STATS-05"),
                Broken.of("linkZeroIsLinkOne", WindowsProfile.windows2000x86(), BrokenInspection::linkZeroIsLinkOne,
                        "STATS-06"),
                Broken.of("ipv6BeforeVistaIs731", WindowsProfile.windowsXpx64(), BrokenInspection::ipv6BeforeVistaIs731,
                        "PROJ-08"),
                Broken.of("projectionExIgnoresAddress", WindowsProfile.windows10x64(),
                        BrokenInspection::projectionExIgnoresAddress, "PROJ-11"));
    }

    /** {@code dwBytesXmited} and {@code dwBytesRcved} are written into each other's member. */
    static RasBackend swapsSentAndReceived(SimulatedRas sim) {
        return new ForwardingRasBackend(sim) {
            @Override
            public int getConnectionStatistics(RasHandle handle, ByteBuffer statistics) {
                int code = super.getConnectionStatistics(handle, statistics);
                if (code == SUCCESS) {
                    RasStatsLayout layout = RasStatsLayout.get();
                    ByteBuffer le = Buffers.whole(statistics);
                    int sent = le.getInt(layout.offset(RasStatsField.BYTES_XMITED));
                    le.putInt(layout.offset(RasStatsField.BYTES_XMITED),
                            le.getInt(layout.offset(RasStatsField.BYTES_RCVED)));
                    le.putInt(layout.offset(RasStatsField.BYTES_RCVED), sent);
                }
                return code;
            }
        };
    }

    /** {@code RasGetLinkStatistics} takes {@code dwSubEntry} 0 as the first link instead of failing. */
    static RasBackend linkZeroIsLinkOne(SimulatedRas sim) {
        return new ForwardingRasBackend(sim) {
            @Override
            public int getLinkStatistics(RasHandle handle, int subEntry, ByteBuffer statistics) {
                return super.getLinkStatistics(handle, subEntry == 0 ? 1 : subEntry, statistics);
            }
        };
    }

    /** {@code RASP_PppIpv6} before Vista answers 731 (not negotiated) instead of 87. */
    static RasBackend ipv6BeforeVistaIs731(SimulatedRas sim) {
        return new ForwardingRasBackend(sim) {
            @Override
            public int getProjectionInfo(RasCharset charset, RasHandle handle, int projection, ByteBuffer buffer,
                    DwordRef lpcb) {
                int code = super.getProjectionInfo(charset, handle, projection, buffer, lpcb);
                return code == INVALID_PARAMETER && projection == RasProjection.PPP_IPV6.code() && lpcb != null
                        ? RasError.ERROR_PROTOCOL_NOT_CONFIGURED.code() : code;
            }
        };
    }

    /** {@code RasGetProjectionInfoEx} stores its pointers from a fixed base, whatever address the caller names. */
    static RasBackend projectionExIgnoresAddress(SimulatedRas sim) {
        return new ForwardingRasBackend(sim) {
            @Override
            public int getProjectionInfoEx(RasHandle handle, ByteBuffer buffer, long address, DwordRef lpdwSize) {
                return super.getProjectionInfoEx(handle, buffer, 0x0001_0000L, lpdwSize);
            }
        };
    }
}
