package press.archive;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A probe of the database that a health check may ask as often as it likes: a result is reused
 * while fresh, one probe runs at a time on a thread of its own, and a caller waits for it only
 * so long. A database that hangs makes the probe hang, never the caller: past the wait, the
 * answer is "unreachable", at once for every caller until the probe returns.
 */
final class ReachabilityProbe implements AutoCloseable {

    private final Callable<Reachability> probe;
    private final long freshNanos;
    private final long waitNanos;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("archive-probe").daemon().factory());
    private Reachability last;
    private long lastAt;
    private Future<Reachability> running;
    private long runningSince;

    /**
     * @param fresh how long a result stands before the next caller probes again
     * @param wait how long a caller waits for a probe in progress
     */
    ReachabilityProbe(Callable<Reachability> probe, Duration fresh, Duration wait) {
        this.probe = probe;
        this.freshNanos = fresh.toNanos();
        this.waitNanos = wait.toNanos();
    }

    Reachability current() {
        Future<Reachability> pending;
        long waited;
        synchronized (this) {
            long now = System.nanoTime();
            if (last != null && now - lastAt < freshNanos) {
                return last;
            }
            if (running == null) {
                running = thread.submit(this::probe);
                runningSince = now;
            }
            pending = running;
            waited = now - runningSince;
        }
        if (waited < waitNanos) {
            try {
                return pending.get(waitNanos - waited, TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // still probing; the probe never throws
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Reachability.unreachable("the archive's database has not answered a probe for "
                + Math.max(waited, waitNanos) / 1_000_000 + " ms");
    }

    private Reachability probe() {
        Reachability result;
        try {
            result = probe.call();
        } catch (Exception e) {
            result = Reachability.unreachable(String.valueOf(e.getMessage()));
        }
        synchronized (this) {
            last = result;
            lastAt = System.nanoTime();
            running = null;
        }
        return result;
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
