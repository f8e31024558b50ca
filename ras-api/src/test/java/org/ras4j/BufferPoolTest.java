package org.ras4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class BufferPoolTest {
    private final BufferPool pool = new BufferPool();

    @Test
    void aBufferGivenBackIsLentAgain() {
        ByteBuffer first = pool.borrow(100);
        pool.giveBack(first);
        assertSame(first, pool.borrow(100));
    }

    @Test
    void buffersAreDirectLittleEndianAndLargeEnough() {
        ByteBuffer buffer = pool.borrow(1388);
        assertTrue(buffer.isDirect());
        assertEquals(ByteOrder.LITTLE_ENDIAN, buffer.order());
        assertTrue(buffer.capacity() >= 1388);
    }

    @Test
    void aBufferTooSmallIsNotLentButStaysForSmallerRequests() {
        ByteBuffer small = pool.borrow(16);
        pool.giveBack(small);
        ByteBuffer large = pool.borrow(4096);
        assertNotSame(small, large);
        assertSame(small, pool.borrow(16));
    }

    @Test
    void twoBorrowersNeverShareABuffer() {
        ByteBuffer one = pool.borrow(64);
        pool.giveBack(one);
        ByteBuffer first = pool.borrow(64);
        ByteBuffer second = pool.borrow(64);
        assertNotSame(first, second);
    }

    @Test
    void whenEverySlotIsTakenALargerBufferReplacesASmallerOne() {
        for (int i = 0; i < 8; i++) {
            pool.giveBack(ByteBuffer.allocateDirect(8));
        }
        ByteBuffer large = ByteBuffer.allocateDirect(1024);
        pool.giveBack(large);
        assertSame(large, pool.borrow(1024));
    }
}
