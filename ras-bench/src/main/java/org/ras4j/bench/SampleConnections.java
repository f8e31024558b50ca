package org.ras4j.bench;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ras4j.ConnectionFlag;
import org.ras4j.ConnectionFlags;
import org.ras4j.Luid;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasConnVersion;

/**
 * The connections every benchmark decodes: realistic {@code RASCONN} members of Windows Vista and
 * later (every member of the {@code V600} layout set), deterministic, ASCII-only so that the
 * {@code A} and {@code W} layouts hold the same text.
 */
public final class SampleConnections {
    /** The ANSI code page of the {@code A} benchmarks: Windows' default for Western locales. */
    public static final Charset ANSI = Charset.forName("windows-1252");

    private static final String PHONEBOOK = "C:\\ProgramData\\Microsoft\\Network\\Connections\\Pbk\\rasphone.pbk";
    private static final long HANDLE_BASE = 0x0000_01D4_5F20_0000L;

    private SampleConnections() {
    }

    /** {@code count} distinct connections whose text members are as long as {@code names} says. */
    public static List<RasConnection> of(int count, NameLength names) {
        List<RasConnection> connections = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            connections.add(connection(i, names.isMax(i)));
        }
        return List.copyOf(connections);
    }

    private static RasConnection connection(int i, boolean max) {
        return RasConnection.builder(RasHandle.of(HANDLE_BASE + 0x10L * i), entryName(i, max))
                .deviceType(max ? fill("vpn-", i, RasConnVersion.MAX_DEVICE_TYPE) : "vpn")
                .deviceName(max ? fill("WAN Miniport (IKEv2) ", i, RasConnVersion.MAX_DEVICE_NAME)
                        : "WAN Miniport (IKEv2)")
                .phonebook(max ? fill("C:\\Users\\Public\\Pbk\\", i, RasConnVersion.MAX_PATH - 1) : PHONEBOOK)
                .subEntry(1 + i % 3)
                .entryId(new UUID(0x6BA3_11E0_0000_4A6BL + i, 0x8E3C_0242_AC13_0002L ^ i))
                .flags(i % 4 == 0 ? ConnectionFlags.of(ConnectionFlag.ALL_USERS, ConnectionFlag.GLOBAL_CREDS)
                        : ConnectionFlags.of(ConnectionFlag.OWNER_KNOWN, ConnectionFlag.OWNER_MATCH))
                .luid(new Luid(0x0004_2A17 + i, 0))
                .correlationId(new UUID(0x1F2E_3D4C_5B6A_0000L + i, 0xA5A5_0000_0000_0000L + i))
                .build();
    }

    private static String entryName(int i, boolean max) {
        return max ? fill("Contoso Corporate Remote Access ", i, RasConnVersion.MAX_ENTRY_NAME) : "Office VPN " + i;
    }

    /** {@code prefix}, the index, then filler characters up to exactly {@code length} characters. */
    private static String fill(String prefix, int i, int length) {
        StringBuilder text = new StringBuilder(length).append(prefix).append(i).append(' ');
        for (int c = 0; text.length() < length; c++) {
            text.append((char) ('a' + c % 26));
        }
        return text.substring(0, length);
    }
}
