package org.ras4j.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * The versions of {@code RASPPPIP} (docs/contract.md §8, C-PROJ-02): each adds members at the end
 * of the previous one. {@code ras.h} gates {@code szServerIpAddress} by {@code #ifndef
 * WINNT35COMPATIBLE} (the member "was added between Windows NT 3.51 beta and Windows NT 3.51
 * final, and between Windows 95 M8 beta and Windows 95 final") and the two option members by
 * {@code WINVER >= 0x500}.
 */
public enum RasPppIpVersion {
    /** Windows NT 3.5 ({@code WINNT35COMPATIBLE}): {@code dwSize}, {@code dwError}, {@code szIpAddress}. */
    V350,
    /** Windows NT 3.51 and 95 final: {@code + szServerIpAddress}. */
    V351,
    /** Windows 2000 ({@code WINVER 0x500}): {@code + dwOptions, dwServerOptions}. */
    V500;

    /** {@code RAS_MaxIpAddress}: 15 characters, {@code "255.255.255.255"}. */
    public static final int MAX_IP_ADDRESS = 15;

    /**
     * {@return the newest version}
     */
    public static RasPppIpVersion newest() {
        return V500;
    }

    /**
     * {@return the version before this one, or {@code null} for {@link #V350}}
     */
    public RasPppIpVersion previous() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    /**
     * {@return whether this version is {@code other} or newer}
     *
     * @param other the other
     */
    public boolean atLeast(RasPppIpVersion other) {
        return compareTo(other) >= 0;
    }

    List<FieldSpec<RasPppIpField>> fields() {
        List<FieldSpec<RasPppIpField>> fields = new ArrayList<>();
        fields.add(FieldSpec.scalar(RasPppIpField.DW_SIZE, FieldType.DWORD));
        fields.add(FieldSpec.scalar(RasPppIpField.ERROR, FieldType.DWORD));
        fields.add(FieldSpec.text(RasPppIpField.IP_ADDRESS, MAX_IP_ADDRESS + 1));
        if (atLeast(V351)) {
            fields.add(FieldSpec.text(RasPppIpField.SERVER_IP_ADDRESS, MAX_IP_ADDRESS + 1));
        }
        if (atLeast(V500)) {
            fields.add(FieldSpec.scalar(RasPppIpField.OPTIONS, FieldType.DWORD));
            fields.add(FieldSpec.scalar(RasPppIpField.SERVER_OPTIONS, FieldType.DWORD));
        }
        return fields;
    }
}
