package org.ras4j.codec;

import java.util.Optional;

/**
 * The layout of one {@code RASCONN} version in one charset on one ABI. All 24 (6 versions × A/W ×
 * x86/x64) are computed from {@link RasConnVersion}'s member declarations once.
 */
public final class RasConnLayout extends StructLayout<RasConnVersion, RasConnField> {
    private static final LayoutTable<RasConnVersion, RasConnLayout> TABLE =
            new LayoutTable<>(RasConnVersion.class, RasConnLayout::new);

    private final RasConnOffsets offsets;

    private RasConnLayout(RasConnVersion version, RasCharset charset, Abi abi) {
        super("RASCONN", RasConnField.class, version.fields(), version, charset, abi);
        this.offsets = new RasConnOffsets(this);
    }

    /** Each member's offset and length, read once from this layout for the decoder. */
    RasConnOffsets offsets() {
        return offsets;
    }

    /**
     * {@return the layout of {@code version} in {@code charset} on {@code abi}}
     *
     * @param version the structure version
     * @param charset {@code A} or {@code W}
     * @param abi     x86 or x64
     */
    public static RasConnLayout of(RasConnVersion version, RasCharset charset, Abi abi) {
        return TABLE.get(version, charset, abi);
    }

    /**
     * {@return the newest {@code RASCONN} in {@code charset} on {@code abi}}
     *
     * @param charset {@code A} or {@code W}
     * @param abi     x86 or x64
     */
    public static RasConnLayout newest(RasCharset charset, Abi abi) {
        return of(RasConnVersion.newest(), charset, abi);
    }

    /**
     * The layout whose size is {@code dwSize}, as Windows identifies the version of a caller's
     * buffer; empty when no {@code RASCONN} of that charset and ABI has that size.
     *
     * @param dwSize  the size the first entry's {@code dwSize} gives
     * @param charset {@code A} or {@code W}
     * @param abi     x86 or x64
     * @return the layout of that size, if any
     */
    public static Optional<RasConnLayout> forSize(int dwSize, RasCharset charset, Abi abi) {
        return TABLE.forSize(dwSize, charset, abi);
    }

    @Override
    public Optional<RasConnLayout> older() {
        RasConnVersion previous = version().previous();
        return previous == null ? Optional.empty() : Optional.of(of(previous, charset(), abi()));
    }
}
