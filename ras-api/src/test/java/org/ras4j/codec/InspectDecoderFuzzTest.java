package org.ras4j.codec;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.ras4j.ProjectionInfo;
import org.ras4j.RasException;

/**
 * Any bytes given to the decoders of the inspect structures give a value or a
 * {@link RasException}, never an exception from inside a buffer (an index out of bounds, an
 * arithmetic overflow): whatever a backend writes, whatever {@code *lpdwSize} and the caller's
 * address say.
 */
class InspectDecoderFuzzTest {
    private final RasStatsCodec stats = RasStatsCodec.create();
    private final RasPppIpCodec ip = RasPppIpCodec.withAnsiCharset(CodecArbitraries.CP1252);
    private final RasPppIpv6Codec ipv6 = RasPppIpv6Codec.create();
    private final ProjectionInfoCodec info = ProjectionInfoCodec.create();

    private static void valueOrRasException(Runnable decode) {
        try {
            decode.run();
        } catch (RasException expected) {
            // refused with a Win32 code: what bad input must give
        } catch (RuntimeException e) {
            fail("a decoder threw " + e + " instead of a RasException", e);
        }
    }

    @Property(tries = 400)
    void randomBytes(@ForAll @Size(max = 400) byte[] bytes, @ForAll boolean plausible, @ForAll boolean x64,
            @ForAll @IntRange(min = 0, max = 5) int pick, @ForAll long returned, @ForAll long address) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        Abi abi = x64 ? Abi.X64 : Abi.X86;
        RasPppIpLayout layout = RasPppIpLayout.of(RasPppIpVersion.values()[pick % 3], RasCharset.values()[pick % 2],
                abi);
        if (plausible && bytes.length >= 8) {
            // Headers that pass the first checks, so that the decoders reach the members.
            buffer.putInt(0, pick < 2 ? 60 : pick < 4 ? layout.size() : ProjectionInfo.RASAPIVERSION_601);
            buffer.putInt(4, 1 + pick % 2);
        }
        valueOrRasException(() -> stats.decode(buffer));
        valueOrRasException(() -> ip.decode(buffer, layout));
        valueOrRasException(() -> ipv6.decode(buffer));
        valueOrRasException(() -> info.decode(buffer, RasProjectionInfoLayout.of(abi), returned, address));
        valueOrRasException(() -> info.decode(buffer, RasProjectionInfoLayout.of(abi), bytes.length, address));
    }

    @Property(tries = 300)
    void liesAboutTheServerAddressArrays(@ForAll int count4, @ForAll long pointer4, @ForAll int count6,
            @ForAll long pointer6, @ForAll @IntRange(min = 108, max = 300) int returned, @ForAll boolean x64) {
        Abi abi = x64 ? Abi.X64 : Abi.X86;
        RasProjectionInfoLayout layout = RasProjectionInfoLayout.of(abi);
        ByteBuffer buffer = ByteBuffer.allocate(300).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(0, ProjectionInfo.RASAPIVERSION_601).putInt(4, ProjectionInfo.TYPE_IKEV2);
        buffer.putInt(layout.offset(RasProjectionInfoField.IKEV2_NUM_IPV4_SERVER_ADDRESSES), count4);
        buffer.putInt(layout.offset(RasProjectionInfoField.IKEV2_NUM_IPV6_SERVER_ADDRESSES), count6);
        if (x64) {
            buffer.putLong(layout.offset(RasProjectionInfoField.IKEV2_IPV4_SERVER_ADDRESSES), pointer4);
            buffer.putLong(layout.offset(RasProjectionInfoField.IKEV2_IPV6_SERVER_ADDRESSES), pointer6);
        } else {
            buffer.putInt(layout.offset(RasProjectionInfoField.IKEV2_IPV4_SERVER_ADDRESSES), (int) pointer4);
            buffer.putInt(layout.offset(RasProjectionInfoField.IKEV2_IPV6_SERVER_ADDRESSES), (int) pointer6);
        }
        valueOrRasException(() -> info.decode(buffer, layout, returned, 0x1_0000));
        valueOrRasException(() -> info.decode(buffer, layout, returned, pointer4 - 120));
    }
}
