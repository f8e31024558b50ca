package org.ras4j.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.ras4j.ConnectionProjection;
import org.ras4j.ConnectionStatistics;
import org.ras4j.Ikev2Projection;
import org.ras4j.IpProjection;
import org.ras4j.Ipv6Projection;
import org.ras4j.PppProjection;

/**
 * The JSON form of what inspecting a connection reports: {@code statistics} with every
 * {@code RAS_STATS} member, and {@code projection} with one object per protocol ({@code ipv4},
 * {@code ipv6} from {@code RasGetProjectionInfo}; {@code ppp}, {@code ikev2} from
 * {@code RasGetProjectionInfoEx}), addresses as literals. Whatever the backend or the Windows version
 * does not report is {@code null}; the keys never change.
 */
final class InspectJson {
    private InspectJson() {
    }

    /** Adds {@code statistics} and {@code projection} to {@code json}. */
    static void addTo(JsonObject json, Inspection inspection) {
        json.add("statistics", inspection.statistics().<JsonElement>map(InspectJson::statistics)
                .orElse(JsonNull.INSTANCE));
        json.add("projection", inspection.projection().<JsonElement>map(InspectJson::projection)
                .orElse(JsonNull.INSTANCE));
    }

    static JsonObject statistics(ConnectionStatistics s) {
        JsonObject json = new JsonObject();
        json.addProperty("bytesSent", s.bytesSent());
        json.addProperty("bytesReceived", s.bytesReceived());
        json.addProperty("framesSent", s.framesSent());
        json.addProperty("framesReceived", s.framesReceived());
        json.addProperty("crcErrors", s.crcErrors());
        json.addProperty("timeoutErrors", s.timeoutErrors());
        json.addProperty("alignmentErrors", s.alignmentErrors());
        json.addProperty("hardwareOverrunErrors", s.hardwareOverrunErrors());
        json.addProperty("framingErrors", s.framingErrors());
        json.addProperty("bufferOverrunErrors", s.bufferOverrunErrors());
        json.addProperty("compressionRatioIn", s.compressionRatioIn());
        json.addProperty("compressionRatioOut", s.compressionRatioOut());
        json.addProperty("bitsPerSecond", s.bitsPerSecond());
        json.addProperty("connectDurationMillis", s.connectDuration().toMillis());
        return json;
    }

    static JsonObject projection(ConnectionProjection p) {
        JsonObject json = new JsonObject();
        json.add("ipv4", p.ip().<JsonElement>map(InspectJson::ip).orElse(JsonNull.INSTANCE));
        json.add("ipv6", p.ipv6().<JsonElement>map(InspectJson::ipv6).orElse(JsonNull.INSTANCE));
        json.add("ppp", p.ppp().<JsonElement>map(InspectJson::ppp).orElse(JsonNull.INSTANCE));
        json.add("ikev2", p.ikev2().<JsonElement>map(InspectJson::ikev2).orElse(JsonNull.INSTANCE));
        return json;
    }

    private static JsonObject ip(IpProjection ip) {
        JsonObject json = new JsonObject();
        json.addProperty("error", Integer.toUnsignedLong(ip.error()));
        json.add("address", address(ip.address()));
        json.add("serverAddress", address(ip.serverAddress()));
        json.add("options", ip.options().isPresent() ? new JsonPrimitive(Integer.toUnsignedLong(ip.options().getAsInt()))
                : JsonNull.INSTANCE);
        json.add("serverOptions", ip.serverOptions().isPresent()
                ? new JsonPrimitive(Integer.toUnsignedLong(ip.serverOptions().getAsInt())) : JsonNull.INSTANCE);
        return json;
    }

    private static JsonObject ipv6(Ipv6Projection v6) {
        JsonObject json = new JsonObject();
        json.addProperty("error", Integer.toUnsignedLong(v6.error()));
        json.addProperty("localInterfaceIdentifier", Ipv6Projection.format(v6.localInterfaceIdentifier()));
        json.addProperty("peerInterfaceIdentifier", Ipv6Projection.format(v6.peerInterfaceIdentifier()));
        json.addProperty("localCompressionProtocol", v6.localCompressionProtocol());
        json.addProperty("peerCompressionProtocol", v6.peerCompressionProtocol());
        return json;
    }

    private static JsonObject ppp(PppProjection p) {
        JsonObject json = new JsonObject();
        json.addProperty("ipv4NegotiationError", Integer.toUnsignedLong(p.ipv4NegotiationError()));
        json.add("ipv4Address", address(p.ipv4Address()));
        json.add("ipv4ServerAddress", address(p.ipv4ServerAddress()));
        json.addProperty("ipv4Options", Integer.toUnsignedLong(p.ipv4Options()));
        json.addProperty("ipv4ServerOptions", Integer.toUnsignedLong(p.ipv4ServerOptions()));
        json.addProperty("ipv6NegotiationError", Integer.toUnsignedLong(p.ipv6NegotiationError()));
        json.addProperty("interfaceIdentifier", Ipv6Projection.format(p.interfaceIdentifier()));
        json.addProperty("serverInterfaceIdentifier", Ipv6Projection.format(p.serverInterfaceIdentifier()));
        json.addProperty("bundled", p.bundled());
        json.addProperty("multilink", p.multilink());
        json.addProperty("authenticationProtocol", Integer.toUnsignedLong(p.authenticationProtocol()));
        json.addProperty("authenticationData", Integer.toUnsignedLong(p.authenticationData()));
        json.addProperty("serverAuthenticationProtocol", Integer.toUnsignedLong(p.serverAuthenticationProtocol()));
        json.addProperty("serverAuthenticationData", Integer.toUnsignedLong(p.serverAuthenticationData()));
        json.addProperty("eapTypeId", Integer.toUnsignedLong(p.eapTypeId()));
        json.addProperty("serverEapTypeId", Integer.toUnsignedLong(p.serverEapTypeId()));
        json.addProperty("lcpOptions", Integer.toUnsignedLong(p.lcpOptions()));
        json.addProperty("lcpServerOptions", Integer.toUnsignedLong(p.lcpServerOptions()));
        json.addProperty("ccpError", Integer.toUnsignedLong(p.ccpError()));
        json.addProperty("ccpCompressionAlgorithm", Integer.toUnsignedLong(p.ccpCompressionAlgorithm()));
        json.addProperty("ccpServerCompressionAlgorithm", Integer.toUnsignedLong(p.ccpServerCompressionAlgorithm()));
        json.addProperty("ccpOptions", Integer.toUnsignedLong(p.ccpOptions()));
        json.addProperty("ccpServerOptions", Integer.toUnsignedLong(p.ccpServerOptions()));
        return json;
    }

    private static JsonObject ikev2(Ikev2Projection k) {
        JsonObject json = new JsonObject();
        json.addProperty("ipv4NegotiationError", Integer.toUnsignedLong(k.ipv4NegotiationError()));
        json.add("ipv4Address", address(k.ipv4Address()));
        json.add("ipv4ServerAddress", address(k.ipv4ServerAddress()));
        json.addProperty("ipv6NegotiationError", Integer.toUnsignedLong(k.ipv6NegotiationError()));
        json.add("ipv6Address", address(k.ipv6Address()));
        json.add("ipv6ServerAddress", address(k.ipv6ServerAddress()));
        json.addProperty("prefixLength", Integer.toUnsignedLong(k.prefixLength()));
        json.addProperty("authenticationProtocol", Integer.toUnsignedLong(k.authenticationProtocol()));
        json.addProperty("eapTypeId", Integer.toUnsignedLong(k.eapTypeId()));
        json.addProperty("flags", Integer.toUnsignedLong(k.flags()));
        json.addProperty("encryptionMethod", Integer.toUnsignedLong(k.encryptionMethod()));
        json.addProperty("ipv4ServerAddressCount", Integer.toUnsignedLong(k.ipv4ServerAddressCount()));
        json.add("ipv4ServerAddresses", list(k.ipv4ServerAddresses()));
        json.addProperty("ipv6ServerAddressCount", Integer.toUnsignedLong(k.ipv6ServerAddressCount()));
        json.add("ipv6ServerAddresses", list(k.ipv6ServerAddresses()));
        return json;
    }

    private static JsonElement address(Optional<? extends InetAddress> address) {
        return address.<JsonElement>map(a -> new JsonPrimitive(AddressText.of(a))).orElse(JsonNull.INSTANCE);
    }

    private static JsonElement list(Optional<? extends List<? extends InetAddress>> addresses) {
        if (addresses.isEmpty()) {
            return JsonNull.INSTANCE;
        }
        JsonArray array = new JsonArray();
        addresses.get().forEach(a -> array.add(AddressText.of(a)));
        return array;
    }
}
