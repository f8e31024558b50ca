package org.ras4j.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.ras4j.ConnectionFlags;
import org.ras4j.ConnectionState;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnCodec;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.WindowsProfile;

/**
 * docs/contract.md §2 over its whole input space: any connections, any profile, any accepted
 * {@code dwSize}, any {@code *lpcb} from 0 to beyond the need, any capacity around it — the
 * documented outcome, the documented outputs, the documented entries, and every other byte of the
 * buffer as it was (a canary fill shows any stray write).
 */
class EnumPropertiesTest {
    private static final long UNTOUCHED = 0xDEADBEEFL;

    /** One generated connection: its entry name, its life (0 dialling, 1 connected, 2 dropped), its flag bits. */
    record Spec(String name, int life, int flagBits) {
    }

    @Provide
    Arbitrary<WindowsProfile> profiles() {
        return Arbitraries.of(WindowsProfile.all());
    }

    @Provide
    Arbitrary<List<Spec>> specs() {
        Arbitrary<String> names = Arbitraries.strings().withChars('a', 'Z', ' ', '.', 'é', '日', '€')
                .ofMinLength(1).ofMaxLength(40).map(s -> s.replace("Z", "\uD83D\uDE00"));
        return Combinators.combine(names, Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 15))
                .as(Spec::new).list().ofMaxSize(6);
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.MIXIN)
    @Label("§2 any connections, profile, dwSize, *lpcb and capacity: documented outcome, outputs and bytes")
    void enumerationFollowsTheContract(@ForAll("profiles") WindowsProfile profile, @ForAll RasCharset charset,
            @ForAll("specs") List<Spec> specs, @ForAll @IntRange(max = 10) int versionPick,
            @ForAll @IntRange(max = 100_000) int lpcbPick, @ForAll @IntRange(min = -1500, max = 1500) int capacityDelta,
            @ForAll boolean direct) {
        SimulatedRas ras = SimulatedRas.builder(profile).build();
        List<RasConnection> listed = populate(ras, profile, specs);
        List<RasConnVersion> accepted = new ArrayList<>(profile.connVersions(charset));
        RasConnLayout layout = RasConnLayout.of(accepted.get(versionPick % accepted.size()), charset, profile.abi());
        int size = layout.size();
        int n = listed.size();
        int lpcbIn = lpcbPick % (n * size + 2 * size + 8);
        int capacity = Math.max(0, lpcbIn + capacityDelta);
        ByteBuffer buffer = canaryBuffer(capacity, direct, size);
        byte[] before = bytes(buffer);
        DwordRef lpcb = DwordRef.of(lpcbIn);
        DwordRef count = DwordRef.of((int) UNTOUCHED);

        int code = ras.enumConnections(charset, buffer, lpcb, count);

        long limit = Math.min(lpcbIn, capacity);
        if (capacity < 4) {
            // No room for the dwSize that Windows reads whatever *lpcb says: 632, nothing touched.
            assertEquals(632, code);
            assertEquals(lpcbIn, lpcb.get());
            assertEquals(UNTOUCHED, count.getUnsigned());
            assertArrayEquals(before, bytes(buffer), "no byte may change");
            return;
        }
        int written = (int) Math.min(n, limit / size);
        assertEquals(n * size <= limit ? 0 : 603, code);
        assertEquals(n, count.getUnsigned());
        assertEquals((long) n * size, lpcb.getUnsigned());
        RasConnCodec codec = RasConnCodec.withAnsiCharset(profile.ansiCharset());
        assertEquals(listed.subList(0, written).stream().map(c -> codec.project(c, layout)).toList(),
                codec.decode(buffer, layout, written));
        byte[] after = bytes(buffer);
        for (int i = written * size; i < capacity; i++) {
            assertEquals(before[i], after[i], "byte " + i + " past the entries written");
        }
    }

    /** Makes the connections of {@code specs}; returns those Windows lists, in order, with their handles. */
    static List<RasConnection> populate(SimulatedRas ras, WindowsProfile profile, List<Spec> specs) {
        List<RasConnection> listed = new ArrayList<>();
        for (Spec spec : specs) {
            int flags = spec.flagBits() & (profile.ownerFlags() ? 0xF : 0x3);
            RasConnection attributes = Samples.vpn(spec.name()).toBuilder().flags(new ConnectionFlags(flags)).build();
            RasHandle handle;
            if (spec.life() == 0) {
                handle = ras.dial(attributes, ConnectionState.AUTHENTICATE);
            } else {
                handle = ras.connect(attributes);
                if (spec.life() == 2) {
                    ras.drop(handle, 628);
                }
            }
            if (spec.life() != 0 || profile.dialingIsListed()) {
                listed.add(attributes.toBuilder().handle(handle).build());
            }
        }
        return listed;
    }

    private static ByteBuffer canaryBuffer(int capacity, boolean direct, int dwSize) {
        ByteBuffer buffer = (direct ? ByteBuffer.allocateDirect(capacity) : ByteBuffer.allocate(capacity))
                .order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < capacity; i++) {
            buffer.put(i, Samples.CANARY);
        }
        if (capacity >= 4) {
            buffer.putInt(0, dwSize);
        }
        return buffer;
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] copy = new byte[buffer.capacity()];
        buffer.get(0, copy);
        return copy;
    }
}
