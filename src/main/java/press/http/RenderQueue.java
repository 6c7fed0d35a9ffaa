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
 * Every piece of CPU-heavy work a request asks for runs here (renders, proofreading, spreadsheet
 * imports, and the image checks inside them): a fixed number at once, a fixed number waiting,
 * each within a time limit, on platform threads of its own. Requests are read and {@code /health}
 * is answered on virtual threads, whose carriers are as many as the cores: work done there would
 * hold a carrier and freeze every other request. Work that finds the queue full is refused at
 * once with 503 and Retry-After, so a burst costs the clients a retry, not the server its memory;
 * work past its deadline is interrupted and, if it had not started, taken out of the queue.
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
     * Refuses at once when every worker is busy and nobody more may wait: before the body is
     * read, so clients that retry at once cost nothing. A race past this check is refused by
     * {@link #run} all the same.
     */
    void admit() {
        if (executor.getActiveCount() >= executor.getMaximumPoolSize() && executor.getQueue().remainingCapacity() == 0) {
            throw busy();
        }
    }

    private Failure busy() {
        return new Failure(Reason.BUSY, "all " + executor.getMaximumPoolSize() + " workers are busy and "
                + executor.getQueue().size() + " requests are waiting; retry shortly");
    }

    /**
     * Runs {@code task} on a worker and waits for it until the deadline. {@code work} names it in
     * messages ("the render", "the import").
     */
    <T> T run(String work, Callable<T> task) {
        Future<T> future;
        try {
            future = executor.submit(task);
        } catch (RejectedExecutionException e) {
            throw busy();
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            abandon(future);
            throw new Failure(Reason.RENDER_TIMEOUT, work + " took longer than " + timeout.toSeconds()
                    + " s and was abandoned");
        } catch (ExecutionException e) {
            throw unwrap(work, e.getCause());
        } catch (InterruptedException e) {
            abandon(future);
            Thread.currentThread().interrupt();
            throw new Failure(Reason.SHUTTING_DOWN, "the server is shutting down");
        }
    }

    /** Interrupts the task if it runs, and takes it out of the queue if it waits, so it no longer counts against admission. */
    private void abandon(Future<?> future) {
        future.cancel(true);
        if (future instanceof Runnable queued) {
            executor.remove(queued);
        }
    }

    /**
     * The task's own failure as it was thrown; an error of the JVM's (memory, a stack too deep)
     * as a failure the client can read, since the worker survives it and the next task runs.
     */
    private static RuntimeException unwrap(String work, Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof OutOfMemoryError) {
            return new Failure(Reason.OUT_OF_MEMORY, work + " ran out of memory while other requests held it; retry shortly");
        }
        return new IllegalStateException(work + " failed: " + cause, cause);
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
