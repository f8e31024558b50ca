package org.ras4j.cli;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ras4j.ConnectionProjection;
import org.ras4j.ConnectionStatistics;
import org.ras4j.Ikev2Projection;
import org.ras4j.Ipv6Projection;
import org.ras4j.PppProjection;

/**
 * The lines {@code ras4j status} prints about what inspecting a connection reports: its IPv4 and
 * IPv6 addresses (from {@code RasGetProjectionInfoEx} where it answers, else from
 * {@code RasGetProjectionInfo}) and its traffic; {@code -} where there is none.
 */
final class InspectText {
    private InspectText() {
    }

    /** {@code {label, value}} pairs: {@code IPv4}, {@code IPv6}, {@code Traffic}. */
    static List<String[]> lines(Inspection inspection) {
        List<String[]> lines = new ArrayList<>();
        Optional<ConnectionProjection> p = inspection.projection();
        lines.add(new String[] {"IPv4", p.map(InspectText::ipv4).orElse("-")});
        lines.add(new String[] {"IPv6", p.map(InspectText::ipv6).orElse("-")});
        lines.add(new String[] {"Traffic", inspection.statistics().map(InspectText::traffic).orElse("-")});
        return lines;
    }

    private static String ipv4(ConnectionProjection p) {
        Optional<Ikev2Projection> ikev2 = p.ikev2();
        if (ikev2.isPresent() && ikev2.get().ipv4Address().isPresent()) {
            return pair(ikev2.get().ipv4Address(), ikev2.get().ipv4ServerAddress()) + " (IKEv2)";
        }
        Optional<PppProjection> ppp = p.ppp();
        if (ppp.isPresent() && ppp.get().ipv4Address().isPresent()) {
            return pair(ppp.get().ipv4Address(), ppp.get().ipv4ServerAddress()) + " (PPP)";
        }
        return p.ip().filter(ip -> ip.address().isPresent())
                .map(ip -> pair(ip.address(), ip.serverAddress()) + " (PPP)").orElse("-");
    }

    private static String ipv6(ConnectionProjection p) {
        Optional<Ikev2Projection> ikev2 = p.ikev2();
        if (ikev2.isPresent() && ikev2.get().ipv6Address().isPresent()) {
            return pair(ikev2.get().ipv6Address(), ikev2.get().ipv6ServerAddress()) + " (IKEv2)";
        }
        return p.ipv6().map(v6 -> "interface " + Ipv6Projection.format(v6.localInterfaceIdentifier()) + ", server "
                + Ipv6Projection.format(v6.peerInterfaceIdentifier()) + " (PPP)").orElse("-");
    }

    private static String pair(Optional<? extends InetAddress> client, Optional<? extends InetAddress> server) {
        return client.map(AddressText::of).orElse("-")
                + server.map(a -> ", server " + AddressText.of(a)).orElse("");
    }

    private static String traffic(ConnectionStatistics s) {
        return "sent " + s.bytesSent() + " bytes, received " + s.bytesReceived() + " bytes, " + s.bitsPerSecond()
                + " bps, connected " + duration(s.connectDuration())
                + (s.errors() == 0 ? "" : ", " + s.errors() + " errors");
    }

    /** {@code h:mm:ss}. */
    static String duration(Duration d) {
        long seconds = d.toSeconds();
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
