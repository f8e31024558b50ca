package org.ras4j;

import java.net.Inet4Address;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The result of the PPP IP projection, as {@code RasGetProjectionInfo(RASP_PppIp)} reports it in a
 * {@code RASPPPIP} (docs/contract.md §8, C-PROJ-02). Members the structure version lacks are empty.
 *
 * @param error         {@code dwError}: 0 when IPCP succeeded, else the error that ended it
 * @param address       {@code szIpAddress}: the client's address on the connection; empty when the text is
 * @param serverAddress {@code szServerIpAddress} (not in the Windows NT 3.5 version): the server's
 *                      address; empty when the server gave none (an empty string) or the version lacks it
 * @param options       {@code dwOptions} (Windows 2000 and later): the client's IPCP options, {@link #VJ}
 * @param serverOptions {@code dwServerOptions} (Windows 2000 and later): the server's IPCP options
 */
public record IpProjection(int error, Optional<Inet4Address> address, Optional<Inet4Address> serverAddress,
        OptionalInt options, OptionalInt serverOptions) {

    /** {@code RASIPO_VJ}: Van Jacobson header compression was negotiated. */
    public static final int VJ = 0x1;

    /**
     * Checks the members.
     *
     * @param error         {@code dwError}: 0 when IPCP succeeded, else the error that ended it
     * @param address       {@code szIpAddress}: the client's address on the connection; empty when the text is
     * @param serverAddress {@code szServerIpAddress} (not in the Windows NT 3.5 version): the server's address; empty when the server gave none (an empty string) or the version lacks it
     * @param options       {@code dwOptions} (Windows 2000 and later): the client's IPCP options, {@link #VJ}
     * @param serverOptions {@code dwServerOptions} (Windows 2000 and later): the server's IPCP options
     */
    public IpProjection {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(serverAddress, "serverAddress");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(serverOptions, "serverOptions");
    }

    /**
     * {@return A successful projection with both addresses and no options, as the newest version reports it}
     *
     * @param address the address
     * @param serverAddress the server address
     */
    public static IpProjection of(Inet4Address address, Inet4Address serverAddress) {
        return new IpProjection(0, Optional.of(address), Optional.of(serverAddress), OptionalInt.of(0),
                OptionalInt.of(0));
    }
}
