package org.ras4j.jna;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.file.Path;

/**
 * {@link EventObjects} that the {@code rasapi32} stand-in of the Linux tests exports (see
 * {@link EventObjects} for why): {@code standin_create_event}, {@code standin_set_event},
 * {@code standin_wait}, {@code standin_close}, with the semantics of their kernel32 counterparts.
 */
final class StandInEventObjects implements EventObjects {
    /** The export that marks a library as the stand-in. */
    static final String CREATE = "standin_create_event";

    /** The stand-in's event exports (cdecl: the stand-in is a Linux library). */
    interface Exports extends Library {
        Pointer standin_create_event();

        int standin_set_event(Pointer event);

        int standin_wait(Pointer first, Pointer second, int milliseconds);

        int standin_close(Pointer event);
    }

    private final Exports exports;
    private final Path path;

    StandInEventObjects(Path path) {
        this.path = path;
        this.exports = Native.load(path.toString(), Exports.class);
    }

    @Override
    public Pointer create() {
        return exports.standin_create_event();
    }

    @Override
    public boolean set(Pointer event) {
        return exports.standin_set_event(event) != 0;
    }

    @Override
    public int waitAny(Pointer first, Pointer second, int milliseconds) {
        int result = exports.standin_wait(first, second, milliseconds);
        return result == 0 || result == 1 || result == WAIT_TIMEOUT ? result : WAIT_FAILED;
    }

    @Override
    public boolean close(Pointer event) {
        return exports.standin_close(event) != 0;
    }

    @Override
    public String toString() {
        return "event objects of the stand-in " + path;
    }
}
