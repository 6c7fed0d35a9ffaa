package press.archive;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The integrity check again and again while the service runs, not only at start: a record
 * deleted behind the archive's back an hour after start is reported within the next period,
 * in the log and on {@code /health}. One daemon thread; a check that fails (the database
 * unreachable, say) is logged and the last report stands until the next one succeeds.
 */
public final class IntegritySchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IntegritySchedule.class);

    private final ScheduledExecutorService timer;

    private IntegritySchedule(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Checks {@code archive} every {@code period}, the first time one period from now. */
    public static IntegritySchedule start(ArchiveStore archive, Duration period) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("the integrity check's period must be positive, was " + period);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("archive-integrity-schedule").daemon().factory());
        timer.scheduleWithFixedDelay(() -> {
            try {
                archive.check();
            } catch (RuntimeException e) {
                LOG.error("the scheduled archive integrity check failed: {}", e.getMessage());
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return new IntegritySchedule(timer);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
