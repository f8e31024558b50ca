package org.ras4j.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The layout of {@code RAS_PROJECTION_INFO}, the structure of {@code RasGetProjectionInfoEx}
 * (Windows 7 and later; docs/contract.md §8, C-PROJ-05): {@code version}, {@code type}, then a
 * union of {@code RASPPP_PROJECTION_INFO ppp} and {@code RASIKEV2_PROJECTION_INFO ikev2}.
 *
 * <p>The union is laid out as C lays it out: each alternative is the header followed by that
 * alternative's members, laid out by the packing routine of every RAS structure
 * ({@link PackedStruct}); both start at the same offset (8: every member of either alternative is
 * at most 4-aligned under {@code pshpack4.h}, so the union starts where the header ends, which the
 * constructor checks), and the structure is as large as the larger of the two. The {@code ikev2}
 * alternative holds two pointers ({@code ipv4ServerAddresses}, {@code ipv6ServerAddresses}), so its
 * offsets differ per ABI (the pointers are 4-aligned: at 80 and 92 on x64, 80 and 88 on x86); the
 * {@code ppp} alternative is the larger (100 bytes), so the structure is 108 bytes on both ABIs.
 * Immutable.
 */
public final class RasProjectionInfoLayout {
    private static final RasProjectionInfoLayout X86 = new RasProjectionInfoLayout(Abi.X86);
    private static final RasProjectionInfoLayout X64 = new RasProjectionInfoLayout(Abi.X64);

    private final Abi abi;
    private final PackedStruct<RasProjectionInfoField> ppp;
    private final PackedStruct<RasProjectionInfoField> ikev2;

    private RasProjectionInfoLayout(Abi abi) {
        this.abi = abi;
        this.ppp = PackedStruct.layOut(RasProjectionInfoField.class, alternative(pppMembers()), RasCharset.W, abi);
        this.ikev2 = PackedStruct.layOut(RasProjectionInfoField.class, alternative(ikev2Members()), RasCharset.W, abi);
        int pppStart = ppp.offset(RasProjectionInfoField.PPP_IPV4_NEGOTIATION_ERROR);
        int ikev2Start = ikev2.offset(RasProjectionInfoField.IKEV2_IPV4_NEGOTIATION_ERROR);
        int unionAlignment = Math.max(maxAlignment(pppMembers(), abi), maxAlignment(ikev2Members(), abi));
        if (pppStart != ikev2Start || pppStart % unionAlignment != 0) {
            throw new IllegalStateException("the union of RAS_PROJECTION_INFO does not start at one aligned offset: "
                    + pppStart + " / " + ikev2Start);
        }
    }

    /**
     * {@return the layout on {@code abi}}
     *
     * @param abi the abi
     */
    public static RasProjectionInfoLayout of(Abi abi) {
        return Objects.requireNonNull(abi, "abi") == Abi.X64 ? X64 : X86;
    }

    private static List<FieldSpec<RasProjectionInfoField>> alternative(List<FieldSpec<RasProjectionInfoField>> members) {
        List<FieldSpec<RasProjectionInfoField>> fields = new ArrayList<>();
        fields.add(FieldSpec.scalar(RasProjectionInfoField.VERSION, FieldType.DWORD));
        fields.add(FieldSpec.scalar(RasProjectionInfoField.TYPE, FieldType.DWORD));
        fields.addAll(members);
        return fields;
    }

    private static int maxAlignment(List<FieldSpec<RasProjectionInfoField>> members, Abi abi) {
        int max = 1;
        for (FieldSpec<RasProjectionInfoField> member : members) {
            max = Math.max(max, member.type().alignment(RasCharset.W, abi));
        }
        return max;
    }

    /** {@code RASPPP_PROJECTION_INFO}'s members, as {@code ras.h} declares them. */
    private static List<FieldSpec<RasProjectionInfoField>> pppMembers() {
        List<FieldSpec<RasProjectionInfoField>> m = new ArrayList<>();
        m.add(FieldSpec.scalar(RasProjectionInfoField.PPP_IPV4_NEGOTIATION_ERROR, FieldType.DWORD));
        m.add(FieldSpec.scalar(RasProjectionInfoField.PPP_IPV4_ADDRESS, FieldType.IPV4_ADDRESS));
        m.add(FieldSpec.scalar(RasProjectionInfoField.PPP_IPV4_SERVER_ADDRESS, FieldType.IPV4_ADDRESS));
        m.add(FieldSpec.scalar(RasProjectionInfoField.PPP_IPV4_OPTIONS, FieldType.DWORD));
        m.add(FieldSpec.scalar(RasProjectionInfoField.PPP_IPV4_SERVER_OPTIONS, FieldType.DWORD));
        m.add(FieldSpec.scalar(RasProjectionInfoField.PPP_IPV6_NEGOTIATION_ERROR, FieldType.DWORD));
        m.add(FieldSpec.bytes(RasProjectionInfoField.PPP_INTERFACE_IDENTIFIER, 8));
        m.add(FieldSpec.bytes(RasProjectionInfoField.PPP_SERVER_INTERFACE_IDENTIFIER, 8));
        for (RasProjectionInfoField field : List.of(RasProjectionInfoField.PPP_BUNDLED,
                RasProjectionInfoField.PPP_MULTILINK, RasProjectionInfoField.PPP_AUTHENTICATION_PROTOCOL,
                RasProjectionInfoField.PPP_AUTHENTICATION_DATA, RasProjectionInfoField.PPP_SERVER_AUTHENTICATION_PROTOCOL,
                RasProjectionInfoField.PPP_SERVER_AUTHENTICATION_DATA, RasProjectionInfoField.PPP_EAP_TYPE_ID,
                RasProjectionInfoField.PPP_SERVER_EAP_TYPE_ID, RasProjectionInfoField.PPP_LCP_OPTIONS,
                RasProjectionInfoField.PPP_LCP_SERVER_OPTIONS, RasProjectionInfoField.PPP_CCP_ERROR,
                RasProjectionInfoField.PPP_CCP_COMPRESSION_ALGORITHM,
                RasProjectionInfoField.PPP_CCP_SERVER_COMPRESSION_ALGORITHM, RasProjectionInfoField.PPP_CCP_OPTIONS,
                RasProjectionInfoField.PPP_CCP_SERVER_OPTIONS)) {
            m.add(FieldSpec.scalar(field, FieldType.DWORD)); // BOOL is an int, DWORD an unsigned long: 4 bytes
        }
        return m;
    }

    /** {@code RASIKEV2_PROJECTION_INFO}'s members, as {@code ras.h} declares them. */
    private static List<FieldSpec<RasProjectionInfoField>> ikev2Members() {
        List<FieldSpec<RasProjectionInfoField>> m = new ArrayList<>();
        m.add(FieldSpec.scalar(RasProjectionInfoField.IKEV2_IPV4_NEGOTIATION_ERROR, FieldType.DWORD));
        m.add(FieldSpec.scalar(RasProjectionInfoField.IKEV2_IPV4_ADDRESS, FieldType.IPV4_ADDRESS));
        m.add(FieldSpec.scalar(RasProjectionInfoField.IKEV2_IPV4_SERVER_ADDRESS, FieldType.IPV4_ADDRESS));
        m.add(FieldSpec.scalar(RasProjectionInfoField.IKEV2_IPV6_NEGOTIATION_ERROR, FieldType.DWORD));
        m.add(FieldSpec.scalar(RasProjectionInfoField.IKEV2_IPV6_ADDRESS, FieldType.IPV6_ADDRESS));
        m.add(FieldSpec.scalar(RasProjectionInfoField.IKEV2_IPV6_SERVER_ADDRESS, FieldType.IPV6_ADDRESS));
        for (RasProjectionInfoField field : List.of(RasProjectionInfoField.IKEV2_PREFIX_LENGTH,
                RasProjectionInfoField.IKEV2_AUTHENTICATION_PROTOCOL, RasProjectionInfoField.IKEV2_EAP_TYPE_ID,
                RasProjectionInfoField.IKEV2_FLAGS, RasProjectionInfoField.IKEV2_ENCRYPTION_METHOD,
                RasProjectionInfoField.IKEV2_NUM_IPV4_SERVER_ADDRESSES)) {
            m.add(FieldSpec.scalar(field, FieldType.DWORD));
        }
        m.add(FieldSpec.scalar(RasProjectionInfoField.IKEV2_IPV4_SERVER_ADDRESSES, FieldType.POINTER));
        m.add(FieldSpec.scalar(RasProjectionInfoField.IKEV2_NUM_IPV6_SERVER_ADDRESSES, FieldType.DWORD));
        m.add(FieldSpec.scalar(RasProjectionInfoField.IKEV2_IPV6_SERVER_ADDRESSES, FieldType.POINTER));
        return m;
    }

    /**
     * {@return the ABI, which fixes the size and offsets of the two pointers of {@code ikev2}}
     */
    public Abi abi() {
        return abi;
    }

    /**
     * {@return {@code sizeof(RAS_PROJECTION_INFO)}: the larger alternative, with the header}
     */
    public int size() {
        return Math.max(ppp.size(), ikev2.size());
    }

    /**
     * {@return the offset of the union: where both {@code ppp} and {@code ikev2} start}
     */
    public int unionOffset() {
        return ppp.offset(RasProjectionInfoField.PPP_IPV4_NEGOTIATION_ERROR);
    }

    /**
     * {@return {@code sizeof(RASPPP_PROJECTION_INFO)}}
     */
    public int pppSize() {
        return ppp.size() - unionOffset();
    }

    /**
     * {@return {@code sizeof(RASIKEV2_PROJECTION_INFO)} on this ABI}
     */
    public int ikev2Size() {
        return ikev2.size() - unionOffset();
    }

    /**
     * {@return byte offset of the member from the start of the structure (its alternative's, for a union member)}
     *
     * @param field the field
     */
    public int offset(RasProjectionInfoField field) {
        return view(field).offset(field);
    }

    /**
     * {@return length of the member in bytes}
     *
     * @param field the field
     */
    public int length(RasProjectionInfoField field) {
        return view(field).length(field);
    }

    private PackedStruct<RasProjectionInfoField> view(RasProjectionInfoField field) {
        return Objects.requireNonNull(field, "field").isIkev2() ? ikev2 : ppp;
    }

    @Override
    public String toString() {
        return "RAS_PROJECTION_INFO " + abi + " (" + size() + " bytes)";
    }
}
