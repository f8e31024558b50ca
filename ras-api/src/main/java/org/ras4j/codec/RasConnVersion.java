package org.ras4j.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * The versions of {@code RASCONN}, named after the {@code WINVER} that introduced them. Each adds
 * members at the end of the previous one (see {@code ras.h}); the version of a buffer is told by
 * its {@code dwSize}.
 */
public enum RasConnVersion {
    /** Windows NT 3.51 ({@code WINVER < 0x400}): {@code dwSize}, {@code hrasconn}, a 20-character entry name. */
    V351,
    /** {@code WINVER 0x400}: the entry name grows to 256 characters; device type and name. */
    V400,
    /** {@code WINVER 0x401}: phone book and sub-entry. */
    V401,
    /** Windows 2000 ({@code WINVER 0x500}): {@code guidEntry}. */
    V500,
    /** Windows XP ({@code WINVER 0x501}): {@code dwFlags}, {@code luid}. */
    V501,
    /** Windows Vista ({@code WINVER 0x600}): {@code guidCorrelationId}. */
    V600;

    /** {@code RAS_MaxEntryName} before {@code WINVER 0x400}. */
    public static final int MAX_ENTRY_NAME_V351 = 20;
    /** {@code RAS_MaxEntryName}. */
    public static final int MAX_ENTRY_NAME = 256;
    /** {@code RAS_MaxDeviceType}. */
    public static final int MAX_DEVICE_TYPE = 16;
    /** {@code RAS_MaxDeviceName}. */
    public static final int MAX_DEVICE_NAME = 128;
    /** {@code MAX_PATH}. */
    public static final int MAX_PATH = 260;

    /** {@return the newest version} */
    public static RasConnVersion newest() {
        return V600;
    }

    /** {@return the version before this one, or {@code null} for {@link #V351}} */
    public RasConnVersion previous() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    /** The members of this version in declaration order, as {@code ras.h} declares them. */
    List<FieldSpec<RasConnField>> fields() {
        List<FieldSpec<RasConnField>> fields = new ArrayList<>();
        fields.add(FieldSpec.scalar(RasConnField.DW_SIZE, FieldType.DWORD));
        fields.add(FieldSpec.scalar(RasConnField.HRASCONN, FieldType.HANDLE));
        if (this == V351) {
            fields.add(FieldSpec.text(RasConnField.ENTRY_NAME, MAX_ENTRY_NAME_V351 + 1));
            return fields;
        }
        fields.add(FieldSpec.text(RasConnField.ENTRY_NAME, MAX_ENTRY_NAME + 1));
        fields.add(FieldSpec.text(RasConnField.DEVICE_TYPE, MAX_DEVICE_TYPE + 1));
        fields.add(FieldSpec.text(RasConnField.DEVICE_NAME, MAX_DEVICE_NAME + 1));
        if (atLeast(V401)) {
            fields.add(FieldSpec.text(RasConnField.PHONEBOOK, MAX_PATH));
            fields.add(FieldSpec.scalar(RasConnField.SUB_ENTRY, FieldType.DWORD));
        }
        if (atLeast(V500)) {
            fields.add(FieldSpec.scalar(RasConnField.GUID_ENTRY, FieldType.GUID));
        }
        if (atLeast(V501)) {
            fields.add(FieldSpec.scalar(RasConnField.FLAGS, FieldType.DWORD));
            fields.add(FieldSpec.scalar(RasConnField.LUID, FieldType.LUID));
        }
        if (atLeast(V600)) {
            fields.add(FieldSpec.scalar(RasConnField.CORRELATION_ID, FieldType.GUID));
        }
        return fields;
    }

    /**
     * {@return whether this version is {@code other} or newer}
     *
     * @param other the version to compare with
     */
    public boolean atLeast(RasConnVersion other) {
        return compareTo(other) >= 0;
    }
}
