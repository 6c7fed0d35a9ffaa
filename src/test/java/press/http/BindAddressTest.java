package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;

/**
 * A service listens on the loopback interface unless the operator names another address: on
 * a clerk's PC it is not open to the office network by accident.
 */
class BindAddressTest {

    @TempDir
    static Path data;

    private static InetAddress networkAddress() throws SocketException {
        return NetworkInterface.networkInterfaces().filter(face -> {
            try {
                return face.isUp() && !face.isLoopback();
            } catch (SocketException e) {
                return false;
            }
        }).flatMap(NetworkInterface::inetAddresses).filter(Inet4Address.class::isInstance).findFirst().orElse(null);
    }

    private static ServiceSettings settings(String bind) {
        return new ServiceSettings(0, data, ServiceSettings.DEFAULT_MAX_BODY, 1, 4, Duration.ofSeconds(20), "",
                ServiceSettings.DEFAULT_READ_TIMEOUT, false, Set.of(), bind);
    }

    private static void serve(String bind, java.util.function.IntConsumer test) {
        Readiness readiness = new Readiness();
        readiness.ready();
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            Javalin app = HttpService.create(new StubPress(), archive, settings(bind), readiness).start(0);
            try {
                test.accept(app.port());
            } finally {
                app.stop();
            }
        }
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void byDefaultOnlyThisMachineReachesTheService() throws SocketException {
        InetAddress network = networkAddress();
        assumeTrue(network != null, "this machine has no network address besides loopback");
        serve(ServiceSettings.LOOPBACK, port -> {
            assertEquals(true, connects(InetAddress.getLoopbackAddress(), port), "loopback");
            assertEquals(false, connects(network, port), "not from " + network.getHostAddress());
        });
    }

    @Test
    void everyInterfaceWhenTheOperatorSaysSo() throws SocketException {
        InetAddress network = networkAddress();
        assumeTrue(network != null, "this machine has no network address besides loopback");
        serve("0.0.0.0", port -> assertEquals(true, connects(network, port), "from " + network.getHostAddress()));
    }

    @Test
    void anAddressIsRequired() {
        assertThrows(IllegalArgumentException.class, () -> settings(" "));
    }
}
