package org.ras4j.codec;

import java.util.List;

/**
 * The layout of {@code RASPPPIPV6} (docs/contract.md §8, C-PROJ-03): {@code dwSize},
 * {@code dwError}, two 8-byte interface identifiers and two 2-byte compression protocols, 28 bytes.
 * One version (declared under {@code WINVER >= 0x600}), no text, no pointer: one layout for both
 * charsets and ABIs. Computed by {@link PackedStruct}; immutable.
 */
public final class RasPppIpv6Layout {
    private static final RasPppIpv6Layout INSTANCE = new RasPppIpv6Layout();
    /** The length of an IPv6 interface identifier. */
    static final int INTERFACE_IDENTIFIER_BYTES = 8;
    /** The length of a compression protocol number. */
    static final int COMPRESSION_PROTOCOL_BYTES = 2;

    private final PackedStruct<RasPppIpv6Field> struct;

    private RasPppIpv6Layout() {
        List<FieldSpec<RasPppIpv6Field>> fields = List.of(
                FieldSpec.scalar(RasPppIpv6Field.DW_SIZE, FieldType.DWORD),
                FieldSpec.scalar(RasPppIpv6Field.ERROR, FieldType.DWORD),
                FieldSpec.bytes(RasPppIpv6Field.LOCAL_INTERFACE_IDENTIFIER, INTERFACE_IDENTIFIER_BYTES),
                FieldSpec.bytes(RasPppIpv6Field.PEER_INTERFACE_IDENTIFIER, INTERFACE_IDENTIFIER_BYTES),
                FieldSpec.bytes(RasPppIpv6Field.LOCAL_COMPRESSION_PROTOCOL, COMPRESSION_PROTOCOL_BYTES),
                FieldSpec.bytes(RasPppIpv6Field.PEER_COMPRESSION_PROTOCOL, COMPRESSION_PROTOCOL_BYTES));
        this.struct = PackedStruct.layOut(RasPppIpv6Field.class, fields, RasCharset.W, Abi.X86);
    }

    /**
     * {@return the one {@code RASPPPIPV6} layout}
     */
    public static RasPppIpv6Layout get() {
        return INSTANCE;
    }

    /**
     * {@return {@code sizeof(RASPPPIPV6)}: the only {@code dwSize} accepted}
     */
    public int size() {
        return struct.size();
    }

    /**
     * {@return byte offset of the member}
     *
     * @param field the field
     */
    public int offset(RasPppIpv6Field field) {
        return struct.offset(field);
    }

    /**
     * {@return length of the member in bytes}
     *
     * @param field the field
     */
    public int length(RasPppIpv6Field field) {
        return struct.length(field);
    }

    @Override
    public String toString() {
        return "RASPPPIPV6 (" + size() + " bytes)";
    }
}
