package org.ras4j.codec;

/**
 * Where each {@code RASCONN} member of one layout is, read from the layout once when the layout is
 * made, so that decoding looks nothing up per entry or per call: an offset or length is
 * {@link #ABSENT} for a member the layout lacks. The layout stays the one source of these numbers.
 */
final class RasConnOffsets {
    /** The offset and length of a member the layout lacks. */
    static final int ABSENT = -1;

    final int size;
    final Abi abi;
    final int handle;
    final int entryName;
    final int entryNameLength;
    final int deviceType;
    final int deviceTypeLength;
    final int deviceName;
    final int deviceNameLength;
    final int phonebook;
    final int phonebookLength;
    final int subEntry;
    final int guidEntry;
    final int flags;
    final int luid;
    final int correlationId;

    RasConnOffsets(RasConnLayout layout) {
        size = layout.size();
        abi = layout.abi();
        handle = layout.offset(RasConnField.HRASCONN);
        entryName = layout.offset(RasConnField.ENTRY_NAME);
        entryNameLength = layout.length(RasConnField.ENTRY_NAME);
        deviceType = offset(layout, RasConnField.DEVICE_TYPE);
        deviceTypeLength = length(layout, RasConnField.DEVICE_TYPE);
        deviceName = offset(layout, RasConnField.DEVICE_NAME);
        deviceNameLength = length(layout, RasConnField.DEVICE_NAME);
        phonebook = offset(layout, RasConnField.PHONEBOOK);
        phonebookLength = length(layout, RasConnField.PHONEBOOK);
        subEntry = offset(layout, RasConnField.SUB_ENTRY);
        guidEntry = offset(layout, RasConnField.GUID_ENTRY);
        flags = offset(layout, RasConnField.FLAGS);
        luid = offset(layout, RasConnField.LUID);
        correlationId = offset(layout, RasConnField.CORRELATION_ID);
    }

    private static int offset(RasConnLayout layout, RasConnField field) {
        return layout.has(field) ? layout.offset(field) : ABSENT;
    }

    private static int length(RasConnLayout layout, RasConnField field) {
        return layout.has(field) ? layout.length(field) : ABSENT;
    }
}
