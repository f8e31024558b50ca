package org.ras4j.codec;

import java.util.Objects;
import java.util.Optional;

/** Every layout of one structure, computed once, indexed by version, charset and ABI. */
final class LayoutTable<V extends Enum<V>, L extends StructLayout<V, ?>> {
    /** Builds the layout of one version, charset and ABI. */
    interface Factory<V, L> {
        L create(V version, RasCharset charset, Abi abi);
    }

    private final V[] versions;
    private final Object[] layouts;

    LayoutTable(Class<V> versionClass, Factory<V, L> factory) {
        this.versions = versionClass.getEnumConstants();
        this.layouts = new Object[versions.length * RasCharset.values().length * Abi.values().length];
        for (V version : versions) {
            for (RasCharset charset : RasCharset.values()) {
                for (Abi abi : Abi.values()) {
                    layouts[index(version, charset, abi)] = factory.create(version, charset, abi);
                }
            }
        }
    }

    private static int index(Enum<?> version, RasCharset charset, Abi abi) {
        return (version.ordinal() * RasCharset.values().length + charset.ordinal()) * Abi.values().length
                + abi.ordinal();
    }

    @SuppressWarnings("unchecked") // every slot holds an L, written by the constructor
    L get(V version, RasCharset charset, Abi abi) {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(abi, "abi");
        return (L) layouts[index(version, charset, abi)];
    }

    Optional<L> forSize(int size, RasCharset charset, Abi abi) {
        for (V version : versions) {
            L layout = get(version, charset, abi);
            if (layout.size() == size) {
                return Optional.of(layout);
            }
        }
        return Optional.empty();
    }
}
