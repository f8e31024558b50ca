package org.ras4j;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * One active RAS connection as {@code RasEnumConnections} reports it in a {@code RASCONN}.
 *
 * <p>Members that the structure version in use does not carry are empty, never fake zeros: a
 * {@code RASCONN} of Windows NT 3.51 has only the handle and a 20-character entry name, one of
 * Windows 2000 has no flags, LUID or correlation id. Records of this type are immutable.
 *
 * @param handle        {@code hrasconn}
 * @param entryName     {@code szEntryName}: the phone-book entry, or {@code .} followed by the
 *                      phone number for a connection dialled without an entry
 * @param deviceType    {@code szDeviceType} (since {@code WINVER 0x400}), e.g. {@code vpn}
 * @param deviceName    {@code szDeviceName} (since {@code WINVER 0x400})
 * @param phonebook     {@code szPhonebook}: the phone-book file's path (since 0x401)
 * @param subEntry      {@code dwSubEntry}: the 1-based sub-entry of a multilink entry (since 0x401)
 * @param entryId       {@code guidEntry} (Windows 2000 and later)
 * @param flags         {@code dwFlags} (Windows XP and later)
 * @param luid          {@code luid}: the owner's logon session (Windows XP and later)
 * @param correlationId {@code guidCorrelationId} (Windows Vista and later)
 */
public record RasConnection(
        RasHandle handle,
        String entryName,
        Optional<String> deviceType,
        Optional<String> deviceName,
        Optional<String> phonebook,
        OptionalInt subEntry,
        Optional<UUID> entryId,
        Optional<ConnectionFlags> flags,
        Optional<Luid> luid,
        Optional<UUID> correlationId) {

    /** The prefix Windows puts before the phone number of a connection made without an entry. */
    public static final String PHONE_NUMBER_PREFIX = ".";

    /**
     * Checks that no member is {@code null}.
     *
     * @param handle        {@code hrasconn}
     * @param entryName     {@code szEntryName}
     * @param deviceType    {@code szDeviceType}, empty for a version without it
     * @param deviceName    {@code szDeviceName}, empty for a version without it
     * @param phonebook     {@code szPhonebook}, empty for a version without it
     * @param subEntry      {@code dwSubEntry}, empty for a version without it
     * @param entryId       {@code guidEntry}, empty for a version without it
     * @param flags         {@code dwFlags}, empty for a version without it
     * @param luid          {@code luid}, empty for a version without it
     * @param correlationId {@code guidCorrelationId}, empty for a version without it
     * @throws NullPointerException if a member is {@code null}
     */
    public RasConnection {
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(entryName, "entryName");
        Objects.requireNonNull(deviceType, "deviceType");
        Objects.requireNonNull(deviceName, "deviceName");
        Objects.requireNonNull(phonebook, "phonebook");
        Objects.requireNonNull(subEntry, "subEntry");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(luid, "luid");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /**
     * {@return a builder for a connection with this handle and entry name and no other member}
     *
     * @param handle    {@code hrasconn}
     * @param entryName {@code szEntryName}
     */
    public static Builder builder(RasHandle handle, String entryName) {
        return new Builder(handle, entryName);
    }

    /** {@return a builder that starts from this connection's members} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * {@return whether the connection was made without a phone-book entry} Windows then reports
     * {@code .} followed by the number dialled as its entry name.
     */
    public boolean isPhoneNumberConnection() {
        return entryName.startsWith(PHONE_NUMBER_PREFIX) && entryName.length() > PHONE_NUMBER_PREFIX.length();
    }

    /** {@return the number dialled, for a connection made without a phone-book entry} */
    public Optional<String> phoneNumber() {
        return isPhoneNumberConnection()
                ? Optional.of(entryName.substring(PHONE_NUMBER_PREFIX.length()))
                : Optional.empty();
    }

    /** Builds {@link RasConnection}s; members not set stay empty. */
    public static final class Builder {
        private RasHandle handle;
        private String entryName;
        private Optional<String> deviceType = Optional.empty();
        private Optional<String> deviceName = Optional.empty();
        private Optional<String> phonebook = Optional.empty();
        private OptionalInt subEntry = OptionalInt.empty();
        private Optional<UUID> entryId = Optional.empty();
        private Optional<ConnectionFlags> flags = Optional.empty();
        private Optional<Luid> luid = Optional.empty();
        private Optional<UUID> correlationId = Optional.empty();

        private Builder(RasHandle handle, String entryName) {
            this.handle = Objects.requireNonNull(handle, "handle");
            this.entryName = Objects.requireNonNull(entryName, "entryName");
        }

        private Builder(RasConnection c) {
            this(c.handle, c.entryName);
            deviceType = c.deviceType;
            deviceName = c.deviceName;
            phonebook = c.phonebook;
            subEntry = c.subEntry;
            entryId = c.entryId;
            flags = c.flags;
            luid = c.luid;
            correlationId = c.correlationId;
        }

        /**
         * Sets {@code hrasconn}.
         *
         * @param value the connection's handle
         * @return this builder
         */
        public Builder handle(RasHandle value) {
            handle = Objects.requireNonNull(value, "handle");
            return this;
        }

        /**
         * Sets {@code szEntryName}.
         *
         * @param value the entry name, or {@code .} followed by the number dialled
         * @return this builder
         */
        public Builder entryName(String value) {
            entryName = Objects.requireNonNull(value, "entryName");
            return this;
        }

        /**
         * Sets {@code szDeviceType} (RASCONN V400 and later).
         *
         * @param value the device type, e.g. {@code vpn}
         * @return this builder
         */
        public Builder deviceType(String value) {
            deviceType = Optional.of(value);
            return this;
        }

        /**
         * Sets {@code szDeviceName} (RASCONN V400 and later).
         *
         * @param value the device name
         * @return this builder
         */
        public Builder deviceName(String value) {
            deviceName = Optional.of(value);
            return this;
        }

        /**
         * Sets {@code szPhonebook} (RASCONN V401 and later).
         *
         * @param value the phone-book file's path
         * @return this builder
         */
        public Builder phonebook(String value) {
            phonebook = Optional.of(value);
            return this;
        }

        /**
         * Sets {@code dwSubEntry} (RASCONN V401 and later).
         *
         * @param value the 1-based sub-entry
         * @return this builder
         */
        public Builder subEntry(int value) {
            subEntry = OptionalInt.of(value);
            return this;
        }

        /**
         * Sets {@code guidEntry} (RASCONN V500 and later).
         *
         * @param value the entry's GUID
         * @return this builder
         */
        public Builder entryId(UUID value) {
            entryId = Optional.of(value);
            return this;
        }

        /**
         * Sets {@code dwFlags} (RASCONN V501 and later).
         *
         * @param value the flags
         * @return this builder
         */
        public Builder flags(ConnectionFlags value) {
            flags = Optional.of(value);
            return this;
        }

        /**
         * Sets {@code luid} (RASCONN V501 and later).
         *
         * @param value the owner's logon session
         * @return this builder
         */
        public Builder luid(Luid value) {
            luid = Optional.of(value);
            return this;
        }

        /**
         * Sets {@code guidCorrelationId} (RASCONN V600 and later).
         *
         * @param value the correlation GUID
         * @return this builder
         */
        public Builder correlationId(UUID value) {
            correlationId = Optional.of(value);
            return this;
        }


        /** {@return the connection with the members set so far} */
        public RasConnection build() {
            return new RasConnection(handle, entryName, deviceType, deviceName, phonebook, subEntry,
                    entryId, flags, luid, correlationId);
        }
    }
}
