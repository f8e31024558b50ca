package org.ras4j.sim;

import org.ras4j.spi.RasBackend;
import org.ras4j.spi.RasBackendProvider;
import org.ras4j.spi.WindowsProfile;

/**
 * Offers the simulator to {@code RasClient.create()} and {@code RasBackends.named("sim")}: with
 * {@code ras-sim} on the class path, code that asks for "the" RAS backend runs anywhere, against a
 * {@link SimulatedRas} that behaves as Windows 10 x64 and has no connections (as a Windows machine
 * with no dial-up or VPN connection up). Its priority is the lowest, so the native backend wins
 * wherever it is supported. Tests that need connections build their own {@link SimulatedRas}.
 */
public final class SimulatedRasProvider implements RasBackendProvider {
    /** Below every real backend. */
    public static final int PRIORITY = -100;

    /** {@inheritDoc} {@code sim}. */
    @Override
    public String name() {
        return "sim";
    }

    /** {@inheritDoc} Always: the simulator runs on every platform. */
    @Override
    public boolean isSupported() {
        return true;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    /** A new simulator of Windows 10 x64 with no connections. */
    @Override
    public RasBackend create() {
        return SimulatedRas.builder(WindowsProfile.windows10x64()).build();
    }
}
