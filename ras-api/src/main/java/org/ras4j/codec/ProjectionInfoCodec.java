package org.ras4j.codec;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ras4j.Ikev2Projection;
import org.ras4j.PppProjection;
import org.ras4j.ProjectionInfo;
import org.ras4j.RasError;
import org.ras4j.RasException;
import org.ras4j.spi.Buffers;

/**
 * Decodes a {@code RAS_PROJECTION_INFO} into a {@link ProjectionInfo} and encodes one, in place at
 * byte 0 of a heap or direct {@link ByteBuffer} (docs/contract.md §8, C-PROJ-05, C-PROJ-06).
 *
 * <p>The {@code ikev2} alternative points to two arrays of server addresses. A Java buffer has no
 * address of its own, so pointers are given in the terms of the port
 * ({@link org.ras4j.spi.RasBackend#getProjectionInfoEx}): {@code address} is the number that stands
 * for byte 0 of the buffer. {@link #encode} puts the arrays after the structure, IPv4 first, and
 * points to them; {@link #decode} reads an array only when its pointer, and the whole array, lie
 * after the structure and within the bytes the call returned, and reports it absent otherwise (a
 * NULL pointer, or memory the caller does not have), keeping the count.
 *
 * <p>Decoding checks that the buffer holds the structure ({@code ERROR_BUFFER_INVALID}, 610),
 * that {@code version} is {@code RASAPIVERSION_601} ({@code ERROR_INVALID_SIZE}, 632: the member
 * that names the structure's version, as {@code dwSize} does elsewhere) and that {@code type} is
 * PPP or IKEv2 (610). An address whose negotiation failed is empty; a server address of all zeros
 * is empty. Stateless and thread-safe.
 */
public final class ProjectionInfoCodec {
    private static final String DECODE = "ProjectionInfoCodec.decode";
    private static final ProjectionInfoCodec INSTANCE = new ProjectionInfoCodec();
    private static final int IPV4_BYTES = 4;
    private static final int IPV6_BYTES = 16;

    private ProjectionInfoCodec() {
    }

    /**
     * {@return the codec}
     */
    public static ProjectionInfoCodec create() {
        return INSTANCE;
    }

    /**
     * The bytes {@code RasGetProjectionInfoEx} needs for {@code info}: the structure, then the
     * server-address arrays the simulator places after it.
     *
     * @param info the info
     * @param layout the structure version, charset and ABI
     * @return the bytes {@code RasGetProjectionInfoEx} needs for {@code info}: the structure, then the server-address arrays the simulator places after it
     */
    public int requiredSize(ProjectionInfo info, RasProjectionInfoLayout layout) {
        Objects.requireNonNull(info, "info");
        long size = layout.size();
        if (info instanceof Ikev2Projection ikev2) {
            size += (long) IPV4_BYTES * ikev2.ipv4ServerAddresses().map(List::size).orElse(0)
                    + (long) IPV6_BYTES * ikev2.ipv6ServerAddresses().map(List::size).orElse(0);
        }
        return Math.toIntExact(size);
    }

    /**
     * Decodes the structure at byte 0 of {@code buffer}, of which the call returned the first
     * {@code returned} bytes ({@code *lpdwSize}), whose byte 0 stands for {@code address}.
     *
     * @param buffer the caller's buffer, any position, limit and byte order
     * @param layout the structure version, charset and ABI
     * @param returned the returned
     * @param address the address
     * @return Decodes the structure at byte 0 of {@code buffer}, of which the call returned the first {@code returned} bytes ({@code *lpdwSize}), whose byte 0 stands for {@code address}
     * @throws RasException if the buffer or {@code returned} is shorter than the structure, the
     * version is not {@code RASAPIVERSION_601}, or the type is unknown
     */
    public ProjectionInfo decode(ByteBuffer buffer, RasProjectionInfoLayout layout, long returned, long address) {
        Objects.requireNonNull(buffer, "buffer");
        Objects.requireNonNull(layout, "layout");
        long valid = Math.min(returned, buffer.capacity());
        if (valid < layout.size()) {
            throw new RasException(RasError.ERROR_BUFFER_INVALID.code(), DECODE, layout + " does not fit the "
                    + valid + " bytes returned in a buffer of " + buffer.capacity() + " bytes");
        }
        ByteBuffer le = Buffers.whole(buffer);
        int version = le.getInt(layout.offset(RasProjectionInfoField.VERSION));
        if (version != ProjectionInfo.RASAPIVERSION_601) {
            throw new RasException(RasError.ERROR_INVALID_SIZE.code(), DECODE, "version is "
                    + Integer.toUnsignedString(version) + "; " + layout + " is RASAPIVERSION_601 (4)");
        }
        int type = le.getInt(layout.offset(RasProjectionInfoField.TYPE));
        if (type == ProjectionInfo.TYPE_PPP) {
            return decodePpp(le, layout);
        }
        if (type == ProjectionInfo.TYPE_IKEV2) {
            return decodeIkev2(le, layout, valid, address);
        }
        throw new RasException(RasError.ERROR_BUFFER_INVALID.code(), DECODE,
                "type is " + Integer.toUnsignedString(type) + ", neither PROJECTION_INFO_TYPE_PPP (1) nor _IKEv2 (2)");
    }

    private static PppProjection decodePpp(ByteBuffer le, RasProjectionInfoLayout l) {
        int ipv4Error = dword(le, l, RasProjectionInfoField.PPP_IPV4_NEGOTIATION_ERROR);
        return new PppProjection(ipv4Error,
                client(ipv4Error, Addresses.readIpv4(le, l.offset(RasProjectionInfoField.PPP_IPV4_ADDRESS))),
                server(ipv4Error, Addresses.readIpv4(le, l.offset(RasProjectionInfoField.PPP_IPV4_SERVER_ADDRESS))),
                dword(le, l, RasProjectionInfoField.PPP_IPV4_OPTIONS),
                dword(le, l, RasProjectionInfoField.PPP_IPV4_SERVER_OPTIONS),
                dword(le, l, RasProjectionInfoField.PPP_IPV6_NEGOTIATION_ERROR),
                Addresses.readBigEndian(le, l.offset(RasProjectionInfoField.PPP_INTERFACE_IDENTIFIER), 8),
                Addresses.readBigEndian(le, l.offset(RasProjectionInfoField.PPP_SERVER_INTERFACE_IDENTIFIER), 8),
                dword(le, l, RasProjectionInfoField.PPP_BUNDLED) != 0,
                dword(le, l, RasProjectionInfoField.PPP_MULTILINK) != 0,
                dword(le, l, RasProjectionInfoField.PPP_AUTHENTICATION_PROTOCOL),
                dword(le, l, RasProjectionInfoField.PPP_AUTHENTICATION_DATA),
                dword(le, l, RasProjectionInfoField.PPP_SERVER_AUTHENTICATION_PROTOCOL),
                dword(le, l, RasProjectionInfoField.PPP_SERVER_AUTHENTICATION_DATA),
                dword(le, l, RasProjectionInfoField.PPP_EAP_TYPE_ID),
                dword(le, l, RasProjectionInfoField.PPP_SERVER_EAP_TYPE_ID),
                dword(le, l, RasProjectionInfoField.PPP_LCP_OPTIONS),
                dword(le, l, RasProjectionInfoField.PPP_LCP_SERVER_OPTIONS),
                dword(le, l, RasProjectionInfoField.PPP_CCP_ERROR),
                dword(le, l, RasProjectionInfoField.PPP_CCP_COMPRESSION_ALGORITHM),
                dword(le, l, RasProjectionInfoField.PPP_CCP_SERVER_COMPRESSION_ALGORITHM),
                dword(le, l, RasProjectionInfoField.PPP_CCP_OPTIONS),
                dword(le, l, RasProjectionInfoField.PPP_CCP_SERVER_OPTIONS));
    }

    private static Ikev2Projection decodeIkev2(ByteBuffer le, RasProjectionInfoLayout l, long valid, long address) {
        int ipv4Error = dword(le, l, RasProjectionInfoField.IKEV2_IPV4_NEGOTIATION_ERROR);
        int ipv6Error = dword(le, l, RasProjectionInfoField.IKEV2_IPV6_NEGOTIATION_ERROR);
        int ipv4Count = dword(le, l, RasProjectionInfoField.IKEV2_NUM_IPV4_SERVER_ADDRESSES);
        int ipv6Count = dword(le, l, RasProjectionInfoField.IKEV2_NUM_IPV6_SERVER_ADDRESSES);
        Optional<Integer> ipv4At = arrayOffset(le, l, RasProjectionInfoField.IKEV2_IPV4_SERVER_ADDRESSES,
                ipv4Count, IPV4_BYTES, valid, address);
        Optional<Integer> ipv6At = arrayOffset(le, l, RasProjectionInfoField.IKEV2_IPV6_SERVER_ADDRESSES,
                ipv6Count, IPV6_BYTES, valid, address);
        return new Ikev2Projection(ipv4Error,
                client(ipv4Error, Addresses.readIpv4(le, l.offset(RasProjectionInfoField.IKEV2_IPV4_ADDRESS))),
                server(ipv4Error, Addresses.readIpv4(le, l.offset(RasProjectionInfoField.IKEV2_IPV4_SERVER_ADDRESS))),
                ipv6Error,
                client(ipv6Error, Addresses.readIpv6(le, l.offset(RasProjectionInfoField.IKEV2_IPV6_ADDRESS))),
                server(ipv6Error, Addresses.readIpv6(le, l.offset(RasProjectionInfoField.IKEV2_IPV6_SERVER_ADDRESS))),
                dword(le, l, RasProjectionInfoField.IKEV2_PREFIX_LENGTH),
                dword(le, l, RasProjectionInfoField.IKEV2_AUTHENTICATION_PROTOCOL),
                dword(le, l, RasProjectionInfoField.IKEV2_EAP_TYPE_ID),
                dword(le, l, RasProjectionInfoField.IKEV2_FLAGS),
                dword(le, l, RasProjectionInfoField.IKEV2_ENCRYPTION_METHOD),
                ipv4Count, ipv4At.map(at -> ipv4List(le, at, ipv4Count)),
                ipv6Count, ipv6At.map(at -> ipv6List(le, at, ipv6Count)));
    }

    /**
     * Where the array a pointer member points to starts in the buffer, if the pointer is not NULL
     * and the whole array lies after the structure and within the {@code valid} bytes returned.
     */
    private static Optional<Integer> arrayOffset(ByteBuffer le, RasProjectionInfoLayout l, RasProjectionInfoField field,
            int count, int elementBytes, long valid, long address) {
        long pointer = l.abi() == Abi.X64 ? le.getLong(l.offset(field))
                : Integer.toUnsignedLong(le.getInt(l.offset(field)));
        if (pointer == 0 || Long.compareUnsigned(pointer, address) < 0) {
            return Optional.empty();
        }
        long offset = pointer - address;
        if (offset < l.size() || offset > valid) {
            return Optional.empty();
        }
        long end = offset + Integer.toUnsignedLong(count) * elementBytes;
        if (end > valid) {
            return Optional.empty();
        }
        return Optional.of((int) offset);
    }

    private static List<Inet4Address> ipv4List(ByteBuffer le, int at, int count) {
        List<Inet4Address> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(Addresses.readIpv4(le, at + IPV4_BYTES * i));
        }
        return list;
    }

    private static List<Inet6Address> ipv6List(ByteBuffer le, int at, int count) {
        List<Inet6Address> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(Addresses.readIpv6(le, at + IPV6_BYTES * i));
        }
        return list;
    }

    private static int dword(ByteBuffer le, RasProjectionInfoLayout l, RasProjectionInfoField field) {
        return le.getInt(l.offset(field));
    }

    private static <A extends java.net.InetAddress> Optional<A> client(int error, A address) {
        return error == 0 ? Optional.of(address) : Optional.empty();
    }

    private static <A extends java.net.InetAddress> Optional<A> server(int error, A address) {
        return error == 0 && !Addresses.isAny(address) ? Optional.of(address) : Optional.empty();
    }

    /**
     * {@code info} as {@link #decode} reads it back after {@link #encode}: an address whose
     * negotiation failed is empty, a missing client address of a successful negotiation is the
     * all-zero one, a server address of all zeros is empty.
     *
     * @param info the info
     * @return {@code info} as {@link #decode} reads it back after {@link #encode}: an address whose negotiation failed is empty, a missing client address of a successful negotiation is the all-zero one, a server address of all zeros is empty
     */
    public ProjectionInfo project(ProjectionInfo info) {
        Objects.requireNonNull(info, "info");
        if (info instanceof PppProjection p) {
            return new PppProjection(p.ipv4NegotiationError(),
                    clientOf(p.ipv4NegotiationError(), p.ipv4Address(), Addresses.ANY_IPV4),
                    serverOf(p.ipv4NegotiationError(), p.ipv4ServerAddress()), p.ipv4Options(), p.ipv4ServerOptions(),
                    p.ipv6NegotiationError(), p.interfaceIdentifier(), p.serverInterfaceIdentifier(), p.bundled(),
                    p.multilink(), p.authenticationProtocol(), p.authenticationData(), p.serverAuthenticationProtocol(),
                    p.serverAuthenticationData(), p.eapTypeId(), p.serverEapTypeId(), p.lcpOptions(),
                    p.lcpServerOptions(), p.ccpError(), p.ccpCompressionAlgorithm(), p.ccpServerCompressionAlgorithm(),
                    p.ccpOptions(), p.ccpServerOptions());
        }
        Ikev2Projection k = (Ikev2Projection) info;
        return new Ikev2Projection(k.ipv4NegotiationError(),
                clientOf(k.ipv4NegotiationError(), k.ipv4Address(), Addresses.ANY_IPV4),
                serverOf(k.ipv4NegotiationError(), k.ipv4ServerAddress()), k.ipv6NegotiationError(),
                clientOf(k.ipv6NegotiationError(), k.ipv6Address(), Addresses.ANY_IPV6),
                serverOf(k.ipv6NegotiationError(), k.ipv6ServerAddress()), k.prefixLength(),
                k.authenticationProtocol(), k.eapTypeId(), k.flags(), k.encryptionMethod(),
                k.ipv4ServerAddressCount(), k.ipv4ServerAddresses(), k.ipv6ServerAddressCount(),
                k.ipv6ServerAddresses());
    }

    private static <A extends java.net.InetAddress> Optional<A> clientOf(int error, Optional<A> address, A any) {
        return error == 0 ? Optional.of(address.orElse(any)) : Optional.empty();
    }

    private static <A extends java.net.InetAddress> Optional<A> serverOf(int error, Optional<A> address) {
        return error == 0 ? address.filter(a -> !Addresses.isAny(a)) : Optional.empty();
    }

    /**
     * Writes {@code info} at byte 0 of {@code buffer} ({@code version} 601, its {@code type}, the
     * alternative's members, the rest of the union zeroed), then, for IKEv2, the server-address
     * arrays right after the structure, IPv4 first, with pointers {@code address} + their offset
     * (NULL for an absent list).
     *
     * @param info the info
     * @param l the l
     * @param buffer the caller's buffer, any position, limit and byte order
     * @param address the address
     * @return the bytes written: {@link #requiredSize}
     * @throws IllegalArgumentException if the buffer is smaller than that, or a pointer does not fit the ABI
     */
    public int encode(ProjectionInfo info, RasProjectionInfoLayout l, ByteBuffer buffer, long address) {
        int size = requiredSize(info, l);
        if (buffer.capacity() < size) {
            throw new IllegalArgumentException(l + " and its arrays need " + size + " bytes; the buffer has "
                    + buffer.capacity());
        }
        ByteBuffer le = Buffers.whole(buffer);
        Scalars.zero(le, 0, l.size());
        le.putInt(l.offset(RasProjectionInfoField.VERSION), ProjectionInfo.RASAPIVERSION_601);
        le.putInt(l.offset(RasProjectionInfoField.TYPE), info.type());
        if (info instanceof PppProjection p) {
            encodePpp(p, l, le);
        } else {
            encodeIkev2((Ikev2Projection) info, l, le, address);
        }
        return size;
    }

    private static void encodePpp(PppProjection p, RasProjectionInfoLayout l, ByteBuffer le) {
        put(le, l, RasProjectionInfoField.PPP_IPV4_NEGOTIATION_ERROR, p.ipv4NegotiationError());
        Addresses.writeIpv4(le, l.offset(RasProjectionInfoField.PPP_IPV4_ADDRESS), p.ipv4Address());
        Addresses.writeIpv4(le, l.offset(RasProjectionInfoField.PPP_IPV4_SERVER_ADDRESS), p.ipv4ServerAddress());
        put(le, l, RasProjectionInfoField.PPP_IPV4_OPTIONS, p.ipv4Options());
        put(le, l, RasProjectionInfoField.PPP_IPV4_SERVER_OPTIONS, p.ipv4ServerOptions());
        put(le, l, RasProjectionInfoField.PPP_IPV6_NEGOTIATION_ERROR, p.ipv6NegotiationError());
        Addresses.writeBigEndian(le, l.offset(RasProjectionInfoField.PPP_INTERFACE_IDENTIFIER), 8,
                p.interfaceIdentifier());
        Addresses.writeBigEndian(le, l.offset(RasProjectionInfoField.PPP_SERVER_INTERFACE_IDENTIFIER), 8,
                p.serverInterfaceIdentifier());
        put(le, l, RasProjectionInfoField.PPP_BUNDLED, p.bundled() ? 1 : 0);
        put(le, l, RasProjectionInfoField.PPP_MULTILINK, p.multilink() ? 1 : 0);
        put(le, l, RasProjectionInfoField.PPP_AUTHENTICATION_PROTOCOL, p.authenticationProtocol());
        put(le, l, RasProjectionInfoField.PPP_AUTHENTICATION_DATA, p.authenticationData());
        put(le, l, RasProjectionInfoField.PPP_SERVER_AUTHENTICATION_PROTOCOL, p.serverAuthenticationProtocol());
        put(le, l, RasProjectionInfoField.PPP_SERVER_AUTHENTICATION_DATA, p.serverAuthenticationData());
        put(le, l, RasProjectionInfoField.PPP_EAP_TYPE_ID, p.eapTypeId());
        put(le, l, RasProjectionInfoField.PPP_SERVER_EAP_TYPE_ID, p.serverEapTypeId());
        put(le, l, RasProjectionInfoField.PPP_LCP_OPTIONS, p.lcpOptions());
        put(le, l, RasProjectionInfoField.PPP_LCP_SERVER_OPTIONS, p.lcpServerOptions());
        put(le, l, RasProjectionInfoField.PPP_CCP_ERROR, p.ccpError());
        put(le, l, RasProjectionInfoField.PPP_CCP_COMPRESSION_ALGORITHM, p.ccpCompressionAlgorithm());
        put(le, l, RasProjectionInfoField.PPP_CCP_SERVER_COMPRESSION_ALGORITHM, p.ccpServerCompressionAlgorithm());
        put(le, l, RasProjectionInfoField.PPP_CCP_OPTIONS, p.ccpOptions());
        put(le, l, RasProjectionInfoField.PPP_CCP_SERVER_OPTIONS, p.ccpServerOptions());
    }

    private static void encodeIkev2(Ikev2Projection k, RasProjectionInfoLayout l, ByteBuffer le, long address) {
        put(le, l, RasProjectionInfoField.IKEV2_IPV4_NEGOTIATION_ERROR, k.ipv4NegotiationError());
        Addresses.writeIpv4(le, l.offset(RasProjectionInfoField.IKEV2_IPV4_ADDRESS), k.ipv4Address());
        Addresses.writeIpv4(le, l.offset(RasProjectionInfoField.IKEV2_IPV4_SERVER_ADDRESS), k.ipv4ServerAddress());
        put(le, l, RasProjectionInfoField.IKEV2_IPV6_NEGOTIATION_ERROR, k.ipv6NegotiationError());
        Addresses.writeIpv6(le, l.offset(RasProjectionInfoField.IKEV2_IPV6_ADDRESS), k.ipv6Address());
        Addresses.writeIpv6(le, l.offset(RasProjectionInfoField.IKEV2_IPV6_SERVER_ADDRESS), k.ipv6ServerAddress());
        put(le, l, RasProjectionInfoField.IKEV2_PREFIX_LENGTH, k.prefixLength());
        put(le, l, RasProjectionInfoField.IKEV2_AUTHENTICATION_PROTOCOL, k.authenticationProtocol());
        put(le, l, RasProjectionInfoField.IKEV2_EAP_TYPE_ID, k.eapTypeId());
        put(le, l, RasProjectionInfoField.IKEV2_FLAGS, k.flags());
        put(le, l, RasProjectionInfoField.IKEV2_ENCRYPTION_METHOD, k.encryptionMethod());
        put(le, l, RasProjectionInfoField.IKEV2_NUM_IPV4_SERVER_ADDRESSES, k.ipv4ServerAddressCount());
        put(le, l, RasProjectionInfoField.IKEV2_NUM_IPV6_SERVER_ADDRESSES, k.ipv6ServerAddressCount());
        int at = l.size();
        if (k.ipv4ServerAddresses().isPresent()) {
            writePointer(le, l, RasProjectionInfoField.IKEV2_IPV4_SERVER_ADDRESSES, address + at);
            for (Inet4Address server : k.ipv4ServerAddresses().get()) {
                Addresses.writeIpv4(le, at, Optional.of(server));
                at += IPV4_BYTES;
            }
        }
        if (k.ipv6ServerAddresses().isPresent()) {
            writePointer(le, l, RasProjectionInfoField.IKEV2_IPV6_SERVER_ADDRESSES, address + at);
            for (Inet6Address server : k.ipv6ServerAddresses().get()) {
                Addresses.writeIpv6(le, at, Optional.of(server));
                at += IPV6_BYTES;
            }
        }
    }

    private static void writePointer(ByteBuffer le, RasProjectionInfoLayout l, RasProjectionInfoField field,
            long pointer) {
        if (l.abi() == Abi.X64) {
            le.putLong(l.offset(field), pointer);
        } else if (pointer >>> 32 == 0) {
            le.putInt(l.offset(field), (int) pointer);
        } else {
            throw new IllegalArgumentException("pointer 0x" + Long.toHexString(pointer) + " does not fit an x86 pointer");
        }
    }

    private static void put(ByteBuffer le, RasProjectionInfoLayout l, RasProjectionInfoField field, int value) {
        le.putInt(l.offset(field), value);
    }
}
