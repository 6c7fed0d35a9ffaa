package press.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Without a token, only this machine publishes: which addresses are this machine. */
class ArchiveAccessTest {

    @Test
    void loopbackAddressesAreThisMachineAndNothingElseIs() {
        for (String address : new String[] {"127.0.0.1", "127.0.0.2", "::1", "0:0:0:0:0:0:0:1", "[0:0:0:0:0:0:0:1]"}) {
            assertTrue(ArchiveAccess.loopback(address), address);
        }
        for (String address : new String[] {"10.0.0.7", "192.168.1.20", "203.0.113.5", "fe80::1", "[fe80::1]", "::ffff:10.0.0.7", "", "x y", "[127.0.0.1"}) {
            assertFalse(ArchiveAccess.loopback(address), address);
        }
    }
}
