package org.ras4j.trace;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicLong;
import org.ras4j.ConnectionState;
import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.sim.Negotiation;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.sim.StatusDetails;
import org.ras4j.sim.Traffic;
import org.ras4j.spi.WindowsProfile;

/** Simulated machines for the trace tests: a few connections of every kind, on a clock that stands still. */
final class Machines {
    private Machines() {
    }

    static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * A machine of {@code profile} with a VPN (PPP, IPv4 and IPv6, traffic), an IKEv2 VPN, a dial-up
     * connection made without an entry, a dropped connection and one still dialling.
     */
    static SimulatedRas busy(WindowsProfile profile) {
        AtomicLong clock = new AtomicLong(0);
        SimulatedRas sim = SimulatedRas.builder(profile).clock(clock::get).build();
        RasHandle vpn = sim.connect(RasConnection.builder(RasHandle.NULL, "Büro-VPN").deviceType("vpn")
                .deviceName("WAN Miniport (PPTP)").phonebook("C:\\Users\\anna\\rasphone.pbk").build(),
                StatusDetails.ofPhoneNumber("vpn.example.com"));
        sim.setTraffic(vpn, Traffic.steady(100_000_000, 1_200, 48_000));
        sim.setNegotiation(vpn, Negotiation.ppp((Inet4Address) ip("10.8.0.6"), (Inet4Address) ip("10.8.0.1"))
                .withIpv6((Inet6Address) ip("fd00::6"), (Inet6Address) ip("fd00::1")));
        RasHandle ike = sim.connect(RasConnection.builder(RasHandle.NULL, "Home").deviceType("vpn")
                .deviceName("WAN Miniport (IKEv2)").build());
        sim.setNegotiation(ike, Negotiation.ikev2((Inet4Address) ip("192.168.77.2"), (Inet4Address) ip("198.51.100.9")));
        sim.connect(RasConnection.builder(RasHandle.NULL, ".5550123").deviceType("modem")
                .deviceName("Standard 56000 bps Modem").build());
        RasHandle dropped = sim.connect(RasConnection.builder(RasHandle.NULL, "Backup").deviceType("isdn")
                .deviceName("ISDN channel").build());
        sim.drop(dropped, 628);
        sim.dial(RasConnection.builder(RasHandle.NULL, "Dialling").deviceType("modem").deviceName("Modem 2").build(),
                ConnectionState.AUTHENTICATE);
        clock.set(60_000);
        return sim;
    }
}
