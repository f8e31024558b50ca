package org.ras4j.codec;

import java.util.Optional;

/**
 * The layout of one {@code RASPPPIP} version in one charset (the structure holds no pointer, so
 * both ABIs agree). Computed from {@link RasPppIpVersion}'s member declarations: {@code A} 24, 40,
 * 48 bytes; {@code W} 40, 72, 80.
 */
public final class RasPppIpLayout extends StructLayout<RasPppIpVersion, RasPppIpField> {
    private static final LayoutTable<RasPppIpVersion, RasPppIpLayout> TABLE =
            new LayoutTable<>(RasPppIpVersion.class, RasPppIpLayout::new);

    private RasPppIpLayout(RasPppIpVersion version, RasCharset charset, Abi abi) {
        super("RASPPPIP", RasPppIpField.class, version.fields(), version, charset, abi);
    }

    /** The layout of {@code version} in {@code charset} on {@code abi}. */
    public static RasPppIpLayout of(RasPppIpVersion version, RasCharset charset, Abi abi) {
        return TABLE.get(version, charset, abi);
    }

    /** The newest {@code RASPPPIP} in {@code charset} on {@code abi}. */
    public static RasPppIpLayout newest(RasCharset charset, Abi abi) {
        return of(RasPppIpVersion.newest(), charset, abi);
    }

    /** The layout whose size is {@code dwSize}; empty when no version has that size. */
    public static Optional<RasPppIpLayout> forSize(int dwSize, RasCharset charset, Abi abi) {
        return TABLE.forSize(dwSize, charset, abi);
    }

    @Override
    public Optional<RasPppIpLayout> older() {
        RasPppIpVersion previous = version().previous();
        return previous == null ? Optional.empty() : Optional.of(of(previous, charset(), abi()));
    }
}
