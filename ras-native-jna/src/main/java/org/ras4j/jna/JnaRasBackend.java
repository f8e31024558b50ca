package org.ras4j.jna;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Objects;
import org.ras4j.RasError;
import org.ras4j.RasException;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasProjectionInfoField;
import org.ras4j.codec.RasProjectionInfoLayout;
import org.ras4j.codec.RasStatsLayout;
import org.ras4j.spi.Buffers;
import org.ras4j.spi.ConnectionNotifier;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.NotificationEvent;
import org.ras4j.spi.RasBackend;

/**
 * The {@link RasBackend} of a real Windows box: {@code RasEnumConnectionsA/W} and
 * {@code RasGetConnectStatusA/W} of {@code rasapi32.dll}, called through JNA with raw pointers.
 *
 * <pre>{@code
 * RasClient ras = RasClient.using(JnaRasBackend.load());   // System32\rasapi32.dll
 * }</pre>
 *
 * <p>The caller's buffer is handed to the DLL as is when it is direct, else as a native copy that is
 * copied back; either way the DLL is never told a {@code *lpcb} larger than the memory it gets
 * ({@code min(*lpcb, capacity)}), and only those bytes reach the caller's buffer, as the port
 * requires. The {@code dwSize} of a non-null buffer reaches the DLL whatever {@code *lpcb} says, as
 * the port requires (docs/contract.md C-ENUM-05): Windows reads it first. Memory too small for
 * what Windows reads or writes through the pointer (fewer than the four bytes of {@code dwSize}; a
 * {@code RASCONNSTATUS} smaller than its own {@code dwSize}) is answered {@code ERROR_INVALID_SIZE}
 * (632) without calling the DLL, which would read or write past it. Results stay in the caller's
 * buffer for the {@code org.ras4j.codec} codecs; no JNA {@code Structure} is involved. The ABI is the running JVM's
 * ({@link Native#POINTER_SIZE}): a 32-bit JVM talks to the 32-bit DLL with x86 layouts.
 *
 * <p>What the DLL answers is checked before the caller can decode it: a successful
 * {@code RasEnumConnections} whose {@code *lpcb} exceeds the memory it was given, or whose
 * {@code *lpcConnections} entries of {@code dwSize} bytes do not fit in {@code *lpcb}, is a
 * {@link RasException} with {@code ERROR_BUFFER_INVALID} (610) naming the library, never a read
 * beyond the buffer. Win32 error codes themselves are returned, as the port requires. Thread-safe.
 *
 * <p>It has the {@link ConnectionNotifier} capability where the library exports
 * {@code RasConnectionNotificationW} and the platform has event objects (Windows; the Linux
 * stand-in of the tests): {@link #createEvent()} is {@code CreateEvent}, a wait is
 * {@code WaitForMultipleObjects} on the event and a stop event, closing it {@code CloseHandle}
 * (see {@code EventObjects} for how the Linux tests run the same code).
 */
public final class JnaRasBackend implements RasBackend, ConnectionNotifier {

    private final Rasapi32Library library;
    private final Rasapi32 rasapi32;
    private final Abi abi;
    private final NativeNotifications notifications;

    private JnaRasBackend(Rasapi32Library library) {
        this.library = library;
        this.rasapi32 = library.functions();
        this.abi = Abi.ofPointerSize(Native.POINTER_SIZE);
        this.notifications = NativeNotifications.of(library.path(), abi);
    }

    /**
     * The backend over the genuine {@code rasapi32.dll} of this Windows installation, or over the
     * library named by the system property {@value Rasapi32Library#LIBRARY_PROPERTY}.
     *
     * @return a backend over the loaded library
     * @throws IllegalStateException if the library cannot be found or loaded; the message names the path
     */
    public static JnaRasBackend load() {
        return new JnaRasBackend(Rasapi32Library.load());
    }

    /**
     * The backend over the library file at {@code path} (absolute), which must export the four
     * functions with the Win32 signatures.
     *
     * @param path the absolute path of the library file
     * @return a backend over the loaded library
     * @throws IllegalArgumentException if the path is not absolute
     * @throws IllegalStateException    if the library cannot be loaded; the message names the path
     */
    public static JnaRasBackend load(Path path) {
        return new JnaRasBackend(Rasapi32Library.load(path));
    }

    /** {@return the absolute path of the library this backend calls} */
    public Path library() {
        return library.path();
    }

    /** {@code X64} in a 64-bit JVM, {@code X86} in a 32-bit one: the layouts of the DLL this process loads. */
    @Override
    public Abi abi() {
        return abi;
    }

    /**
     * {@code RasEnumConnectionsA/W} of the DLL with {@code *lpcb = min(*lpcb, capacity)}: the DLL
     * gets the caller's memory with its {@code dwSize} however small {@code *lpcb} is, and only the
     * first {@code min(*lpcb, capacity)} bytes can change. A non-null buffer whose capacity is under
     * four bytes (no room for {@code dwSize}) is answered 632 without a call. The out-values are
     * copied back as the DLL left them, except that a rejected call that did not touch
     * {@code *lpcb} leaves the caller's own value.
     *
     * @throws RasException with {@code ERROR_BUFFER_INVALID} if the DLL reports success with entries
     *                      that do not fit the memory it was given
     * @throws java.nio.ReadOnlyBufferException if {@code buffer} is read-only
     */
    @Override
    public int enumConnections(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef lpcConnections) {
        Objects.requireNonNull(charset, "charset");
        if (buffer != null && !Buffers.holdsDwSize(buffer)) {
            return RasError.ERROR_INVALID_SIZE.code();
        }
        int region = buffer == null ? 0
                : lpcb == null ? buffer.capacity() : (int) Math.min(lpcb.getUnsigned(), buffer.capacity());
        // The DLL reads dwSize whatever *lpcb says: it gets at least those four bytes, to write none past region.
        CallerMemory memory = buffer == null ? null
                : CallerMemory.of(buffer, Math.max(region, Buffers.DWSIZE_BYTES), region);
        int passed = region;
        IntByReference cb = lpcb == null ? null : new IntByReference(passed);
        IntByReference count = lpcConnections == null ? null : new IntByReference(lpcConnections.get());
        int dwSize = memory == null ? 0 : memory.dwSize();
        try {
            int code = charset == RasCharset.W
                    ? rasapi32.RasEnumConnectionsW(memory == null ? null : memory.pointer(), cb, count)
                    : rasapi32.RasEnumConnectionsA(memory == null ? null : memory.pointer(), cb, count);
            if (code == RasError.ERROR_SUCCESS.code() && cb != null && count != null) {
                checkSuccess(charset, memory, dwSize, cb.getValue(), count.getValue());
            }
            if (memory != null) {
                memory.copyBack();
            }
            // A rejected call leaves *lpcb alone: the caller keeps its own value, not the one passed.
            if (cb != null && (code == RasError.ERROR_SUCCESS.code() || cb.getValue() != passed)) {
                lpcb.set(cb.getValue());
            }
            if (count != null) {
                lpcConnections.set(count.getValue());
            }
            return code;
        } finally {
            if (memory != null) {
                memory.release();
            }
        }
    }

    /** A successful enumeration must fit the memory it was given, before anyone decodes it. */
    private void checkSuccess(RasCharset charset, CallerMemory memory, int dwSizeIn, int lpcbOut, int countOut) {
        long bytes = Integer.toUnsignedLong(lpcbOut);
        long entries = Integer.toUnsignedLong(countOut);
        long given = memory == null ? 0 : memory.writable();
        long dwSize = Integer.toUnsignedLong(dwSizeIn);
        boolean fits = memory == null ? bytes == 0 && entries == 0 : bytes <= given && entries * dwSize <= bytes;
        if (!fits) {
            throw new RasException(RasError.ERROR_BUFFER_INVALID.code(), charset.functionName("RasEnumConnections"),
                    library + " reported success with " + entries + " entries (dwSize " + dwSize + ") in *lpcb = "
                            + bytes + " bytes after being given " + given + " bytes");
        }
    }

    /**
     * {@code RasGetConnectStatusA/W} of the DLL. A buffer smaller than the {@code dwSize} it holds
     * (which the DLL would write in full) is answered 632 without a call; on x86
     * a handle wider than 32 bits is no live handle and returns {@code ERROR_INVALID_HANDLE} at once.
     *
     * @throws java.nio.ReadOnlyBufferException if {@code status} is read-only
     */
    @Override
    public int getConnectStatus(RasCharset charset, RasHandle handle, ByteBuffer status) {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(handle, "handle");
        if (abi == Abi.X86 && !handle.fitsIn32Bits()) {
            return RasError.ERROR_INVALID_HANDLE.code();
        }
        Pointer hrasconn = handle.isNull() ? null : new Pointer(handle.bits());
        if (status != null && (!Buffers.holdsDwSize(status)
                || Integer.toUnsignedLong(Buffers.dwSize(status)) > status.capacity())) {
            // The DLL reads dwSize and writes that many bytes: memory without room for them is no RASCONNSTATUS.
            return RasError.ERROR_INVALID_SIZE.code();
        }
        CallerMemory memory = status == null ? null : CallerMemory.of(status, status.capacity());
        try {
            Pointer lprasconnstatus = memory == null ? null : memory.pointer();
            int code = charset == RasCharset.W
                    ? rasapi32.RasGetConnectStatusW(hrasconn, lprasconnstatus)
                    : rasapi32.RasGetConnectStatusA(hrasconn, lprasconnstatus);
            if (memory != null) {
                memory.copyBack();
            }
            return code;
        } finally {
            if (memory != null) {
                memory.release();
            }
        }
    }

    /**
     * {@code RasGetConnectionStatistics} of the DLL (docs/contract.md §8, C-STATS-01..03):
     * {@code ERROR_PROC_NOT_FOUND} (127) without a call when the DLL lacks it (C-ERR-05); memory
     * smaller than what the DLL could write (the larger of its {@code dwSize} and
     * {@code sizeof(RAS_STATS)}) is answered {@code E_INVALIDARG} without a call; on x86 a handle
     * wider than 32 bits is {@code ERROR_INVALID_HANDLE}.
     */
    @Override
    public int getConnectionStatistics(RasHandle handle, ByteBuffer statistics) {
        return statistics("RasGetConnectionStatistics", handle, statistics,
                (h, p) -> rasapi32.RasGetConnectionStatistics(h, p));
    }

    /** {@code RasGetLinkStatistics} of the DLL, with the checks of {@link #getConnectionStatistics}. */
    @Override
    public int getLinkStatistics(RasHandle handle, int subEntry, ByteBuffer statistics) {
        return statistics("RasGetLinkStatistics", handle, statistics,
                (h, p) -> rasapi32.RasGetLinkStatistics(h, subEntry, p));
    }

    /** One of the two statistics functions, called with a handle and a {@code RAS_STATS}. */
    private interface StatisticsFunction {
        int call(Pointer hRasConn, Pointer lpStatistics);
    }

    private int statistics(String name, RasHandle handle, ByteBuffer statistics, StatisticsFunction function) {
        Objects.requireNonNull(handle, "handle");
        if (!library.exports(name)) {
            return RasError.ERROR_PROC_NOT_FOUND.code();
        }
        if (abi == Abi.X86 && !handle.fitsIn32Bits()) {
            return RasError.ERROR_INVALID_HANDLE.code();
        }
        if (statistics != null && (!Buffers.holdsDwSize(statistics) || statistics.capacity()
                < Math.max(Integer.toUnsignedLong(Buffers.dwSize(statistics)), RasStatsLayout.get().size()))) {
            // The DLL reads dwSize and writes the structure: memory without room for it is refused as a bad size.
            return RasError.E_INVALIDARG.code();
        }
        CallerMemory memory = statistics == null ? null : CallerMemory.of(statistics, statistics.capacity());
        try {
            int code = function.call(pointer(handle), memory == null ? null : memory.pointer());
            if (memory != null) {
                memory.copyBack();
            }
            return code;
        } finally {
            if (memory != null) {
                memory.release();
            }
        }
    }

    /**
     * {@code RasGetProjectionInfoA/W} of the DLL with {@code *lpcb = min(*lpcb, capacity)}, as
     * {@link #enumConnections} does: the DLL gets the caller's memory with its {@code dwSize}, and
     * only the first {@code min(*lpcb, capacity)} bytes can change (docs/contract.md C-PROJ-04). A
     * buffer under four bytes is 632 without a call; 127 without a call when the DLL lacks the
     * function.
     *
     * @throws RasException with {@code ERROR_BUFFER_INVALID} if the DLL reports success with a
     *                      {@code *lpcb} beyond the memory it was given
     */
    @Override
    public int getProjectionInfo(RasCharset charset, RasHandle handle, int projection, ByteBuffer buffer,
            DwordRef lpcb) {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(handle, "handle");
        String name = charset.functionName("RasGetProjectionInfo");
        if (!library.exports(name)) {
            return RasError.ERROR_PROC_NOT_FOUND.code();
        }
        if (abi == Abi.X86 && !handle.fitsIn32Bits()) {
            return RasError.ERROR_INVALID_HANDLE.code();
        }
        if (buffer != null && !Buffers.holdsDwSize(buffer)) {
            return RasError.ERROR_INVALID_SIZE.code();
        }
        return sized(name, buffer, lpcb, (memory, cb) -> charset == RasCharset.W
                ? rasapi32.RasGetProjectionInfoW(pointer(handle), projection, memory, cb)
                : rasapi32.RasGetProjectionInfoA(pointer(handle), projection, memory, cb), null);
    }

    /**
     * {@code RasGetProjectionInfoEx} of the DLL (Windows 7 and later; docs/contract.md C-PROJ-05,
     * C-PROJ-06), sized as {@link #getProjectionInfo}. After a successful call the two pointers of
     * an IKEv2 answer are given in the caller's terms: a pointer into the memory the DLL was given
     * becomes {@code address} + its offset, any other non-NULL pointer NULL (the caller could not
     * read it). A buffer under four bytes is 632 without a call; 127 when the DLL lacks the function.
     *
     * @throws RasException with {@code ERROR_BUFFER_INVALID} if the DLL reports success with a
     *                      {@code *lpdwSize} beyond the memory it was given
     */
    @Override
    public int getProjectionInfoEx(RasHandle handle, ByteBuffer buffer, long address, DwordRef lpdwSize) {
        Objects.requireNonNull(handle, "handle");
        String name = "RasGetProjectionInfoEx";
        if (!library.exports(name)) {
            return RasError.ERROR_PROC_NOT_FOUND.code();
        }
        if (abi == Abi.X86 && !handle.fitsIn32Bits()) {
            return RasError.ERROR_INVALID_HANDLE.code();
        }
        if (buffer != null && !Buffers.holdsDwSize(buffer)) {
            return RasError.ERROR_INVALID_SIZE.code();
        }
        return sized(name, buffer, lpdwSize, (memory, cb) -> rasapi32.RasGetProjectionInfoEx(pointer(handle), memory, cb),
                memory -> rebasePointers(memory, address));
    }

    /** A function that takes caller memory and its size in bytes. */
    private interface SizedFunction {
        int call(Pointer memory, IntByReference cb);
    }

    /** What to do to the memory after a successful call, before it reaches the caller. */
    private interface AfterSuccess {
        void apply(CallerMemory memory);
    }

    private int sized(String name, ByteBuffer buffer, DwordRef lpcb, SizedFunction function, AfterSuccess after) {
        int region = buffer == null ? 0
                : lpcb == null ? buffer.capacity() : (int) Math.min(lpcb.getUnsigned(), buffer.capacity());
        CallerMemory memory = buffer == null ? null
                : CallerMemory.of(buffer, Math.max(region, Buffers.DWSIZE_BYTES), region);
        int passed = region;
        IntByReference cb = lpcb == null ? null : new IntByReference(passed);
        try {
            int code = function.call(memory == null ? null : memory.pointer(), cb);
            if (code == RasError.ERROR_SUCCESS.code() && cb != null) {
                long reported = Integer.toUnsignedLong(cb.getValue());
                if (reported > (memory == null ? 0 : memory.writable())) {
                    throw new RasException(RasError.ERROR_BUFFER_INVALID.code(), name, library
                            + " reported success with " + reported + " bytes after being given " + passed);
                }
                if (after != null && memory != null) {
                    after.apply(memory);
                }
            }
            if (memory != null) {
                memory.copyBack();
            }
            if (cb != null && (code == RasError.ERROR_SUCCESS.code() || cb.getValue() != passed)) {
                lpcb.set(cb.getValue());
            }
            return code;
        } finally {
            if (memory != null) {
                memory.release();
            }
        }
    }

    /** The IKEv2 server-address pointers the DLL wrote, in the caller's terms (C-PROJ-06). */
    private void rebasePointers(CallerMemory memory, long address) {
        RasProjectionInfoLayout layout = RasProjectionInfoLayout.of(abi);
        if (memory.writable() < layout.size()
                || memory.pointer().getInt(layout.offset(RasProjectionInfoField.TYPE)) != 2) {
            return;
        }
        long base = Pointer.nativeValue(memory.pointer());
        for (RasProjectionInfoField field : new RasProjectionInfoField[] {
            RasProjectionInfoField.IKEV2_IPV4_SERVER_ADDRESSES, RasProjectionInfoField.IKEV2_IPV6_SERVER_ADDRESSES}) {
            int offset = layout.offset(field);
            long pointer = abi == Abi.X64 ? memory.pointer().getLong(offset)
                    : Integer.toUnsignedLong(memory.pointer().getInt(offset));
            long inside = pointer - base;
            long rebased = pointer != 0 && Long.compareUnsigned(pointer, base) >= 0 && inside < memory.writable()
                    ? address + inside : 0;
            if (abi == Abi.X64) {
                memory.pointer().setLong(offset, rebased);
            } else {
                memory.pointer().setInt(offset, (int) rebased);
            }
        }
    }

    private static Pointer pointer(RasHandle handle) {
        return handle.isNull() ? null : new Pointer(handle.bits());
    }

    /**
     * {@code CreateEvent(NULL, FALSE, FALSE, NULL)} (and a private stop event, set by its
     * {@code close()} to end a wait).
     *
     * @throws IllegalStateException if this platform has no event objects
     */
    @Override
    public NotificationEvent createEvent() {
        return notifications.createEvent();
    }

    /**
     * {@code RasConnectionNotificationW} of the DLL; 120 if it does not export it, 6 for an event
     * that is closed or was not made by this backend's {@link #createEvent()} (no handle to
     * pass), and on x86 for a handle wider than 32 bits.
     */
    @Override
    public int connectionNotification(RasHandle hrasconn, NotificationEvent hEvent, int dwFlags) {
        return notifications.connectionNotification(hrasconn, hEvent, dwFlags);
    }

    /** Whether the library exports {@code RasConnectionNotificationW} and this platform has event objects. */
    @Override
    public boolean hasConnectionNotification() {
        return notifications.available();
    }

    @Override
    public String toString() {
        return "JnaRasBackend[" + library + ", " + abi + "]";
    }
}
