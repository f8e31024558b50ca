package org.ras4j.bench;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.ptr.IntByReference;
import java.nio.file.Path;
import java.util.List;
import org.ras4j.RasError;
import org.ras4j.RasConnection;
import org.ras4j.RasException;
import org.ras4j.codec.RasCharset;

/**
 * The classic loop of the Windows documentation's {@code RasEnumConnections} example, written with
 * plain JNA as a Java user writes it today: ask with a NULL buffer for the size, allocate a
 * {@code Structure} array ({@code toArray}) with the first {@code dwSize} set, call again (JNA
 * writes every element before the call and reads every element after it), then take each
 * element's values.
 */
public final class PlainJnaEnumeration {

    /** {@code rasapi32} mapped the plain way: {@code Structure} arrays as {@code LPRASCONN}. */
    public interface Rasapi32 extends Library {
        /** {@code RasEnumConnectionsW} with {@code RASCONNW[]} (or NULL). */
        int RasEnumConnectionsW(FaithfulRasConnW[] lprasconn, IntByReference lpcb, IntByReference lpcConnections);

        /** {@code RasEnumConnectionsA} with {@code RASCONNA[]} (or NULL). */
        int RasEnumConnectionsA(FaithfulRasConnA[] lprasconn, IntByReference lpcb, IntByReference lpcConnections);
    }

    private final Rasapi32 rasapi32;
    private final RasCharset charset;

    private PlainJnaEnumeration(Rasapi32 rasapi32, RasCharset charset) {
        this.rasapi32 = rasapi32;
        this.charset = charset;
    }

    /** The loop over the library at {@code library}, calling the {@code charset} function. */
    public static PlainJnaEnumeration load(Path library, RasCharset charset) {
        return new PlainJnaEnumeration(Native.load(library.toString(), Rasapi32.class), charset);
    }

    /**
     * The connections, by the documented two calls.
     *
     * @throws RasException with the Win32 code if a call fails (no retry: the example has none)
     */
    public List<RasConnection> connections() {
        IntByReference cb = new IntByReference(0);
        IntByReference count = new IntByReference(0);
        int code = charset == RasCharset.W
                ? rasapi32.RasEnumConnectionsW(null, cb, count)
                : rasapi32.RasEnumConnectionsA(null, cb, count);
        if (code == RasError.ERROR_SUCCESS.code()) {
            return List.of();
        }
        if (code != RasError.ERROR_BUFFER_TOO_SMALL.code()) {
            throw new RasException(code, charset.functionName("RasEnumConnections"));
        }
        return charset == RasCharset.W ? fetchWide(cb, count) : fetchAnsi(cb, count);
    }

    private List<RasConnection> fetchWide(IntByReference cb, IntByReference count) {
        FaithfulRasConnW first = new FaithfulRasConnW();
        FaithfulRasConnW[] entries = (FaithfulRasConnW[]) first.toArray(cb.getValue() / first.size());
        check(rasapi32.RasEnumConnectionsW(entries, cb, count));
        RasConnection[] connections = new RasConnection[count.getValue()];
        for (int i = 0; i < connections.length; i++) {
            connections[i] = entries[i].toConnection();
        }
        return List.of(connections);
    }

    private List<RasConnection> fetchAnsi(IntByReference cb, IntByReference count) {
        FaithfulRasConnA first = new FaithfulRasConnA();
        FaithfulRasConnA[] entries = (FaithfulRasConnA[]) first.toArray(cb.getValue() / first.size());
        check(rasapi32.RasEnumConnectionsA(entries, cb, count));
        RasConnection[] connections = new RasConnection[count.getValue()];
        for (int i = 0; i < connections.length; i++) {
            connections[i] = entries[i].toConnection();
        }
        return List.of(connections);
    }

    private void check(int code) {
        if (code != RasError.ERROR_SUCCESS.code()) {
            throw new RasException(code, charset.functionName("RasEnumConnections"));
        }
    }
}
