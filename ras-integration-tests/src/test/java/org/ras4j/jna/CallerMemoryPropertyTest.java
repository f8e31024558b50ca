package org.ras4j.jna;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.ByteBuffer;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.ras4j.codec.RasCharset;
import org.ras4j.spi.DwordRef;

/**
 * Whatever the buffer (heap or direct, any capacity) and whatever {@code *lpcb}, a DLL that writes
 * every byte it was told of changes exactly {@code [0, min(*lpcb, capacity))} of the caller's
 * buffer, and is told of exactly that much memory (NULL when it is under four bytes).
 */
@Label("JnaRasBackend and the caller's memory")
@AddLifecycleHook(StandInRequired.class)
class CallerMemoryPropertyTest {
    private static final byte CANARY = (byte) 0xA5;
    private static final byte WRITTEN = 0x5A;

    /** Writes all {@code *lpcb} bytes it is told of, and succeeds with no connections. */
    private static int fillDeclared(RasCharset charset, ByteBuffer buffer, DwordRef lpcb, DwordRef count) {
        if (buffer != null) {
            for (int i = 0; i < lpcb.get(); i++) {
                buffer.put(i, WRITTEN);
            }
        }
        lpcb.set(0);
        count.set(0);
        return 0;
    }

    @Property(tries = 300)
    @Label("only [0, min(*lpcb, capacity)) of the caller's buffer can change")
    void onlyTheDeclaredRegionChanges(@ForAll @IntRange(min = 0, max = 2048) int capacity,
            @ForAll @IntRange(min = 0, max = 4096) int lpcbIn, @ForAll boolean direct) {
        FakeBackend fake = FakeBackend.enumerating(CallerMemoryPropertyTest::fillDeclared);
        JnaRasBackend jna = StandIn.serving(fake);
        ByteBuffer buffer = direct ? ByteBuffer.allocateDirect(capacity) : ByteBuffer.allocate(capacity);
        for (int i = 0; i < capacity; i++) {
            buffer.put(i, CANARY);
        }
        jna.enumConnections(RasCharset.W, buffer, DwordRef.of(lpcbIn), DwordRef.of(0));

        int region = Math.min(lpcbIn, capacity);
        // The DLL gets the dwSize whatever *lpcb says, and only memory that holds one.
        boolean passed = capacity >= 4;
        assertNull(StandIn.failure());
        assertEquals(passed ? List.of(new FakeBackend.EnumCall(RasCharset.W, Math.max(region, 4), region, 0)) : List.of(),
                fake.enumCalls());
        for (int i = 0; i < capacity; i++) {
            byte expected = passed && i < region ? WRITTEN : CANARY;
            assertEquals(expected, buffer.get(i), "byte " + i + " of " + capacity + " with *lpcb " + lpcbIn);
        }
    }
}
