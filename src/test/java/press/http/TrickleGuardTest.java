package press.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import press.failure.Failure;
import press.failure.Reason;

class TrickleGuardTest {

    /** A body arriving a few bytes at a time, each after a pause. */
    private static InputStream trickling(int bytesEach, long pauseMillis) {
        return new InputStream() {
            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                int n = Math.min(length, bytesEach);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) '1');
                return n;
            }
        };
    }

    @Test
    void aSmallBodyThatHasArrivedIsReadWholeHoweverLateTheServiceComesToIt() throws Exception {
        InputStream body = new TrickleGuard(new ByteArrayInputStream("{\"".getBytes()), 1024);
        // longer than the grace: counted from the body's arrival, as Jetty counted, this would be 408
        Thread.sleep(TrickleGuard.GRACE_MILLIS + 500);
        assertArrayEquals("{\"".getBytes(), body.readAllBytes());
    }

    @Test
    void aBodyThatTricklesInIsATimeoutOfTheClients() {
        InputStream body = new TrickleGuard(trickling(30, 250), 1024);
        Failure slow = assertThrows(Failure.class, () -> body.readNBytes(100_000));
        assertEquals(Reason.REQUEST_TIMEOUT, slow.reason());
    }

    @Test
    void aBodyThatComesFastEnoughWhileWaitedForIsReadWhole() throws IOException {
        InputStream body = new TrickleGuard(trickling(4096, 20), 1024);
        assertEquals(40_960, body.readNBytes(40_960).length);
    }
}
