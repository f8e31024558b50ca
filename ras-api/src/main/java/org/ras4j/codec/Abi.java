package org.ras4j.codec;

/**
 * The Windows application binary interface whose structure layouts a buffer follows.
 *
 * <p>The only difference that matters to {@code ras.h} is the size of a handle ({@code HRASCONN}):
 * four bytes on 32-bit Windows, eight on 64-bit Windows. Under the header's 4-byte packing a handle
 * is aligned to four bytes on both.
 */
public enum Abi {
    /** 32-bit Windows: handles are 4 bytes. */
    X86(4),
    /** 64-bit Windows: handles are 8 bytes, still 4-aligned inside RAS structures. */
    X64(8);

    private final int pointerSize;

    Abi(int pointerSize) {
        this.pointerSize = pointerSize;
    }

    /** {@return the size in bytes of a pointer or handle on this ABI} */
    public int pointerSize() {
        return pointerSize;
    }

    /**
     * {@return the ABI whose pointers have the given size}
     *
     * @param pointerSize the size in bytes of a pointer: 4 or 8
     * @throws IllegalArgumentException if the size is neither 4 nor 8
     */
    public static Abi ofPointerSize(int pointerSize) {
        for (Abi abi : values()) {
            if (abi.pointerSize == pointerSize) {
                return abi;
            }
        }
        throw new IllegalArgumentException("no Windows ABI has " + pointerSize + "-byte pointers");
    }
}
