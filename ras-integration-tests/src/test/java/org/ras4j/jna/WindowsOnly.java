package org.ras4j.jna;

import com.sun.jna.Platform;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips a jqwik container off Windows, where there is no {@code rasapi32.dll}; JUnit Jupiter tests
 * use {@code @EnabledOnOs(WINDOWS)} instead, which jqwik does not read.
 */
public final class WindowsOnly implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return Platform.isWindows() ? SkipResult.doNotSkip()
                : SkipResult.skip("needs Windows and its rasapi32.dll; this is " + System.getProperty("os.name"));
    }
}
