package org.ras4j.jna;

import com.sun.jna.Pointer;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.WinNT;

/** {@link EventObjects} of Windows: kernel32's, through jna-platform. */
final class Kernel32EventObjects implements EventObjects {
    private final Kernel32 kernel32 = Kernel32.INSTANCE;

    @Override
    public Pointer create() {
        WinNT.HANDLE event = kernel32.CreateEvent(null, false, false, null);
        return event == null ? null : event.getPointer();
    }

    @Override
    public boolean set(Pointer event) {
        return kernel32.SetEvent(new WinNT.HANDLE(event));
    }

    @Override
    public int waitAny(Pointer first, Pointer second, int milliseconds) {
        int result = kernel32.WaitForMultipleObjects(2, new WinNT.HANDLE[] {new WinNT.HANDLE(first),
                new WinNT.HANDLE(second)}, false, milliseconds);
        if (result == WinBase.WAIT_OBJECT_0 || result == WinBase.WAIT_OBJECT_0 + 1) {
            return result - WinBase.WAIT_OBJECT_0;
        }
        return result == WinError.WAIT_TIMEOUT ? WAIT_TIMEOUT : WAIT_FAILED;
    }

    @Override
    public boolean close(Pointer event) {
        return kernel32.CloseHandle(new WinNT.HANDLE(event));
    }

    @Override
    public String toString() {
        return "kernel32 event objects";
    }
}
