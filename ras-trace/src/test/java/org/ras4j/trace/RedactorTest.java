package org.ras4j.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasClient;
import org.ras4j.RasConnection;
import org.ras4j.codec.RasCharset;
import org.ras4j.spi.WindowsProfile;

/** Redaction: nothing personal is left, the same value always gets the same placeholder, and the trace still works. */
class RedactorTest {
    static Stream<WindowsProfile> profiles() {
        return Stream.of(WindowsProfile.windows95x86(), WindowsProfile.windowsXpx86(), WindowsProfile.windowsVistax64(),
                WindowsProfile.windows7x64(), WindowsProfile.windows11x64());
    }

    private static Trace redacted(WindowsProfile profile) {
        return Redactor.redact(Capture.run(Machines.busy(profile), profile));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void nothingPersonalIsLeft(WindowsProfile profile) {
        String text = Trace.parse(redacted(profile).toText()).toText();
        Charset ansi = profile.ansiCharset();
        for (String secret : List.of("Büro-VPN", "Home", "5550123", "WAN Miniport (PPTP)", "Standard 56000",
                "rasphone.pbk", "vpn.example.com", "10.8.0.6", "10.8.0.1", "192.168.77.2", "198.51.100.9")) {
            for (Charset charset : List.of(ansi, StandardCharsets.UTF_16LE)) {
                String hex = HexFormat.of().formatHex(secret.getBytes(charset));
                assertFalse(text.contains(hex), secret + " in " + charset + " is still in the trace");
            }
        }
        for (String address : List.of("0a080006", "0a080001", "c0a84d02", "c6336409", "fd000000000000000000000000000006")) {
            assertFalse(text.contains(address), "address " + address + " is still in the trace");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void theRedactedTraceReplaysAndChecksClean(WindowsProfile profile) {
        Trace trace = Trace.parse(redacted(profile).toText());
        assertEquals(List.of(), TraceChecker.check(trace));
        for (RasCharset charset : RasCharset.values()) {
            ClientView view = ClientView.read(RasClient.builder(ReplayBackend.of(trace)).charset(charset)
                    .ansiCharset(profile.ansiCharset()).build());
            List<RasConnection> connections = view.connections().value().orElseThrow();
            assertFalse(connections.isEmpty());
            for (RasConnection c : connections) {
                assertTrue(c.entryName().matches("Entry-\\d{3}|\\.Phone-\\d{3}"), c.entryName());
                assertTrue(c.deviceName().orElse("Device-001").matches("Device-\\d{3}"), c.toString());
            }
        }
    }

    @Test
    void theSameValueGetsTheSamePlaceholderAndDifferentValuesDifferentOnes() {
        WindowsProfile profile = WindowsProfile.windows10x64();
        Trace trace = redacted(profile);
        TraceState state = TraceState.of(trace, profile);
        List<String> names = state.connections().stream().map(RasConnection::entryName).toList();
        assertEquals(names.size(), Set.copyOf(names).size(), "different names, different placeholders: " + names);
        assertTrue(names.contains(".Phone-001") || names.stream().anyMatch(n -> n.startsWith(".Phone-")), names.toString());
        Set<String> ansiNames = aListing(trace, profile);
        assertEquals(Set.copyOf(names), ansiNames, "A and W listings name the connections alike");
        RasConnection phone = state.connections().stream().filter(RasConnection::isPhoneNumberConnection)
                .findFirst().orElseThrow();
        ConnectionStatus status = state.of(phone.handle().bits()).status().orElseThrow();
        assertEquals(phone.phoneNumber().orElseThrow(), status.phoneNumber().orElseThrow(),
                "a connection made without an entry keeps its number in its name and its status");
        assertNotEquals(phone.entryName(), state.connections().get(0).entryName());
    }

    private static Set<String> aListing(Trace trace, WindowsProfile profile) {
        List<TraceCall> calls = new ArrayList<>();
        for (TraceCall c : trace.calls()) {
            if (c.input().charset() != RasCharset.W) {
                calls.add(new TraceCall(calls.size(), c.input(), c.output()));
            }
        }
        return TraceState.of(new Trace(trace.header(), calls), profile).connections().stream()
                .map(RasConnection::entryName).collect(Collectors.toSet());
    }
}
