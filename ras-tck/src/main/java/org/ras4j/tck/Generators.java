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
import org.ras4j.codec.RasCharset;

/** The jqwik generators of the contract's properties. */
final class Generators {
    private Generators() {
    }

    /**
     * {@code dwSize} values of every kind: small ones, ones near real structure sizes, any 32-bit
     * value (the caller may put anything there), and, in a third of the cases, one of
     * {@code accepted} with random high 16 bits set (never all zero), which a backend that reads
     * only {@code dwSize & 0xFFFF} takes for the accepted size.
     *
     * @param accepted the sizes a backend accepts
     */
    static Arbitrary<Integer> dwSizes(List<Integer> accepted) {
        Arbitrary<Integer> highBits = Arbitraries.integers().between(1, 0xFFFF).map(bits -> bits << 16);
        Arbitrary<Integer> masked = Combinators.combine(Arbitraries.of(accepted), highBits).as((size, bits) -> size | bits);
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 1500)),
                Tuple.of(1, Arbitraries.integers()),
                Tuple.of(2, masked));
    }

    /** One input of the sizing property ENUM-30: see {@link SizingCheck#check}. */
    record SizingCase(List<ConnectionSpec> specs, RasCharset charset, int versionPick, int room, int slack) {
        @Override
        public String toString() {
            return specs.size() + " connection(s) " + specs.stream().map(ConnectionSpec::entryName).toList() + ", "
                    + charset + ", version pick " + versionPick + ", room " + room + ", slack " + slack;
        }
    }

    /**
     * Inputs of the sizing property: up to {@code maxConnections} connections (none when
     * {@code maxConnections} is 0), any charset, accepted version, room for 0–26 entries and
     * −9…+9 bytes of slack.
     */
    static Arbitrary<SizingCase> sizingCases(int maxConnections) {
        Arbitrary<List<ConnectionSpec>> specs = maxConnections == 0 ? Arbitraries.just(List.of())
                : connectionSets(maxConnections);
        return Combinators.combine(specs, Arbitraries.of(RasCharset.class), Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 26), Arbitraries.integers().between(-9, 9)).as(SizingCase::new);
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
