package press.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import press.failure.Failure;
import press.failure.Reason;

/**
 * A request body that must come at least at {@value HttpService#MIN_REQUEST_DATA_RATE} bytes a
 * second while it is waited for: only the time spent waiting in a read counts, so a body that has
 * all arrived before the service reads it (a small one, read after a moment in the queue) never
 * counts as slow. The first {@value #GRACE_MILLIS} ms of waiting are free, for the reads that wait
 * on the service itself (a first read loads classes). Jetty's own minimum data rate counts from the
 * body's first byte with no grace, and so refused a complete two-byte body read three
 * milliseconds late.
 */
final class TrickleGuard extends FilterInputStream {

    static final long GRACE_MILLIS = 1000;

    private final long bytesPerSecond;
    private long bytes;
    private long waitedNanos;

    TrickleGuard(InputStream body, long bytesPerSecond) {
        super(body);
        this.bytesPerSecond = bytesPerSecond;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        long start = System.nanoTime();
        int n = super.read(buffer, offset, length);
        waitedNanos += System.nanoTime() - start;
        if (n > 0) {
            bytes += n;
        }
        long owedMillis = waitedNanos / 1_000_000 - GRACE_MILLIS;
        if (n >= 0 && owedMillis > 0 && bytes < bytesPerSecond * owedMillis / 1000) {
            throw new Failure(Reason.REQUEST_TIMEOUT, "the request body came slower than " + bytesPerSecond + " bytes a second");
        }
        return n;
    }
}
