package org.ras4j.codec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The byte layout of one version of a RAS structure for one charset and ABI: its size (the value
 * its {@code dwSize} holds) and the offset and length of each member.
 *
 * <p>Layouts are derived from the member declarations of the version enum by the
 * {@code pshpack4.h} rules of {@code ras.h} ({@link PackedStruct}); none is typed in by hand.
 * Instances are immutable and shared.
 *
 * @param <V> the version enum
 * @param <F> the member enum
 */
public abstract sealed class StructLayout<V extends Enum<V>, F extends Enum<F>>
        permits RasConnLayout, RasConnStatusLayout, RasPppIpLayout {
    private final String structName;
    private final V version;
    private final RasCharset charset;
    private final Abi abi;
    private final PackedStruct<F> struct;

    StructLayout(String structName, Class<F> fieldClass, List<FieldSpec<F>> fields,
            V version, RasCharset charset, Abi abi) {
        this.structName = structName;
        this.version = Objects.requireNonNull(version, "version");
        this.charset = Objects.requireNonNull(charset, "charset");
        this.abi = Objects.requireNonNull(abi, "abi");
        this.struct = PackedStruct.layOut(fieldClass, fields, charset, abi);
    }

    /**
     * {@return the structure's name in {@code ras.h} without its charset, e.g. {@code RASCONN}}
     */
    public final String structName() {
        return structName;
    }

    /**
     * {@return the layout of the version before this one in the same charset and ABI: what a caller
     * tries next when a backend answers {@code ERROR_INVALID_SIZE}; empty for the oldest version}
     */
    public abstract Optional<? extends StructLayout<V, F>> older();

    /** {@return the structure version this layout describes} */
    public final V version() {
        return version;
    }

    /** {@return whether the text members are {@code CHAR} or {@code WCHAR}} */
    public final RasCharset charset() {
        return charset;
    }

    /** {@return the ABI, which fixes the size of {@code HRASCONN}} */
    public final Abi abi() {
        return abi;
    }

    /** {@return {@code sizeof} the structure in this version: the value its {@code dwSize} holds} */
    public final int size() {
        return struct.size();
    }

    /**
     * {@return whether this version has the member}
     *
     * @param field the member
     */
    public final boolean has(F field) {
        return struct.has(field);
    }

    /**
     * Byte offset of the member from the start of the structure.
     *
     * @param field the member
     * @return its offset in bytes
     * @throws IllegalArgumentException if this version lacks the member
     */
    public final int offset(F field) {
        return struct.offset(field);
    }

    /**
     * Length of the member in bytes (for text: characters × {@link RasCharset#charSize()}).
     *
     * @param field the member
     * @return its length in bytes
     * @throws IllegalArgumentException if this version lacks the member
     */
    public final int length(F field) {
        return struct.length(field);
    }

    @Override
    public final String toString() {
        return structName + charset + " " + version + " " + abi + " (" + size() + " bytes)";
    }
}
