package org.ras4j.jna;

import com.sun.jna.Native;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.ras4j.spi.WindowsProfile;

import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.tck.RasBackendContract;

/**
 * The TCK against the real {@code rasapi32.dll} of the Windows running the build, through
 * {@link JnaRasBackend}. There is no fixture: a real box cannot be driven, so the fixture-free
 * requirements run against whatever connections exist (on a CI runner, none: a valid state) and
 * the others are skipped, naming the missing feature. The declared traits are those of the
 * simulator's Windows 10 profile for this JVM's pointer size.
 */
@EnabledOnOs(OS.WINDOWS)
@AddLifecycleHook(value = WindowsOnly.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class WindowsRasapi32ConformanceTest extends RasBackendContract {

    @Override
    protected RasBackend backend() {
        return JnaRasBackend.load();
    }

    @Override
    protected WindowsProfile profile() {
        return Native.POINTER_SIZE == 8 ? WindowsProfile.windows10x64() : WindowsProfile.windows10x86();
    }
}
