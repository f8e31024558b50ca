package org.ras4j.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.ras4j.ConnectionFlags;
import org.ras4j.Luid;

/** The jqwik generators of the contract's properties. */
final class Generators {
    private Generators() {
    }

    /**
     * {@code dwSize} values of every kind: small ones, ones near real structure sizes, and any
     * 32-bit value (the caller may put anything there).
     */
    static Arbitrary<Integer> dwSizes() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 1500)),
                Tuple.of(1, Arbitraries.integers()));
    }

    /** Lists of up to {@code max} connections with distinct entry names and varied members. */
    static Arbitrary<List<ConnectionSpec>> connectionSets(int max) {
        return connection().list().ofMaxSize(max).map(Generators::distinctNames);
    }

    private static Arbitrary<ConnectionSpec> connection() {
        Arbitrary<String> names = Arbitraries.strings()
                .withChars("abcxyzABCXYZ0129 -_.()\u00e9\u00fc\u2713\u4e2d")
                .ofMinLength(1).ofMaxLength(36);
        Arbitrary<String[]> devices = Arbitraries.of(
                new String[] {"vpn", "WAN Miniport (SSTP)"},
                new String[] {"vpn", "WAN Miniport (IKEv2)"},
                new String[] {"modem", "Standard 56000 bps Modem"},
                new String[] {"isdn", "ISDN channel - Adapter 1"},
                new String[] {"PPPoE", "WAN Miniport (PPPOE)"});
        Arbitrary<Integer> flags = Arbitraries.integers().between(0, 3); // RASCF_AllUsers, RASCF_GlobalCreds: every profile has them
        Arbitrary<Integer> subEntries = Arbitraries.integers().between(0, 4);
        Arbitrary<Long> bits = Arbitraries.longs();
        return Combinators.combine(names, devices, flags, subEntries, bits, bits, bits)
                .as((name, device, flagBits, subEntry, a, b, c) -> ConnectionSpec.entry(name)
                        .withDevice(device[0], device[1])
                        .withFlags(new ConnectionFlags(flagBits))
                        .withPhonebook(ConnectionSpec.ALL_USERS_PHONEBOOK, subEntry)
                        .withIds(new UUID(a, b), Luid.ofLong(c), new UUID(b, c)));
    }

    private static List<ConnectionSpec> distinctNames(List<ConnectionSpec> specs) {
        List<ConnectionSpec> distinct = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            distinct.add(specs.get(i).withEntryName(specs.get(i).entryName() + "#" + i));
        }
        return distinct;
    }
}
