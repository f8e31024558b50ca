package org.ras4j.conformance;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnField;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.sim.SimConnection;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.Buffers;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.ForwardingRasBackend;

/**
 * Every deliberately broken backend of the kit's self-test ({@link #all()}), one family per file,
 * and what their mistakes share: a wrapper that lets the simulator answer and then spoils the
 * answer. The kit must reject every one ({@link BrokenBackendsTest}).
 */
final class BrokenBackends {
    static final int SUCCESS = RasError.ERROR_SUCCESS.code();
    static final int INVALID_HANDLE = RasError.ERROR_INVALID_HANDLE.code();
    static final int INVALID_PARAMETER = RasError.ERROR_INVALID_PARAMETER.code();
    static final int BUFFER_TOO_SMALL = RasError.ERROR_BUFFER_TOO_SMALL.code();
    static final int INVALID_SIZE = RasError.ERROR_INVALID_SIZE.code();

    private static final Map<String, ContractRun> RUNS = new ConcurrentHashMap<>();

    private BrokenBackends() {
    }

    /** {@return every broken backend, with a distinct name} */
    static List<Broken> all() {
        List<Broken> all = new ArrayList<>();
        all.addAll(BrokenGeneral.all());
        all.addAll(BrokenEnumArguments.all());
        all.addAll(BrokenEnumSizing.all());
        all.addAll(BrokenEnumEntries.all());
        all.addAll(BrokenStatus.all());
        all.addAll(BrokenInspection.all());
        all.addAll(BrokenNotifiers.all());
        return List.copyOf(all);
    }

    /** {@return the kit's run against {@code broken}, made once per test JVM and shared by every test that asks} */
    static ContractRun run(Broken broken) {
        return RUNS.computeIfAbsent(broken.name(), name -> ContractRun.of(broken.subject()));
    }

    /** {@return the broken backend called {@code name}} */
    static Broken named(String name) {
        return all().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * One {@code RasEnumConnections} call as the simulator answered it, with the caller's inputs.
     *
     * @param sim      the simulator that answered
     * @param original every byte of the caller's buffer before the call, {@code null} for a NULL buffer
     * @param charset  the function
     * @param buffer   the caller's buffer, as the simulator filled it
     * @param lpcb     {@code lpcb}, as the simulator set it
     * @param count    {@code lpcConnections}, as the simulator set it
     * @param lpcbIn   {@code *lpcb} before the call
     * @param countIn  {@code *lpcConnections} before the call
     */
    record EnumCall(SimulatedRas sim, byte[] original, RasCharset charset, ByteBuffer buffer, DwordRef lpcb,
            DwordRef count, int lpcbIn, int countIn) {
        /** {@return the caller's buffer, little-endian, whole} */
        ByteBuffer bytes() {
            return Buffers.whole(buffer);
        }

        /** {@return the layout the caller's dwSize names, if the profile accepts it} */
        Optional<RasConnLayout> layout() {
            return Buffers.holdsDwSize(buffer) ? sim.profile().connLayout(charset, Buffers.dwSize(buffer))
                    : Optional.empty();
        }

        /** {@return the byte offset of {@code field} in entry {@code index}} */
        int at(int index, RasConnField field) {
            RasConnLayout layout = layout().orElseThrow();
            return index * layout.size() + layout.offset(field);
        }

        /** {@return the connection entry {@code index} was written for, as the simulator holds it} */
        Optional<RasConnection> connection(int index) {
            ByteBuffer le = bytes();
            int at = at(index, RasConnField.HRASCONN);
            RasHandle handle = RasHandle.of(sim.abi() == Abi.X64 ? le.getLong(at)
                    : Integer.toUnsignedLong(le.getInt(at)));
            return sim.connection(handle).map(SimConnection::connection);
        }

        /** {@return how many whole entries were written on success or 603; 0 when a NULL pointer was refused} */
        int written() {
            if (count == null) {
                return 0;
            }
            return layout().map(l -> Math.min(count.get(), Integer.divideUnsigned(lpcbIn, l.size()))).orElse(0);
        }
    }

    /** What a mistake does to one answered enumeration: returns the code the broken backend answers. */
    interface EnumMistake {
        /**
         * {@return the code the broken backend answers}
         *
         * @param call the call, answered
         * @param code the simulator's code
         */
        int after(EnumCall call, int code);
    }

    /** What a mistake does to one answered status: returns the code the broken backend answers. */
    interface StatusMistake {
        /**
         * {@return the code the broken backend answers}
         *
         * @param charset the function
         * @param handle  the handle asked about
         * @param status  the caller's buffer, as the simulator filled it
         * @param layout  the layout its dwSize names, if accepted
         * @param code    the simulator's code
         */
        int after(RasCharset charset, RasHandle handle, ByteBuffer status, Optional<RasConnStatusLayout> layout,
                int code);
    }

    /** {@return every byte of {@code buffer}, whatever its position and limit} */
    static byte[] copy(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.capacity()];
        Buffers.whole(buffer).get(0, bytes);
        return bytes;
    }

    /**
     * Writes {@code text} in {@code charset} into the fixed member of {@code length} bytes at
     * {@code offset}, cut to leave room for its NUL, the rest zero: the way a backend author writes
     * text with a conversion of their own.
     */
    static void writeText(ByteBuffer le, int offset, int length, String text, Charset charset) {
        byte[] bytes = text.getBytes(charset);
        int kept = Math.min(bytes.length, length - 1);
        for (int i = 0; i < length; i++) {
            le.put(offset + i, i < kept ? bytes[i] : 0);
        }
    }

    /** The simulator, with {@code mistake} made after every enumeration. */
    static RasBackend afterEnum(SimulatedRas sim, EnumMistake mistake) {
        return new ForwardingRasBackend(sim) {
            @Override
            public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
                int lpcbIn = lpcb == null ? 0 : lpcb.get();
                int countIn = count == null ? 0 : count.get();
                byte[] original = buffer == null ? null : copy(buffer);
                int code = super.enumConnections(charset, buffer, lpcb, count);
                return mistake.after(new EnumCall(sim, original, charset, buffer, lpcb, count, lpcbIn, countIn), code);
            }
        };
    }

    /** The simulator, with {@code mistake} made after every status. */
    static RasBackend afterStatus(SimulatedRas sim, StatusMistake mistake) {
        return new ForwardingRasBackend(sim) {
            @Override
            public int getConnectStatus(RasCharset charset, RasHandle handle, ByteBuffer status) {
                int code = super.getConnectStatus(charset, handle, status);
                Optional<RasConnStatusLayout> layout = Buffers.holdsDwSize(status)
                        ? sim.profile().statusLayout(charset, Buffers.dwSize(status)) : Optional.empty();
                return mistake.after(charset, handle, status, layout, code);
            }
        };
    }
}
