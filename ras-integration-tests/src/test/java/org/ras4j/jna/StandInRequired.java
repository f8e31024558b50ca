package org.ras4j.jna;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips a jqwik container when the build made no rasapi32 stand-in, saying why; JUnit Jupiter
 * tests skip through the assumption in {@link StandIn#library()} instead. Apply with
 * {@code @AddLifecycleHook(value = StandInRequired.class, propagateTo = PropagationMode.ALL_DESCENDANTS)}.
 */
public final class StandInRequired implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return StandIn.find().isPresent() ? SkipResult.doNotSkip() : SkipResult.skip(StandIn.whyMissing());
    }
}
