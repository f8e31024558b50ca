package org.ras4j.jna;

import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Win32 event objects as the loaded library's platform provides them: {@code CreateEvent},
 * {@code SetEvent}, {@code WaitForMultipleObjects} of two, {@code CloseHandle}.
 *
 * <p>Why an interface: on Windows they are kernel32's ({@link Kernel32EventObjects}, through
 * jna-platform); Linux has no Win32 events, so the C stand-in of {@code rasapi32} that the Linux
 * tests load exports an equivalent ({@code standin_create_event}, {@code standin_set_event},
 * {@code standin_wait}, {@code standin_close}, over pthread condition variables), and
 * {@link StandInEventObjects} calls those. Which one is chosen by the library that was loaded:
 * one that exports {@code standin_create_event} gets its own, anything else on Windows gets
 * kernel32's, and elsewhere there are none. So the Linux test path runs the very code of
 * {@link JnaRasBackend} that Windows runs: {@code RasConnectionNotificationW} with an event
 * handle, a wait on it and a stop event, the handles closed afterwards; only these four calls differ.
 */
interface EventObjects {
    /** {@code WaitForMultipleObjects}' answer when the time ran out. */
    int WAIT_TIMEOUT = 258;
    /** {@code WaitForMultipleObjects}' answer when it failed (a handle not open). */
    int WAIT_FAILED = -1;
    /** The longest wait asked of the platform, in milliseconds: below {@code INFINITE} (0xFFFFFFFF). */
    int MAX_WAIT_MILLIS = 0x7FFF_FFFE;

    /** {@code CreateEvent(NULL, FALSE, FALSE, NULL)}: an auto-reset event, not signalled; {@code null} if it fails. */
    Pointer create();

    /** {@code SetEvent}; {@code false} if it fails. */
    boolean set(Pointer event);

    /**
     * {@code WaitForMultipleObjects(2, {first, second}, FALSE, milliseconds)}.
     *
     * @return 0 or 1 (the event that was signalled, now reset), {@link #WAIT_TIMEOUT} or {@link #WAIT_FAILED}
     */
    int waitAny(Pointer first, Pointer second, int milliseconds);

    /** {@code CloseHandle}; {@code false} if it fails. */
    boolean close(Pointer event);

    /** The event objects that go with the library at {@code path}, if this platform has any. */
    static Optional<EventObjects> forLibrary(Path path, NativeLibrary library) {
        try {
            library.getFunction(StandInEventObjects.CREATE);
            return Optional.of(new StandInEventObjects(path));
        } catch (UnsatisfiedLinkError notTheStandIn) {
            return Platform.isWindows() ? Optional.of(new Kernel32EventObjects()) : Optional.empty();
        }
    }
}
