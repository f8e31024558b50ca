package org.ras4j.conformance;

import static org.ras4j.conformance.BrokenBackends.INVALID_HANDLE;
import static org.ras4j.conformance.BrokenBackends.INVALID_PARAMETER;
import static org.ras4j.conformance.BrokenBackends.SUCCESS;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ras4j.ConnectionState;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnStatusCodec;
import org.ras4j.codec.RasConnStatusField;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.codec.RasConnStatusVersion;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.Buffers;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.spi.ForwardingRasBackend;

/** Broken backends that answer {@code RasGetConnectStatus} wrongly. */
final class BrokenStatus {
    private BrokenStatus() {
    }

    static List<Broken> all() {
        return List.of(
                Broken.of("nullStatusIsInvalidHandle", WindowsProfile.windowsXpx64(),
                        BrokenStatus::nullStatusIsInvalidHandle,
                        "STAT-01"),
                Broken.of("statusWritesPastDwSize", WindowsProfile.windowsXpx64(), BrokenStatus::statusWritesPastDwSize,
                        "STAT-02"),
                Broken.of("handleCheckedByShape", WindowsProfile.windows2000x86(), BrokenStatus::handleCheckedByShape,
                        "STAT-06", "CLIENT-06"),
                Broken.of("goneLinkIsInvalidHandle", WindowsProfile.windowsXpx86(),
                        BrokenStatus::goneLinkIsInvalidHandle,
                        "STAT-12"),
                Broken.of("v351DeviceNameCutAt20", WindowsProfile.windows95x86(), BrokenStatus::v351DeviceNameCutAt20,
                        "STAT-14"),
                Broken.of("diallingSaysConnected", WindowsProfile.windows98x86(), BrokenStatus::diallingSaysConnected,
                        "STAT-08", "CLIENT-04", "WATCH-04"),
                Broken.of("dropLosesReason", WindowsProfile.windows7x86(), BrokenStatus::dropLosesReason, "STAT-09",
                        "WATCH-03"),
                Broken.of("forgetsPhoneNumber", WindowsProfile.windows10x64(),
                        BrokenStatus::forgetsPhoneNumber, "STAT-07",
                        "CLIENT-05"),
                Broken.of("swapsEndPoints", WindowsProfile.windows11x64(), BrokenStatus::swapsEndPoints, "STAT-07"),
                Broken.of("statusAnsiAsUtf8", WindowsProfile.windows7x86(), BrokenStatus::statusAnsiAsUtf8, "STAT-13"),
                Broken.of("statusReadsFromPosition", WindowsProfile.windowsVistax86(),
                        BrokenStatus::statusReadsFromPosition, "STAT-15"),
                Broken.of("acceptsLargerStatusSizes", WindowsProfile.windows10x86(),
                        BrokenStatus::acceptsLargerStatusSizes, "STAT-03"),
                Broken.of("zeroHandleMatchesEmptySlot", WindowsProfile.windowsNt4x86(),
                        BrokenStatus::zeroHandleMatchesEmptySlot, "STAT-04"),
                Broken.of("unknownHandleIs87", WindowsProfile.windows10x86(),
                        BrokenStatus::unknownHandleIs87, "STAT-05"));
    }

    /** A NULL {@code RASCONNSTATUS} is answered with {@code ERROR_INVALID_HANDLE} instead of 632. */
    static RasBackend nullStatusIsInvalidHandle(SimulatedRas sim) {
        return BrokenBackends.afterStatus(sim, (charset, handle, status, layout, code) ->
                status == null ? INVALID_HANDLE : code);
    }

    /** A successful {@code RasGetConnectStatus} also writes the byte just past {@code dwSize}. */
    static RasBackend statusWritesPastDwSize(SimulatedRas sim) {
        return BrokenBackends.afterStatus(sim, (charset, handle, status, layout, code) -> {
            if (code == SUCCESS && layout.get().size() < status.capacity()) {
                Buffers.whole(status).put(layout.get().size(), (byte) 0x5A);
            }
            return code;
        });
    }

    /** A handle is checked by its shape (non-zero, 4-aligned), not looked up: a hung-up one gets an all-zero status. */
    static RasBackend handleCheckedByShape(SimulatedRas sim) {
        return BrokenBackends.afterStatus(sim, (charset, handle, status, layout, code) -> {
            if (code == INVALID_HANDLE && layout.isPresent() && !handle.isNull() && (handle.bits() & 3) == 0) {
                zeroAfterDwSize(status, layout.get());
                return SUCCESS;
            }
            return code;
        });
    }

    private static void zeroAfterDwSize(ByteBuffer status, RasConnStatusLayout layout) {
        for (int i = 4; i < layout.size(); i++) {
            Buffers.whole(status).put(i, (byte) 0);
        }
    }

    /** A sub-entry whose link is gone answers 6, as a dead handle, instead of RASCS_Disconnected. */
    static RasBackend goneLinkIsInvalidHandle(SimulatedRas sim) {
        return BrokenBackends.afterStatus(sim, (charset, handle, status, layout, code) -> {
            if (code == SUCCESS && state(status, layout.get()) == ConnectionState.DISCONNECTED.code()
                    && Buffers.whole(status).getInt(layout.get().offset(RasConnStatusField.ERROR)) == 0) {
                return INVALID_HANDLE;
            }
            return code;
        });
    }

    /** The NT 3.51 RASCONNSTATUS device name is cut at 20 characters (the entry name's limit), not 32. */
    static RasBackend v351DeviceNameCutAt20(SimulatedRas sim) {
        return BrokenBackends.afterStatus(sim, (charset, handle, status, layout, code) -> {
            if (code == SUCCESS && layout.get().version() == RasConnStatusVersion.V351) {
                int at = layout.get().offset(RasConnStatusField.DEVICE_NAME) + 20 * charset.charSize();
                for (int i = 0; i < charset.charSize(); i++) {
                    Buffers.whole(status).put(at + i, (byte) 0);
                }
            }
            return code;
        });
    }

    /** A connection still dialling is reported as RASCS_Connected. */
    static RasBackend diallingSaysConnected(SimulatedRas sim) {
        return BrokenBackends.afterStatus(sim, (charset, handle, status, layout, code) -> {
            if (code == SUCCESS && state(status, layout.get()) < ConnectionState.CONNECTED.code()) {
                Buffers.whole(status).putInt(layout.get().offset(RasConnStatusField.CONN_STATE),
                        ConnectionState.CONNECTED.code());
            }
            return code;
        });
    }

    /** A dropped connection's reason is not reported: {@code dwError} 0. */
    static RasBackend dropLosesReason(SimulatedRas sim) {
        return BrokenBackends.afterStatus(sim, (charset, handle, status, layout, code) -> {
            if (code == SUCCESS && state(status, layout.get()) == ConnectionState.DISCONNECTED.code()) {
                Buffers.whole(status).putInt(layout.get().offset(RasConnStatusField.ERROR), 0);
            }
            return code;
        });
    }

    /** {@code szPhoneNumber} (RASCONNSTATUS V401 and later) is left empty. */
    static RasBackend forgetsPhoneNumber(SimulatedRas sim) {
        return BrokenBackends.afterStatus(sim, (charset, handle, status, layout, code) -> {
            if (code == SUCCESS && layout.get().has(RasConnStatusField.PHONE_NUMBER)) {
                int at = layout.get().offset(RasConnStatusField.PHONE_NUMBER);
                for (int i = 0; i < layout.get().length(RasConnStatusField.PHONE_NUMBER); i++) {
                    Buffers.whole(status).put(at + i, (byte) 0);
                }
            }
            return code;
        });
    }

    /** The Windows 7 RASCONNSTATUS has its local and remote tunnel end points swapped. */
    static RasBackend swapsEndPoints(SimulatedRas sim) {
        return BrokenBackends.afterStatus(sim, (charset, handle, status, layout, code) -> {
            RasConnStatusLayout l = layout.orElse(null);
            if (code == SUCCESS && l.has(RasConnStatusField.LOCAL_END_POINT)) {
                ByteBuffer le = Buffers.whole(status);
                int local = l.offset(RasConnStatusField.LOCAL_END_POINT);
                int remote = l.offset(RasConnStatusField.REMOTE_END_POINT);
                int length = l.length(RasConnStatusField.LOCAL_END_POINT);
                byte[] a = new byte[length];
                byte[] b = new byte[length];
                le.get(local, a).get(remote, b);
                le.put(local, b).put(remote, a);
            }
            return code;
        });
    }

    /** RASCONNSTATUSA's text members are converted with UTF-8 instead of the ANSI code page. */
    static RasBackend statusAnsiAsUtf8(SimulatedRas sim) {
        RasConnStatusCodec codec = RasConnStatusCodec.create();
        return BrokenBackends.afterStatus(sim, (charset, handle, status, layout, code) -> {
            if (code != SUCCESS || charset != RasCharset.A) {
                return code;
            }
            RasConnStatusLayout w = RasConnStatusLayout.of(layout.get().version(), RasCharset.W, layout.get().abi());
            ByteBuffer wide = ByteBuffer.allocate(w.size());
            wide.duplicate().order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0, w.size());
            if (sim.getConnectStatus(RasCharset.W, handle, wide) == SUCCESS) {
                ConnectionStatus s = codec.decode(wide, w);
                write(status, layout.get(), RasConnStatusField.DEVICE_TYPE, s.deviceType());
                write(status, layout.get(), RasConnStatusField.DEVICE_NAME, s.deviceName());
                if (layout.get().has(RasConnStatusField.PHONE_NUMBER)) {
                    write(status, layout.get(), RasConnStatusField.PHONE_NUMBER, s.phoneNumber().orElse(""));
                }
            }
            return code;
        });
    }

    private static void write(ByteBuffer status, RasConnStatusLayout layout, RasConnStatusField field, String text) {
        BrokenBackends.writeText(Buffers.whole(status), layout.offset(field), layout.length(field), text,
                StandardCharsets.UTF_8);
    }

    /** {@code RasGetConnectStatus} works on {@code status.slice()}: the dwSize is read at the position. */
    static RasBackend statusReadsFromPosition(SimulatedRas sim) {
        return new ForwardingRasBackend(sim) {
            @Override
            public int getConnectStatus(RasCharset charset, RasHandle handle, ByteBuffer status) {
                return super.getConnectStatus(charset, handle, status == null ? null : status.slice());
            }
        };
    }

    /** A dwSize larger than the newest RASCONNSTATUS is taken as the newest (a {@code >=} check). */
    static RasBackend acceptsLargerStatusSizes(SimulatedRas sim) {
        return new ForwardingRasBackend(sim) {
            @Override
            public int getConnectStatus(RasCharset charset, RasHandle handle, ByteBuffer status) {
                int newest = sim.profile().newestStatusLayout(charset).size();
                if (Buffers.holdsDwSize(status) && Integer.compareUnsigned(Buffers.dwSize(status), newest) > 0
                        && status.capacity() >= newest) {
                    Buffers.whole(status).putInt(0, newest);
                }
                return super.getConnectStatus(charset, handle, status);
            }
        };
    }

    /** Handle 0 matches an empty slot of the connection table: success with an all-zero status instead of 6. */
    static RasBackend zeroHandleMatchesEmptySlot(SimulatedRas sim) {
        return BrokenBackends.afterStatus(sim, (charset, handle, status, layout, code) -> {
            if (code == INVALID_HANDLE && layout.isPresent() && handle.isNull()) {
                zeroAfterDwSize(status, layout.get());
                return SUCCESS;
            }
            return code;
        });
    }

    /** A handle that was never issued answers 87 ERROR_INVALID_PARAMETER instead of 6. */
    static RasBackend unknownHandleIs87(SimulatedRas sim) {
        return BrokenBackends.afterStatus(sim, (charset, handle, status, layout, code) ->
                code == INVALID_HANDLE && !handle.isNull() ? INVALID_PARAMETER : code);
    }

    private static int state(ByteBuffer status, RasConnStatusLayout layout) {
        return Buffers.whole(status).getInt(layout.offset(RasConnStatusField.CONN_STATE));
    }
}
