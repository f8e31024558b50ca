package org.ras4j.spi;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.ForwardingWrapperTester;
import org.junit.jupiter.api.Test;

/** {@link ForwardingRasBackend} passes every call of the port, arguments and result, to its delegate. */
class ForwardingRasBackendTest {
    @Test
    void everyCallOfThePortIsForwarded() {
        new ForwardingWrapperTester().testForwarding(RasBackend.class, delegate -> new ForwardingRasBackend(delegate) {
        });
    }

    @Test
    void aNullDelegateIsRefused() {
        assertThrows(NullPointerException.class, () -> new ForwardingRasBackend(null) {
        });
    }
}
