package org.ras4j.codec;

import java.util.ArrayList;
import java.util.List;

/**
 * The versions of {@code RASCONNSTATUS}, named after the {@code WINVER} that introduced them; each
 * adds members at the end of (or widens a member of) the previous one.
 */
public enum RasConnStatusVersion {
    /** Windows NT 3.51: a 32-character device name ({@code RAS_MaxDeviceName} before 0x400). */
    V351,
    /** {@code WINVER 0x400}: the device name grows to 128 characters. */
    V400,
    /** {@code WINVER 0x401}: {@code szPhoneNumber}. */
    V401,
    /** Windows 7 ({@code WINVER 0x601}): tunnel end points and {@code rasconnsubstate}. */
    V601;

    /** {@code RAS_MaxDeviceName} before {@code WINVER 0x400}. */
    public static final int MAX_DEVICE_NAME_V351 = 32;
    /** {@code RAS_MaxPhoneNumber}. */
    public static final int MAX_PHONE_NUMBER = 128;

    /** {@return the newest version} */
    public static RasConnStatusVersion newest() {
        return V601;
    }

    /** {@return the version before this one, or {@code null} for {@link #V351}} */
    public RasConnStatusVersion previous() {
        return ordinal() == 0 ? null : values()[ordinal() - 1];
    }

    /**
     * {@return whether this version is {@code other} or newer}
     *
     * @param other the version to compare with
     */
    public boolean atLeast(RasConnStatusVersion other) {
        return compareTo(other) >= 0;
    }

    List<FieldSpec<RasConnStatusField>> fields() {
        List<FieldSpec<RasConnStatusField>> fields = new ArrayList<>();
        fields.add(FieldSpec.scalar(RasConnStatusField.DW_SIZE, FieldType.DWORD));
        fields.add(FieldSpec.scalar(RasConnStatusField.CONN_STATE, FieldType.DWORD));
        fields.add(FieldSpec.scalar(RasConnStatusField.ERROR, FieldType.DWORD));
        fields.add(FieldSpec.text(RasConnStatusField.DEVICE_TYPE, RasConnVersion.MAX_DEVICE_TYPE + 1));
        int deviceName = this == V351 ? MAX_DEVICE_NAME_V351 : RasConnVersion.MAX_DEVICE_NAME;
        fields.add(FieldSpec.text(RasConnStatusField.DEVICE_NAME, deviceName + 1));
        if (atLeast(V401)) {
            fields.add(FieldSpec.text(RasConnStatusField.PHONE_NUMBER, MAX_PHONE_NUMBER + 1));
        }
        if (atLeast(V601)) {
            fields.add(FieldSpec.scalar(RasConnStatusField.LOCAL_END_POINT, FieldType.TUNNEL_ENDPOINT));
            fields.add(FieldSpec.scalar(RasConnStatusField.REMOTE_END_POINT, FieldType.TUNNEL_ENDPOINT));
            fields.add(FieldSpec.scalar(RasConnStatusField.CONN_SUB_STATE, FieldType.DWORD));
        }
        return fields;
    }
}
