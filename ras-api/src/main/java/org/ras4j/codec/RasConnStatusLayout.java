package org.ras4j.codec;

import java.util.Optional;

/**
 * The layout of one {@code RASCONNSTATUS} version in one charset on one ABI (the structure holds
 * no pointer, so both ABIs agree). Computed from {@link RasConnStatusVersion}'s member declarations.
 */
public final class RasConnStatusLayout extends StructLayout<RasConnStatusVersion, RasConnStatusField> {
    private static final LayoutTable<RasConnStatusVersion, RasConnStatusLayout> TABLE =
            new LayoutTable<>(RasConnStatusVersion.class, RasConnStatusLayout::new);

    private RasConnStatusLayout(RasConnStatusVersion version, RasCharset charset, Abi abi) {
        super("RASCONNSTATUS", RasConnStatusField.class, version.fields(), version, charset, abi);
    }

    /**
     * {@return the layout of {@code version} in {@code charset} on {@code abi}}
     *
     * @param version the structure version
     * @param charset {@code A} or {@code W}
     * @param abi     x86 or x64
     */
    public static RasConnStatusLayout of(RasConnStatusVersion version, RasCharset charset, Abi abi) {
        return TABLE.get(version, charset, abi);
    }

    /**
     * {@return the newest {@code RASCONNSTATUS} in {@code charset} on {@code abi}}
     *
     * @param charset {@code A} or {@code W}
     * @param abi     x86 or x64
     */
    public static RasConnStatusLayout newest(RasCharset charset, Abi abi) {
        return of(RasConnStatusVersion.newest(), charset, abi);
    }

    /**
     * {@return the layout whose size is {@code dwSize}; empty when no version has that size}
     *
     * @param dwSize  the structure's {@code dwSize}
     * @param charset {@code A} or {@code W}
     * @param abi     x86 or x64
     */
    public static Optional<RasConnStatusLayout> forSize(int dwSize, RasCharset charset, Abi abi) {
        return TABLE.forSize(dwSize, charset, abi);
    }

    @Override
    public Optional<RasConnStatusLayout> older() {
        RasConnStatusVersion previous = version().previous();
        return previous == null ? Optional.empty() : Optional.of(of(previous, charset(), abi()));
    }
}
