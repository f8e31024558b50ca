package org.ras4j.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Scenario files the CLI tests run against. */
final class Scenarios {
    private Scenarios() {
    }

    /**
     * A connection dialled without an entry ({@code .} + number), a multilink entry of two links and
     * an entry with a non-ASCII name, on Windows 10 x64.
     */
    static final String THREE_KINDS = """
            {
              "profile": "windows10x64",
              "connections": [
                {"entryName": ".5550123", "deviceType": "modem", "deviceName": "Standard 56000 bps Modem",
                 "subEntry": 1},
                {"entryName": "ISDN-Bündel", "deviceType": "isdn", "deviceName": "ISDN channel",
                 "phonebook": "C:\\\\ProgramData\\\\Microsoft\\\\Network\\\\Connections\\\\Pbk\\\\rasphone.pbk",
                 "subEntry": 1, "flags": ["ALL_USERS"], "links": 2},
                {"entryName": "Büro-VPN", "deviceType": "vpn", "deviceName": "WAN Miniport (IKEv2)",
                 "subEntry": 1, "entryId": "a3c1f9e2-7d54-4b8a-9e20-1f6b3c8d2a71",
                 "flags": ["GLOBAL_CREDS"], "luid": {"highPart": 1, "lowPart": 4294967295},
                 "correlationId": "4f8d2b6e-0a9c-4e3b-b7d1-5c2e9a0f6b83", "phoneNumber": "vpn.example.com",
                 "localEndPoint": "192.0.2.10", "remoteEndPoint": "2001:db8::1", "subState": 1}
              ]
            }
            """;

    /** Writes {@code json} to a file {@code name} in {@code dir}. */
    static Path write(Path dir, String name, String json) {
        try {
            return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
