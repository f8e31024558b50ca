package org.ras4j.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layouts of the structures that inspect a connection ({@link RasStatsLayout},
 * {@link RasPppIpLayout}, {@link RasPppIpv6Layout}, {@link RasProjectionInfoLayout}) against the
 * layout a C compiler gave for the same structures declared from the Windows SDK's {@code ras.h}
 * member lists ({@code src/test/c/inspect_layouts.c}, under {@code #pragma pack(4)}; the script
 * {@code scripts/gen-inspect-layout-offsets.sh} also checks every row against the SDK header itself
 * when given one): size, and the offset and length of every member, in declaration order.
 */
class InspectLayoutsAgainstCTest {
    private static final Map<String, Map<String, LayoutCsv.Member>> CSV = LayoutCsv.load("inspect-layouts.csv");

    private static final Map<RasStatsField, String> STATS_NAMES = names(RasStatsField.class, f -> switch (f) {
        case DW_SIZE -> "dwSize";
        case BYTES_XMITED -> "dwBytesXmited";
        case BYTES_RCVED -> "dwBytesRcved";
        case FRAMES_XMITED -> "dwFramesXmited";
        case FRAMES_RCVED -> "dwFramesRcved";
        case CRC_ERR -> "dwCrcErr";
        case TIMEOUT_ERR -> "dwTimeoutErr";
        case ALIGNMENT_ERR -> "dwAlignmentErr";
        case HARDWARE_OVERRUN_ERR -> "dwHardwareOverrunErr";
        case FRAMING_ERR -> "dwFramingErr";
        case BUFFER_OVERRUN_ERR -> "dwBufferOverrunErr";
        case COMPRESSION_RATIO_IN -> "dwCompressionRatioIn";
        case COMPRESSION_RATIO_OUT -> "dwCompressionRatioOut";
        case BPS -> "dwBps";
        case CONNECT_DURATION -> "dwConnectDuration";
    });

    private static final Map<RasPppIpField, String> PPPIP_NAMES = names(RasPppIpField.class, f -> switch (f) {
        case DW_SIZE -> "dwSize";
        case ERROR -> "dwError";
        case IP_ADDRESS -> "szIpAddress";
        case SERVER_IP_ADDRESS -> "szServerIpAddress";
        case OPTIONS -> "dwOptions";
        case SERVER_OPTIONS -> "dwServerOptions";
    });

    private static final Map<RasPppIpv6Field, String> PPPIPV6_NAMES = names(RasPppIpv6Field.class, f -> switch (f) {
        case DW_SIZE -> "dwSize";
        case ERROR -> "dwError";
        case LOCAL_INTERFACE_IDENTIFIER -> "bLocalInterfaceIdentifier";
        case PEER_INTERFACE_IDENTIFIER -> "bPeerInterfaceIdentifier";
        case LOCAL_COMPRESSION_PROTOCOL -> "bLocalCompressionProtocol";
        case PEER_COMPRESSION_PROTOCOL -> "bPeerCompressionProtocol";
    });

    private static final Map<RasProjectionInfoField, String> PROJECTION_NAMES =
            names(RasProjectionInfoField.class, f -> switch (f) {
                case VERSION -> "version";
                case TYPE -> "type";
                case PPP_IPV4_NEGOTIATION_ERROR -> "ppp.dwIPv4NegotiationError";
                case PPP_IPV4_ADDRESS -> "ppp.ipv4Address";
                case PPP_IPV4_SERVER_ADDRESS -> "ppp.ipv4ServerAddress";
                case PPP_IPV4_OPTIONS -> "ppp.dwIPv4Options";
                case PPP_IPV4_SERVER_OPTIONS -> "ppp.dwIPv4ServerOptions";
                case PPP_IPV6_NEGOTIATION_ERROR -> "ppp.dwIPv6NegotiationError";
                case PPP_INTERFACE_IDENTIFIER -> "ppp.bInterfaceIdentifier";
                case PPP_SERVER_INTERFACE_IDENTIFIER -> "ppp.bServerInterfaceIdentifier";
                case PPP_BUNDLED -> "ppp.fBundled";
                case PPP_MULTILINK -> "ppp.fMultilink";
                case PPP_AUTHENTICATION_PROTOCOL -> "ppp.dwAuthenticationProtocol";
                case PPP_AUTHENTICATION_DATA -> "ppp.dwAuthenticationData";
                case PPP_SERVER_AUTHENTICATION_PROTOCOL -> "ppp.dwServerAuthenticationProtocol";
                case PPP_SERVER_AUTHENTICATION_DATA -> "ppp.dwServerAuthenticationData";
                case PPP_EAP_TYPE_ID -> "ppp.dwEapTypeId";
                case PPP_SERVER_EAP_TYPE_ID -> "ppp.dwServerEapTypeId";
                case PPP_LCP_OPTIONS -> "ppp.dwLcpOptions";
                case PPP_LCP_SERVER_OPTIONS -> "ppp.dwLcpServerOptions";
                case PPP_CCP_ERROR -> "ppp.dwCcpError";
                case PPP_CCP_COMPRESSION_ALGORITHM -> "ppp.dwCcpCompressionAlgorithm";
                case PPP_CCP_SERVER_COMPRESSION_ALGORITHM -> "ppp.dwCcpServerCompressionAlgorithm";
                case PPP_CCP_OPTIONS -> "ppp.dwCcpOptions";
                case PPP_CCP_SERVER_OPTIONS -> "ppp.dwCcpServerOptions";
                case IKEV2_IPV4_NEGOTIATION_ERROR -> "ikev2.dwIPv4NegotiationError";
                case IKEV2_IPV4_ADDRESS -> "ikev2.ipv4Address";
                case IKEV2_IPV4_SERVER_ADDRESS -> "ikev2.ipv4ServerAddress";
                case IKEV2_IPV6_NEGOTIATION_ERROR -> "ikev2.dwIPv6NegotiationError";
                case IKEV2_IPV6_ADDRESS -> "ikev2.ipv6Address";
                case IKEV2_IPV6_SERVER_ADDRESS -> "ikev2.ipv6ServerAddress";
                case IKEV2_PREFIX_LENGTH -> "ikev2.dwPrefixLength";
                case IKEV2_AUTHENTICATION_PROTOCOL -> "ikev2.dwAuthenticationProtocol";
                case IKEV2_EAP_TYPE_ID -> "ikev2.dwEapTypeId";
                case IKEV2_FLAGS -> "ikev2.dwFlags";
                case IKEV2_ENCRYPTION_METHOD -> "ikev2.dwEncryptionMethod";
                case IKEV2_NUM_IPV4_SERVER_ADDRESSES -> "ikev2.numIPv4ServerAddresses";
                case IKEV2_IPV4_SERVER_ADDRESSES -> "ikev2.ipv4ServerAddresses";
                case IKEV2_NUM_IPV6_SERVER_ADDRESSES -> "ikev2.numIPv6ServerAddresses";
                case IKEV2_IPV6_SERVER_ADDRESSES -> "ikev2.ipv6ServerAddresses";
            });

    private static <F extends Enum<F>> Map<F, String> names(Class<F> type, Function<F, String> name) {
        Map<F, String> names = new EnumMap<>(type);
        for (F field : type.getEnumConstants()) {
            names.put(field, name.apply(field));
        }
        return names;
    }

    private static Map<String, LayoutCsv.Member> csv(String struct, String version, RasCharset charset, Abi abi) {
        Map<String, LayoutCsv.Member> layout = CSV.get(struct + "," + version + "," + charset + "," + abi);
        assertEquals(true, layout != null, "inspect-layouts.csv has " + struct + " " + version + " " + charset + " " + abi);
        return layout;
    }

    private static void assertSameLayout(Map<String, LayoutCsv.Member> expected, Map<String, LayoutCsv.Member> actual) {
        assertEquals(expected, actual);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()), "declaration order");
    }

    static Stream<RasPppIpLayout> pppIpLayouts() {
        List<RasPppIpLayout> layouts = new ArrayList<>();
        for (RasPppIpVersion version : RasPppIpVersion.values()) {
            for (RasCharset charset : RasCharset.values()) {
                for (Abi abi : Abi.values()) {
                    layouts.add(RasPppIpLayout.of(version, charset, abi));
                }
            }
        }
        return layouts.stream();
    }

    @Test
    void theCsvHoldsEveryInspectLayoutAndNoOther() {
        // RAS_STATS, RASPPPIPV6, RAS_PROJECTION_INFO: 4 each (charset × ABI); RASPPPIP: 3 versions × 4.
        assertEquals(4 + 12 + 4 + 4, CSV.size());
        assertEquals(12, pppIpLayouts().count());
    }

    @ParameterizedTest(name = "RAS_STATS {0} {1}")
    @MethodSource("charsetsAndAbis")
    void rasStatsMatchesTheCompiler(RasCharset charset, Abi abi) {
        RasStatsLayout layout = RasStatsLayout.get();
        Map<String, LayoutCsv.Member> actual = new LinkedHashMap<>();
        actual.put("sizeof", new LayoutCsv.Member(0, layout.size()));
        for (RasStatsField field : RasStatsField.values()) {
            actual.put(STATS_NAMES.get(field), new LayoutCsv.Member(layout.offset(field), layout.length(field)));
        }
        assertSameLayout(csv("RAS_STATS", "V500", charset, abi), actual);
        assertEquals(60, layout.size(), "sizeof(RAS_STATS): dwSize and 14 DWORDs");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pppIpLayouts")
    void rasPppIpMatchesTheCompiler(RasPppIpLayout layout) {
        Map<String, LayoutCsv.Member> actual = new LinkedHashMap<>();
        actual.put("sizeof", new LayoutCsv.Member(0, layout.size()));
        for (RasPppIpField field : RasPppIpField.values()) {
            if (layout.has(field)) {
                actual.put(PPPIP_NAMES.get(field), new LayoutCsv.Member(layout.offset(field), layout.length(field)));
            }
        }
        assertSameLayout(csv("RASPPPIP", layout.version().name(), layout.charset(), layout.abi()), actual);
    }

    @ParameterizedTest(name = "RASPPPIPV6 {0} {1}")
    @MethodSource("charsetsAndAbis")
    void rasPppIpv6MatchesTheCompiler(RasCharset charset, Abi abi) {
        RasPppIpv6Layout layout = RasPppIpv6Layout.get();
        Map<String, LayoutCsv.Member> actual = new LinkedHashMap<>();
        actual.put("sizeof", new LayoutCsv.Member(0, layout.size()));
        for (RasPppIpv6Field field : RasPppIpv6Field.values()) {
            actual.put(PPPIPV6_NAMES.get(field), new LayoutCsv.Member(layout.offset(field), layout.length(field)));
        }
        assertSameLayout(csv("RASPPPIPV6", "V600", charset, abi), actual);
    }

    @ParameterizedTest(name = "RAS_PROJECTION_INFO {0}")
    @EnumSource(Abi.class)
    void rasProjectionInfoMatchesTheCompiler(Abi abi) {
        RasProjectionInfoLayout layout = RasProjectionInfoLayout.of(abi);
        Map<String, LayoutCsv.Member> actual = new LinkedHashMap<>();
        actual.put("sizeof", new LayoutCsv.Member(0, layout.size()));
        for (RasProjectionInfoField field : RasProjectionInfoField.values()) {
            actual.put(PROJECTION_NAMES.get(field), new LayoutCsv.Member(layout.offset(field), layout.length(field)));
        }
        for (RasCharset charset : RasCharset.values()) {
            assertSameLayout(csv("RAS_PROJECTION_INFO", "V601", charset, abi), actual);
        }
    }

    @Test
    void theAnchorsOfTheUnion() {
        RasProjectionInfoLayout x86 = RasProjectionInfoLayout.of(Abi.X86);
        RasProjectionInfoLayout x64 = RasProjectionInfoLayout.of(Abi.X64);
        assertEquals(List.of(108, 108), List.of(x86.size(), x64.size()), "the ppp alternative is the larger on both");
        assertEquals(List.of(8, 8), List.of(x86.unionOffset(), x64.unionOffset()));
        assertEquals(List.of(100, 84, 92), List.of(x86.pppSize(), x86.ikev2Size(), x64.ikev2Size()));
        assertEquals(List.of(88, 92), List.of(x86.offset(RasProjectionInfoField.IKEV2_IPV6_SERVER_ADDRESSES),
                x64.offset(RasProjectionInfoField.IKEV2_IPV6_SERVER_ADDRESSES)), "a pointer is 4-aligned on x64 too");
    }

    static Stream<Object[]> charsetsAndAbis() {
        List<Object[]> pairs = new ArrayList<>();
        for (RasCharset charset : RasCharset.values()) {
            for (Abi abi : Abi.values()) {
                pairs.add(new Object[] {charset, abi});
            }
        }
        return pairs.stream();
    }
}
