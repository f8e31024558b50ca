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

    /**
     * {@return the layout of {@code version} in {@code charset} on {@code abi}}
     *
     * @param version the version
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     * @param abi the abi
     */
    public static RasPppIpLayout of(RasPppIpVersion version, RasCharset charset, Abi abi) {
        return TABLE.get(version, charset, abi);
    }

    /**
     * {@return the newest {@code RASPPPIP} in {@code charset} on {@code abi}}
     *
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     * @param abi the abi
     */
    public static RasPppIpLayout newest(RasCharset charset, Abi abi) {
        return of(RasPppIpVersion.newest(), charset, abi);
    }

    /**
     * {@return the layout whose size is {@code dwSize}; empty when no version has that size}
     *
     * @param dwSize the {@code dwSize} in the first four bytes of a caller's buffer
     * @param charset which functions: {@code A} (ANSI) or {@code W} (UTF-16)
     * @param abi the abi
     */
    public static Optional<RasPppIpLayout> forSize(int dwSize, RasCharset charset, Abi abi) {
        return TABLE.forSize(dwSize, charset, abi);
    }

    @Override
    public Optional<RasPppIpLayout> older() {
        RasPppIpVersion previous = version().previous();
        return previous == null ? Optional.empty() : Optional.of(of(previous, charset(), abi()));
    }
}
