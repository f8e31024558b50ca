package org.ras4j.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.ras4j.Ikev2Projection;
import org.ras4j.Ipv6Projection;
import org.ras4j.PppProjection;
import org.ras4j.ProjectionInfo;
import org.ras4j.RasConnection;
import org.ras4j.RasError;
import org.ras4j.RasHandle;
import org.ras4j.codec.Abi;
import org.ras4j.codec.ProjectionInfoCodec;
import org.ras4j.codec.RasCharset;
import org.ras4j.codec.RasProjectionInfoField;
import org.ras4j.codec.RasProjectionInfoLayout;
import org.ras4j.spi.DwordRef;

/**
 * {@code RasGetProjectionInfoEx} (Windows 7 and later, docs/contract.md §8.3): the size query,
 * the PPP and the IKEv2 projection as negotiated, the server-address arrays and their pointers in
 * the caller's terms, and the codes for too little room, a wrong version, a bad handle and nothing
 * negotiated. On a profile without the function PROJ-15 checks that it answers 127.
 */
abstract class ProjectionExRequirements {
    /** The address byte 0 of a buffer stands for, and a second one (both fit x86 pointers). */
    private static final long ADDRESS = 0x1_0000L;
    private static final long OTHER_ADDRESS = 0x7FF0_0000L;
    private static final int SPARE = 32;

    private final Harness h;
    private final ProjectionInfoCodec codec = ProjectionInfoCodec.create();
    private final RasProjectionInfoLayout layout;

    ProjectionExRequirements(Harness harness) {
        this.h = harness;
        this.layout = RasProjectionInfoLayout.of(harness.abi());
    }

    private void requireEx() {
        assumeTrue(h.profile().projectionInfoEx(),
                "not applicable: " + h.profile() + " has no RasGetProjectionInfoEx (Windows 7 and later)");
    }

    private InspectOutcome call(RasHandle handle, ByteBuffer buffer, long address, DwordRef lpdwSize) {
        return InspectOutcome.call("RasGetProjectionInfoEx", buffer, lpdwSize,
                () -> h.backend().getProjectionInfoEx(handle, buffer, address, lpdwSize));
    }

    private static ByteBuffer buffer(int capacity, int version) {
        return CallerMemory.callerBuffer(capacity, version);
    }

    private RasHandle negotiated(TckFixture fixture, NegotiationSpec spec) {
        RasHandle handle = fixture.connect(ConnectionSpec.entry(spec.ikev2() ? "IKEv2 VPN" : "SSTP VPN"));
        fixture.negotiate(handle, spec);
        return handle;
    }

    /**
     * A connection {@code RasGetProjectionInfoEx} answers for: an IKEv2 one the fixture makes;
     * without a fixture that can, the first listed connection whose NULL size query answers 603
     * (and, if {@code ikev2}, whose projection is IKEv2), skipping the requirement if none does.
     */
    private RasHandle exConnection(boolean ikev2) {
        if (h.has(TckFeature.CAN_CREATE_CONNECTIONS) && h.has(TckFeature.PROJECTIONS)) {
            return negotiated(h.fixture(TckFeature.CAN_CREATE_CONNECTIONS, TckFeature.PROJECTIONS), NegotiationSpec.ikev2Vpn());
        }
        RasHandle found = null;
        for (RasConnection c : h.requireConnections(RasCharset.W, 0, 1)) {
            DwordRef size = DwordRef.of(0);
            if (found == null && call(c.handle(), null, ADDRESS, size).code() == RasError.ERROR_BUFFER_TOO_SMALL.code()
                    && (!ikev2 || fetch(c.handle(), size.get(), ADDRESS).type() == ProjectionInfo.TYPE_IKEV2)) {
                found = c.handle();
            }
        }
        assumeTrue(found != null, "needs a connection that negotiated " + (ikev2 ? "IKEv2" : "a projection")
                + ": a TckFixture with CAN_CREATE_CONNECTIONS and PROJECTIONS, or one on the machine");
        return found;
    }

    /** The size query's answer for {@code handle}: 603 and the size, at least the structure's. */
    private int needed(RasHandle handle) {
        DwordRef size = DwordRef.of(0);
        call(handle, null, ADDRESS, size).assertCode(RasError.ERROR_BUFFER_TOO_SMALL.code(),
                "RasGetProjectionInfoEx(" + handle + ", NULL, *lpdwSize 0)");
        assertTrue(size.getUnsigned() >= layout.size(), "the size needed " + size + " holds a RAS_PROJECTION_INFO");
        return size.get();
    }

    private ProjectionInfo fetch(RasHandle handle, int size, long address) {
        InspectOutcome out = call(handle, buffer(size + SPARE, ProjectionInfo.RASAPIVERSION_601), address,
                DwordRef.of(size + SPARE)).assertCode(0, "RasGetProjectionInfoEx into " + size + " bytes")
                .assertLpcb(size, "RasGetProjectionInfoEx").assertNothingWrittenFrom(size, "past *lpdwSize");
        return codec.decode(out.buffer(), layout, size, address);
    }

    @Test
    @DisplayName("PROJ-10 the NULL size query gives the size; a buffer of it with RASAPIVERSION_601 gets the negotiated PPP or IKEv2 projection")
    void sizeQueryThenFetch() {
        requireEx();
        if (!h.has(TckFeature.PROJECTIONS)) { // a connection of the machine: the size query and the fetch agree
            RasHandle any = exConnection(false);
            int type = fetch(any, needed(any), ADDRESS).type();
            assertTrue(type == ProjectionInfo.TYPE_PPP || type == ProjectionInfo.TYPE_IKEV2, "projection type " + type);
            return;
        }
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS, TckFeature.PROJECTIONS);
        NegotiationSpec ikeSpec = NegotiationSpec.ikev2Vpn();
        RasHandle ike = negotiated(fixture, ikeSpec);
        Ikev2Projection ikev2 = (Ikev2Projection) fetch(ike, needed(ike), ADDRESS);
        assertEquals(ProjectionInfo.TYPE_IKEV2, ikev2.type());
        assertEquals(List.of(ikeSpec.ipv4(), ikeSpec.ipv4Server()), List.of(ikev2.ipv4Address(), ikev2.ipv4ServerAddress()),
                "IKEv2 IPv4 addresses");
        assertEquals(List.of(ikeSpec.ipv6(), ikeSpec.ipv6Server()), List.of(ikev2.ipv6Address(), ikev2.ipv6ServerAddress()),
                "IKEv2 IPv6 addresses");
        assertEquals(List.of(ikeSpec.ipv4ServerAddresses().size(), ikeSpec.ipv6ServerAddresses().size()),
                List.of(ikev2.ipv4ServerAddressCount(), ikev2.ipv6ServerAddressCount()), "server-address counts");
        assertEquals(Optional.of(ikeSpec.ipv4ServerAddresses()), ikev2.ipv4ServerAddresses(), "IPv4 server addresses");
        assertEquals(Optional.of(ikeSpec.ipv6ServerAddresses()), ikev2.ipv6ServerAddresses(), "IPv6 server addresses");

        NegotiationSpec pppSpec = NegotiationSpec.sstp();
        RasHandle sstp = negotiated(fixture, pppSpec);
        PppProjection ppp = (PppProjection) fetch(sstp, needed(sstp), ADDRESS);
        assertEquals(List.of(pppSpec.ipv4(), pppSpec.ipv4Server()), List.of(ppp.ipv4Address(), ppp.ipv4ServerAddress()),
                "PPP IPv4 addresses");
        assertEquals(List.of(Ipv6Projection.interfaceIdentifierOf(pppSpec.ipv6().orElseThrow()),
                Ipv6Projection.interfaceIdentifierOf(pppSpec.ipv6Server().orElseThrow())),
                List.of(ppp.interfaceIdentifier(), ppp.serverInterfaceIdentifier()), "PPP interface identifiers");
    }

    @Test
    @DisplayName("PROJ-11 pointers are in the caller's terms: another address moves them by the difference, each array lies within *lpdwSize")
    void pointersFollowTheAddress() {
        requireEx();
        RasHandle ike = exConnection(true);
        int size = needed(ike);
        byte[] first = bytes(ike, size, ADDRESS);
        byte[] second = bytes(ike, size, OTHER_ADDRESS);
        List<RasProjectionInfoField> pointers = List.of(RasProjectionInfoField.IKEV2_IPV4_SERVER_ADDRESSES,
                RasProjectionInfoField.IKEV2_IPV6_SERVER_ADDRESSES);
        ByteBuffer a = ByteBuffer.wrap(first).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        ByteBuffer b = ByteBuffer.wrap(second).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (RasProjectionInfoField field : pointers) {
            long p = pointer(a, field);
            long q = pointer(b, field);
            int count = a.getInt(layout.offset(field == pointers.get(0)
                    ? RasProjectionInfoField.IKEV2_NUM_IPV4_SERVER_ADDRESSES
                    : RasProjectionInfoField.IKEV2_NUM_IPV6_SERVER_ADDRESSES));
            if (p == 0) {
                assertEquals(0, q, field + " is NULL with one address and not with the other");
                continue;
            }
            assertEquals(OTHER_ADDRESS - ADDRESS, q - p, field + " moves with the caller's address");
            long offset = p - ADDRESS;
            int element = field == pointers.get(0) ? 4 : 16;
            assertTrue(offset >= layout.size() && offset + (long) count * element <= size,
                    field + " points to " + offset + " for " + count + " addresses in " + size + " bytes");
            for (int i = 0; i < layout.length(field); i++) {
                a.put(layout.offset(field) + i, (byte) 0);
                b.put(layout.offset(field) + i, (byte) 0);
            }
        }
        assertEquals(java.util.Arrays.toString(first), java.util.Arrays.toString(second),
                "the same bytes but for the pointers");
    }

    private byte[] bytes(RasHandle handle, int size, long address) {
        InspectOutcome out = call(handle, buffer(size, ProjectionInfo.RASAPIVERSION_601), address, DwordRef.of(size))
                .assertCode(0, "RasGetProjectionInfoEx at 0x" + Long.toHexString(address));
        return CallerMemory.copy(out.buffer());
    }

    private long pointer(ByteBuffer le, RasProjectionInfoField field) {
        return h.abi() == Abi.X64 ? le.getLong(layout.offset(field))
                : Integer.toUnsignedLong(le.getInt(layout.offset(field)));
    }

    @Test
    @DisplayName("PROJ-12 *lpdwSize or the buffer below the size needed: 603 with the size, nothing written")
    void tooLittleRoom() {
        requireEx();
        RasHandle handle = exConnection(false);
        int size = needed(handle);
        for (int room : new int[] {0, 4, layout.size() - 1, size - 1}) {
            String what = "RasGetProjectionInfoEx with *lpdwSize " + room + " of " + size;
            call(handle, buffer(size + SPARE, ProjectionInfo.RASAPIVERSION_601), ADDRESS, DwordRef.of(room))
                    .assertCode(RasError.ERROR_BUFFER_TOO_SMALL.code(), what).assertLpcb(size, what)
                    .assertNothingWrittenFrom(0, what);
        }
        String what = "RasGetProjectionInfoEx into " + (size - 1) + " bytes with *lpdwSize " + (size + SPARE);
        call(handle, buffer(size - 1, ProjectionInfo.RASAPIVERSION_601), ADDRESS, DwordRef.of(size + SPARE))
                .assertCode(RasError.ERROR_BUFFER_TOO_SMALL.code(), what).assertLpcb(size, what)
                .assertNothingWrittenFrom(0, what);
    }

    @Test
    @DisplayName("PROJ-13 a version other than RASAPIVERSION_601 fails (632, or 87) and writes nothing")
    void wrongVersion() {
        requireEx();
        RasHandle handle = exConnection(false);
        int size = needed(handle);
        for (int version : new int[] {0, 1, 2, 3, 5, -1}) {
            String what = "RasGetProjectionInfoEx with version " + Integer.toUnsignedString(version);
            call(handle, buffer(size, version), ADDRESS, DwordRef.of(size))
                    .assertCodeIn(Set.of(RasError.ERROR_INVALID_SIZE.code(), RasError.ERROR_INVALID_PARAMETER.code()), what)
                    .assertUntouched(what);
        }
    }

    @Test
    @DisplayName("PROJ-14 handle 0, a handle never issued and a hung-up one return 6; nothing negotiated returns 731")
    void handlesAndNothingNegotiated() {
        requireEx();
        for (RasHandle handle : List.of(RasHandle.NULL, h.unusedHandle(RasCharset.W))) {
            String what = "RasGetProjectionInfoEx(" + handle + ")";
            call(handle, buffer(layout.size(), ProjectionInfo.RASAPIVERSION_601), ADDRESS, DwordRef.of(layout.size()))
                    .assertCode(RasError.ERROR_INVALID_HANDLE.code(), what).assertUntouched(what);
        }
        if (!h.has(TckFeature.CAN_CREATE_CONNECTIONS) || !h.has(TckFeature.CAN_HANG_UP)) {
            return; // the rest needs a TckFixture with CAN_CREATE_CONNECTIONS and CAN_HANG_UP
        }
        TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS, TckFeature.CAN_HANG_UP);
        RasHandle plain = fixture.connect(ConnectionSpec.entry("nothing negotiated"));
        String nothing = "RasGetProjectionInfoEx of a connection that negotiated nothing";
        call(plain, buffer(256, ProjectionInfo.RASAPIVERSION_601), ADDRESS, DwordRef.of(256))
                .assertCode(RasError.ERROR_PROTOCOL_NOT_CONFIGURED.code(), nothing).assertUntouched(nothing);
        fixture.hangUp(plain);
        String gone = "RasGetProjectionInfoEx of a hung-up connection";
        call(plain, buffer(256, ProjectionInfo.RASAPIVERSION_601), ADDRESS, DwordRef.of(256))
                .assertCode(RasError.ERROR_INVALID_HANDLE.code(), gone).assertUntouched(gone);
    }

    @Test
    @DisplayName("PROJ-15 where the profile lacks RasGetProjectionInfoEx (before Windows 7) it answers 127 and writes nothing")
    void absentBeforeWindows7() {
        assumeFalse(h.profile().projectionInfoEx(),
                "not applicable: " + h.profile() + " has RasGetProjectionInfoEx: PROJ-10 … 14 apply");
        RasHandle handle = h.listing(h.newest(RasCharset.W)).stream().findFirst().map(RasConnection::handle)
                .orElse(RasHandle.of(4));
        call(handle, buffer(layout.size(), ProjectionInfo.RASAPIVERSION_601), ADDRESS, DwordRef.of(layout.size()))
                .assertCode(RasError.ERROR_PROC_NOT_FOUND.code(), "RasGetProjectionInfoEx on " + h.profile())
                .assertUntouched("a function that does not exist");
    }

    @Test
    @DisplayName("PROJ-17 every listed connection: RasGetProjectionInfoEx sizes, then decodes, or answers 731")
    void everyListedConnection() {
        requireEx();
        List<RasConnection> listed;
        if (h.has(TckFeature.PROJECTIONS) && h.has(TckFeature.CAN_CREATE_CONNECTIONS)) {
            TckFixture fixture = h.fixture(TckFeature.CAN_CREATE_CONNECTIONS, TckFeature.PROJECTIONS);
            RasHandle ike = negotiated(fixture, NegotiationSpec.ikev2Vpn());
            listed = h.listingOf(List.of(ike, fixture.connect(ConnectionSpec.entry("nothing negotiated"))), RasCharset.W);
        } else {
            listed = h.requireConnections(RasCharset.W, 0, 1);
        }
        for (RasConnection c : listed) {
            DwordRef size = DwordRef.of(0);
            InspectOutcome query = call(c.handle(), null, ADDRESS, size);
            if (query.code() == RasError.ERROR_BUFFER_TOO_SMALL.code()) {
                fetch(c.handle(), size.get(), ADDRESS);
            } else if (!(query.code() == RasError.ERROR_PROTOCOL_NOT_CONFIGURED.code()
                    || h.connectionsMayVanish() && query.code() == RasError.ERROR_INVALID_HANDLE.code())) {
                fail("RasGetProjectionInfoEx(" + c.handle() + ", NULL) returned " + RasError.nameOf(query.code()));
            }
        }
    }
}
