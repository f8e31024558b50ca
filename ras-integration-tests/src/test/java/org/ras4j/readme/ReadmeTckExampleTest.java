package org.ras4j.readme;

import org.ras4j.RasConnection;
import org.ras4j.RasHandle;
import org.ras4j.sim.SimulatedRas;
import org.ras4j.spi.RasBackend;
import org.ras4j.spi.WindowsProfile;
import org.ras4j.spi.ForwardingRasBackend;
import org.ras4j.tck.RasBackendContract;

/**
 * README's TCK example as a backend author copies it, over a Windows-10-like backend with three
 * connections and no fixture (as on a real box): the whole kit must pass.
 * {@link ReadmeTckExampleIsCurrentTest} keeps the two override lines the same as README's.
 */
class ReadmeTckExampleTest extends RasBackendContract {
    @Override protected RasBackend backend() { return new MyBackend(); }
    @Override protected WindowsProfile profile() { return WindowsProfile.windows10x64(); }

    /** A backend author's Windows-10-like backend: here, the simulator behind the port, with three connections. */
    static final class MyBackend extends ForwardingRasBackend {
        MyBackend() {
            super(threeConnections());
        }

        private static RasBackend threeConnections() {
            SimulatedRas ras = SimulatedRas.builder(WindowsProfile.windows10x64()).build();
            ras.connect(RasConnection.builder(RasHandle.NULL, "Office VPN").deviceType("vpn")
                    .deviceName("WAN Miniport (IKEv2)").build());
            ras.connect(RasConnection.builder(RasHandle.NULL, ".5550123").deviceType("modem").build());
            ras.connect(RasConnection.builder(RasHandle.NULL, "B\u00fcro").deviceType("vpn").build());
            return ras;
        }
    }
}
