package org.ras4j.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.ras4j.ConnectionState;
import org.ras4j.ConnectionStatus;
import org.ras4j.RasHandle;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasConnLayout;
import org.ras4j.codec.RasConnStatusCodec;
import org.ras4j.codec.RasConnStatusLayout;
import org.ras4j.codec.RasConnStatusVersion;
import org.ras4j.codec.RasConnVersion;
import org.ras4j.spi.DwordRef;
import org.ras4j.spi.WindowsProfile;

/** The argument checks of §2 and the answers of §3, over every profile and every combination. */
class CallPropertiesTest {
    private static final int UNTOUCHED = 0xDEADBEEF;

    @Provide
    Arbitrary<WindowsProfile> profiles() {
        return Arbitraries.of(WindowsProfile.all());
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
    @Label("§2 NULL pointers and bad dwSize: 87/632 in the profile's order, nothing written on failure")
    void validationOrderAndNoWriteOnFailure(@ForAll("profiles") WindowsProfile profile, @ForAll RasCharset charset,
            @ForAll boolean nullBuffer, @ForAll boolean nullLpcb, @ForAll boolean nullCount,
            @ForAll @IntRange(max = 2) int dwSizeKind, @ForAll @IntRange(max = 3) int connections) {
        SimulatedRas ras = SimulatedRas.builder(profile).build();
        for (int i = 0; i < connections; i++) {
            ras.connect(Samples.vpn("C" + i));
        }
        int dwSize = dwSize(profile, charset, dwSizeKind);
        boolean accepted = RasConnLayout.forSize(dwSize, charset, profile.abi())
                .filter(l -> profile.connVersions(charset).contains(l.version())).isPresent();
        ByteBuffer buffer = nullBuffer ? null : Samples.withDwSize(8192, dwSize);
        DwordRef lpcb = nullLpcb ? null : DwordRef.of(8192);
        DwordRef count = nullCount ? null : DwordRef.of(UNTOUCHED);

        int code = ras.enumConnections(charset, buffer, lpcb, count);

        boolean pointersBad = nullLpcb || nullCount;
        boolean sizeBad = nullBuffer ? profile.sizeQuery() == WindowsProfile.SizeQuery.NULL_BUFFER_INVALID_SIZE : !accepted;
        boolean pointersFirst = profile.validationOrder(charset) == WindowsProfile.ValidationOrder.POINTERS_THEN_SIZE;
        int expected = pointersFirst
                ? (pointersBad ? 87 : sizeBad ? 632 : -1)
                : (sizeBad ? 632 : pointersBad ? 87 : -1);
        if (expected == -1) {
            assertTrue(code == 0 || code == 603, "code " + code);
            return;
        }
        assertEquals(expected, code);
        if (lpcb != null) {
            assertEquals(8192, lpcb.get());
        }
        if (count != null) {
            assertEquals(UNTOUCHED, count.get());
        }
        if (buffer != null) {
            assertTrue(Samples.untouchedFrom(buffer, 4));
        }
    }

    /** 0: the profile's newest accepted size; 1: a version it does not accept, if any; 2: no version's size. */
    private static int dwSize(WindowsProfile profile, RasCharset charset, int kind) {
        if (kind == 1) {
            for (RasConnVersion version : RasConnVersion.values()) {
                if (!profile.connVersions(charset).contains(version)) {
                    return RasConnLayout.of(version, charset, profile.abi()).size();
                }
            }
        }
        int newest = RasConnLayout.of(profile.newestConnVersion(charset), charset, profile.abi()).size();
        return kind == 0 ? newest : newest + 2;
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
    @Label("§3 every accepted RASCONNSTATUS version: state, dwError, device and later members as documented")
    void statusInEveryVersion(@ForAll("profiles") WindowsProfile profile, @ForAll RasCharset charset,
            @ForAll @IntRange(max = 3) int versionPick, @ForAll @IntRange(max = 3) int life,
            @ForAll @IntRange(min = 600, max = 1000) int reason) {
        SimulatedRas ras = SimulatedRas.builder(profile).build();
        String device = "WAN Miniport (IKEv2) number " + reason + " of a long list";
        RasHandle connection = ras.connectMultilink(
                Samples.vpn("Office").toBuilder().deviceName(device).build(), StatusDetails.ofPhoneNumber("5551234"), 1);
        RasHandle link = ras.connection(connection).orElseThrow().subEntryHandles().get(0);
        RasHandle asked = life == 3 ? link : connection;
        if (life == 0) {
            ras.hangUpAll();
            asked = ras.dial(Samples.vpn("Office").toBuilder().deviceName(device).build(),
                    StatusDetails.ofPhoneNumber("5551234"), ConnectionState.of(reason % 24));
        } else if (life == 2) {
            ras.drop(connection, reason);
        } else if (life == 3) {
            ras.hangUp(link);
        }
        List<RasConnStatusVersion> accepted = List.copyOf(profile.statusVersions(charset));
        RasConnStatusLayout layout = RasConnStatusLayout.of(accepted.get(versionPick % accepted.size()), charset,
                profile.abi());
        ByteBuffer buffer = Samples.withDwSize(layout.size() + 32, layout.size());

        assertEquals(0, ras.getConnectStatus(charset, asked, buffer));

        ConnectionStatus status = RasConnStatusCodec.withAnsiCharset(profile.ansiCharset()).decode(buffer, layout);
        ConnectionState expectedState = life == 0 ? ConnectionState.of(reason % 24)
                : life == 1 ? ConnectionState.CONNECTED : ConnectionState.DISCONNECTED;
        assertEquals(expectedState, status.state());
        assertEquals(life == 2 ? reason : 0, status.errorCode());
        assertEquals("vpn", status.deviceType());
        int deviceChars = layout.version() == RasConnStatusVersion.V351 ? 32 : device.length();
        assertEquals(device.substring(0, deviceChars), status.deviceName());
        assertEquals(layout.version().atLeast(RasConnStatusVersion.V401) ? Optional.of("5551234") : Optional.empty(),
                status.phoneNumber());
        assertEquals(layout.version().atLeast(RasConnStatusVersion.V601), status.localEndPoint().isPresent());
        assertTrue(Samples.untouchedFrom(buffer, layout.size()));
    }
}
