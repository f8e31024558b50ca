package org.ras4j.trace;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.ConnectionNotifier;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;

/**
 * A {@link RasBackend} that passes every call through to another and records it: the inputs that
 * decide the answer, the return code, the {@code DWORD}s written, and the bytes of the range the call
 * may write ({@code min(*lpcb, capacity)}, or {@code min(dwSize, capacity)} for the functions without
 * a {@code lpcb}) as they stand after it, with any byte changed outside that range. {@link #trace()}
 * gives the {@link Trace} so far.
 *
 * <p>The caller sees exactly what the backend answers: its buffer's bytes, position, limit and order
 * and its {@code DwordRef}s are the backend's alone; the recorder only reads them. Thread-safe: calls
 * are made one at a time, so each is recorded whole, in one total order (concurrent callers wait for
 * each other). A call the backend throws from is recorded with what it threw ({@link CallOutput#thrown()},
 * {@link #thrown()}); the exception reaches the caller.
 *
 * <p>A backend with the {@link ConnectionNotifier} capability keeps it: {@link #recording} returns a
 * recorder that is a {@code ConnectionNotifier} too, which passes registrations through and records each
 * ({@link TraceFunction#CONNECTION_NOTIFICATION}: its code); the signals are not recorded.
 */
public class RecordingBackend implements RasBackend {
    private final RasBackend delegate;
    private final Object lock = new Object();
    private final List<TraceCall> calls = new ArrayList<>();
    private final List<Finding> thrown = new ArrayList<>();
    private final TraceHeader header;

    RecordingBackend(RasBackend delegate, TraceHeader header) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.header = Objects.requireNonNull(header, "header");
    }

    /**
     * A recorder of {@code backend}, whose trace names the Windows it answers as: a simulator's
     * profile; on Windows, {@code os.name} and {@code os.version} and the profile they are
     * ({@link WindowsVersions#profileOf}); elsewhere nothing (use {@link #recording(RasBackend, WindowsProfile)}).
     *
     * @param backend the backend to record
     * @return a recorder, a {@link ConnectionNotifier} too when {@code backend} is one
     */
    public static RecordingBackend recording(RasBackend backend) {
        Objects.requireNonNull(backend, "backend");
        if (backend instanceof SimulatedRas sim) {
            return recording(backend, Optional.empty(), Optional.of(sim.profile().id()));
        }
        Optional<String> windows = WindowsVersions.current();
        Optional<String> profile = windows.flatMap(w -> WindowsVersions.profileOf(System.getProperty("os.name", ""),
                System.getProperty("os.version", ""), backend.abi())).map(WindowsProfile::id);
        return recording(backend, windows, profile);
    }

    /**
     * A recorder of {@code backend} that answers as {@code profile}'s Windows (a stand-in serving a
     * simulator, a real machine whose version is known): the trace names that profile.
     *
     * @param backend the backend to record
     * @param profile the Windows profile the backend answers as
     * @return a recorder, a {@link ConnectionNotifier} too when {@code backend} is one
     */
    public static RecordingBackend recording(RasBackend backend, WindowsProfile profile) {
        Objects.requireNonNull(profile, "profile");
        return recording(backend, WindowsVersions.current().filter(w -> !(backend instanceof SimulatedRas)),
                Optional.of(profile.id()));
    }

    private static RecordingBackend recording(RasBackend backend, Optional<String> windows, Optional<String> profile) {
        TraceHeader header = new TraceHeader(backend.abi(), windows, profile, LibraryVersion.get(), Instant.now());
        return backend instanceof ConnectionNotifier notifier
                ? new NotifyingRecordingBackend(backend, notifier, header)
                : new RecordingBackend(backend, header);
    }

    /** {@return the calls recorded so far, as a trace} */
    public Trace trace() {
        synchronized (lock) {
            return new Trace(header, calls);
        }
    }

    /**
     * {@return the calls the backend threw from instead of returning a code (docs/contract.md C-ERR-04),
     * as findings on the line of the call in the trace}
     */
    public List<Finding> thrown() {
        synchronized (lock) {
            return List.copyOf(thrown);
        }
    }

    /** {@return the backend this recorder passes calls to} */
    public RasBackend delegate() {
        return delegate;
    }

    @Override
    public Abi abi() {
        return delegate.abi();
    }

    @Override
    public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef lpcConnections) {
        CallInput in = CallInput.of(TraceFunction.ENUM_CONNECTIONS, charset, null, null, null, null, buffer, lpcb,
                lpcConnections);
        return record(in, buffer, lpcb, lpcConnections,
                () -> delegate.enumConnections(charset, buffer, lpcb, lpcConnections));
    }

    @Override
    public int getConnectStatus(RasCharset charset, RasHandle handle, ByteBuffer status) {
        CallInput in = CallInput.of(TraceFunction.CONNECT_STATUS, charset, handle, null, null, null, status, null, null);
        return record(in, status, null, null, () -> delegate.getConnectStatus(charset, handle, status));
    }

    @Override
    public int getConnectionStatistics(RasHandle handle, ByteBuffer statistics) {
        CallInput in = CallInput.of(TraceFunction.CONNECTION_STATISTICS, null, handle, null, null, null, statistics, null,
                null);
        return record(in, statistics, null, null, () -> delegate.getConnectionStatistics(handle, statistics));
    }

    @Override
    public int getLinkStatistics(RasHandle handle, int subEntry, ByteBuffer statistics) {
        CallInput in = CallInput.of(TraceFunction.LINK_STATISTICS, null, handle, subEntry, null, null, statistics, null,
                null);
        return record(in, statistics, null, null, () -> delegate.getLinkStatistics(handle, subEntry, statistics));
    }

    @Override
    public int getProjectionInfo(RasCharset charset, RasHandle handle, int projection, ByteBuffer buffer,
            DwordRef lpcb) {
        CallInput in = CallInput.of(TraceFunction.PROJECTION_INFO, charset, handle, null, projection, null, buffer, lpcb,
                null);
        return record(in, buffer, lpcb, null,
                () -> delegate.getProjectionInfo(charset, handle, projection, buffer, lpcb));
    }

    @Override
    public int getProjectionInfoEx(RasHandle handle, ByteBuffer buffer, long address, DwordRef lpdwSize) {
        CallInput in = CallInput.of(TraceFunction.PROJECTION_INFO_EX, null, handle, null, null, address, buffer, lpdwSize,
                null);
        return record(in, buffer, lpdwSize, null,
                () -> delegate.getProjectionInfoEx(handle, buffer, address, lpdwSize));
    }

    /** One call of the backend, made by {@link #record}. */
    interface Call {
        /** {@return the backend's code} */
        int make();
    }

    /** Makes {@code call} and records it with {@code in} and what it did to the buffer and the {@code DWORD}s. */
    int record(CallInput in, ByteBuffer buffer, DwordRef lpcb, DwordRef count, Call call) {
        synchronized (lock) {
            BufferChange change = BufferChange.before(buffer);
            CallBuffer state = buffer == null ? null : CallBuffer.before(buffer);
            int result = 0;
            RuntimeException failure = null;
            try {
                result = call.make();
            } catch (RuntimeException e) {
                failure = e;
                thrown.add(new Finding(calls.size() + 2, "C-ERR-04", in.describe() + " threw " + e
                        + " instead of returning a Win32 code"));
            }
            BufferChange.Written written = change.after(buffer, in.writableEnd());
            CallOutput out = new CallOutput(Integer.toUnsignedLong(result), unsigned(lpcb), unsigned(count),
                    written.bytes(), written.changed(), written.outside(), failure == null ? null : failure.toString());
            calls.add(new TraceCall(calls.size(), in, out, state == null ? null : state.after(buffer)));
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }

    private static Long unsigned(DwordRef ref) {
        return ref == null ? null : ref.getUnsigned();
    }
}
