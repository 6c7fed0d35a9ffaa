package press.http;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import press.failure.Failure;
import press.failure.Reason;

/**
 * Renders run here: a fixed number at once, a fixed number waiting, each within a time limit.
 * A render that finds the queue full is refused at once with 503 and Retry-After, so a burst
 * costs the clients a retry, not the server its memory.
 */
final class RenderQueue implements AutoCloseable {

    private final ThreadPoolExecutor executor;
    private final Duration timeout;

    RenderQueue(int workers, int waiting, Duration timeout) {
        BlockingQueue<Runnable> queue = waiting == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(waiting);
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, queue, task -> {
            Thread thread = new Thread(task, "render-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
        this.timeout = timeout;
    }

    /**
     * Refuses at once when every renderer is busy and nobody more may wait: before the body is
     * read, so clients that retry at once cost nothing. A race past this check is refused by
     * {@link #run} all the same.
     */
    void admit() {
        if (executor.getActiveCount() >= executor.getMaximumPoolSize() && executor.getQueue().remainingCapacity() == 0) {
            throw busy();
        }
    }

    private Failure busy() {
        return new Failure(Reason.BUSY, "all " + executor.getMaximumPoolSize() + " renderers are busy and "
                + executor.getQueue().size() + " renders are waiting; retry shortly");
    }

    <T> T run(Callable<T> task) {
        Future<T> future;
        try {
            future = executor.submit(task);
        } catch (RejectedExecutionException e) {
            throw busy();
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Failure(Reason.RENDER_TIMEOUT, "the render took longer than " + timeout.toSeconds()
                    + " s and was abandoned");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(Reason.SHUTTING_DOWN, "the server is shutting down");
        }
    }

    int active() {
        return executor.getActiveCount();
    }

    int waiting() {
        return executor.getQueue().size();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
