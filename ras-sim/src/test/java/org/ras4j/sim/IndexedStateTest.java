package org.ras4j.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.ConnectionState;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnStatusLayout;

/**
 * The simulator's indexed state ({@link Slots}, {@link HandleIndex}, {@link SimState}) answers as
 * a plain list and map would, after any sequence of changes, and old snapshots never change.
 */
class IndexedStateTest {

    @Test
    @DisplayName("Slots: get, set and append agree with an ArrayList, across several trie heights")
    void slotsAgreeWithAList() {
        Random random = new Random(17);
        List<Integer> expected = new ArrayList<>();
        Slots<Integer> slots = Slots.empty();
        List<Slots<Integer>> snapshots = new ArrayList<>();
        List<List<Integer>> snapshotContents = new ArrayList<>();
        for (int step = 0; step < 40_000; step++) {
            if (expected.isEmpty() || random.nextInt(4) > 0) {
                expected.add(step);
                slots = slots.append(step);
            } else {
                int at = random.nextInt(expected.size());
                Integer value = random.nextBoolean() ? null : -step;
                expected.set(at, value);
                slots = slots.set(at, value);
            }
            if (step % 5_000 == 0) {
                snapshots.add(slots);
                snapshotContents.add(new ArrayList<>(expected));
            }
        }
        assertEquals(expected, contents(slots));
        for (int i = 0; i < snapshots.size(); i++) {
            assertEquals(snapshotContents.get(i), contents(snapshots.get(i)), "snapshot " + i + " is unchanged");
        }
        for (int i = 0; i < expected.size(); i += 97) {
            assertEquals(expected.get(i), slots.get(i));
        }
        Slots<Integer> last = slots;
        assertThrows(IndexOutOfBoundsException.class, () -> last.get(expected.size()));
        assertThrows(IndexOutOfBoundsException.class, () -> last.set(-1, 0));
    }

    private static <E> List<E> contents(Slots<E> slots) {
        List<E> contents = new ArrayList<>();
        slots.forEach(contents::add);
        assertEquals(slots.size(), contents.size());
        return contents;
    }

    @Test
    @DisplayName("HandleIndex: lookups agree with a HashMap, for handles alike in their low or high bits")
    void handleIndexAgreesWithAMap() {
        Random random = new Random(42);
        Map<Long, Integer> expected = new HashMap<>();
        HandleIndex index = HandleIndex.EMPTY;
        HandleIndex early = null;
        for (int i = 0; i < 30_000; i++) {
            long key = switch (i % 3) {
                case 0 -> 0x0000_0200_0000_0004L + 4L * i;   // the simulator's x64 handles
                case 1 -> (long) i << 40;                    // equal low bits
                default -> random.nextLong();
            };
            expected.put(key, i);
            index = index.with(key, i);
            if (i == 1_000) {
                early = index;
            }
        }
        index = index.with(0x0000_0200_0000_0004L, 7);
        expected.put(0x0000_0200_0000_0004L, 7);
        assertEquals(expected.size(), index.size());
        for (Map.Entry<Long, Integer> e : expected.entrySet()) {
            assertEquals(e.getValue(), index.slotOf(e.getKey()), Long.toHexString(e.getKey()));
        }
        assertEquals(HandleIndex.ABSENT, index.slotOf(0x0000_0200_0000_0000L));
        assertEquals(HandleIndex.ABSENT, early.slotOf(0x0000_0200_0000_0004L + 4L * 3_000));
        assertEquals(0, early.slotOf(0x0000_0200_0000_0004L), "an older index keeps its mapping");
    }

    @Test
    @DisplayName("the simulator finds every handle, own and sub-entry, after connects, drops and hang-ups")
    void simulatorFindsEveryHandleAfterChurn() {
        SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
        List<RasHandle> live = new ArrayList<>();
        List<RasHandle> gone = new ArrayList<>();
        RasHandle multilink = ras.connectMultilink(RasConnection.builder(RasHandle.NULL, "ISDN").build(),
                StatusDetails.NONE, 3);
        for (int i = 0; i < 3_000; i++) {
            RasHandle h = ras.connect(RasConnection.builder(RasHandle.NULL, "VPN-" + i).build());
            live.add(h);
            if (i % 3 == 0) {
                RasHandle old = live.remove(live.size() / 2);
                ras.hangUp(old);
                gone.add(old);
            }
        }
        ras.drop(live.get(0), 628);
        List<RasHandle> links = ras.connection(multilink).orElseThrow().subEntryHandles();
        ras.hangUp(links.get(1));

        List<RasHandle> expectedOrder = new ArrayList<>();
        expectedOrder.add(multilink);
        expectedOrder.addAll(live);
        assertEquals(expectedOrder, ras.connections().stream().map(SimConnection::handle).toList());
        for (RasHandle h : live) {
            assertEquals(h, ras.connection(h).orElseThrow().handle());
        }
        for (RasHandle h : gone) {
            assertTrue(ras.connection(h).isEmpty(), h + " was hung up");
            assertEquals(RasError.ERROR_INVALID_HANDLE.code(), status(ras, h).code());
        }
        assertEquals(ConnectionState.DISCONNECTED, status(ras, live.get(0)).state());
        assertEquals(ConnectionState.CONNECTED, status(ras, links.get(0)).state());
        assertEquals(ConnectionState.DISCONNECTED, status(ras, links.get(1)).state());
        assertEquals(RasError.ERROR_INVALID_HANDLE.code(), status(ras, RasHandle.of(links.get(2).bits() + 1)).code());
    }

    /** What {@code RasGetConnectStatusW} answers: the code, and the state when it succeeds. */
    private record Answer(int code, ConnectionState state) {
    }

    private static Answer status(SimulatedRas ras, RasHandle handle) {
        RasConnStatusLayout layout = RasConnStatusLayout.newest(RasCharset.W, ras.abi());
        ByteBuffer buffer = ByteBuffer.allocate(layout.size()).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(0, layout.size());
        int code = ras.getConnectStatus(RasCharset.W, handle, buffer);
        return new Answer(code, code == 0 ? ConnectionState.of(buffer.getInt(4)) : null);
    }
}
