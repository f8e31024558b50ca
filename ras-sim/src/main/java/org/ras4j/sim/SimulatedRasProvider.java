package org.ras4j.sim;

import org.ras4j.spi.RasBackend;
import org.ras4j.spi.RasBackendProvider;
import org.ras4j.spi.WindowsProfile;

/**
 * Offers the simulator to {@code RasBackends.named("sim")}, to {@code RasClient.create()} with
 * {@code -Dras4j.backend=sim}, and to {@code RasClient.create()} unasked only off Windows where no
 * native backend is supported, which then logs a WARNING naming it (see {@code RasBackends}): a
 * {@link SimulatedRas} that behaves as Windows 10 x64 and has no connections (as a Windows machine
 * with no dial-up or VPN connection up). It {@linkplain #isSimulator() is a simulator} and its
 * priority is the lowest, so a real backend wins wherever one is supported. Tests that need
 * connections build their own {@link SimulatedRas}.
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

    /** {@inheritDoc} Yes: its connections are whatever a test sets up, not the system's. */
    @Override
    public boolean isSimulator() {
        return true;
    }

    /** A new simulator of Windows 10 x64 with no connections. */
    @Override
    public RasBackend create() {
        return SimulatedRas.builder(WindowsProfile.windows10x64()).build();
    }
}
