package press.parallel;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import press.failure.Failure;
import press.failure.Reason;

/**
 * A part of one render handed to another core while the rendering thread goes on with what does
 * not need it. The shared pool has a thread per spare core; where none is free (a busy service,
 * every core rendering), {@link #join} does the work on the rendering thread itself, so a render
 * never waits behind another's parts and takes no longer than doing everything in turn.
 *
 * @param <T> what the part makes
 */
public final class Background<T> {

    private final FutureTask<T> task;

    private Background(Callable<T> work) {
        this.task = new FutureTask<>(work);
    }

    /**
     * Starts {@code work} on a spare core, when one is free; while the JIT is busy compiling, the
     * spare core is its, and the work waits for {@link #join} to do it on the rendering thread.
     */
    public static <T> Background<T> start(Callable<T> work) {
        Background<T> part = new Background<>(work);
        if (!CompilerActivity.busy()) {
            ForkJoinPool.commonPool().execute(part.task);
        }
        return part;
    }

    /** Does the work here and now if no other thread has begun it; returns at once if one has. */
    public void takeOver() {
        task.run();
    }

    /**
     * What the work made: done here if no other thread has begun it, else waited for.
     *
     * @throws Failure ({@code RENDER_TIMEOUT}) when this render is abandoned while it waits
     */
    public T join() {
        return take(task);
    }

    /**
     * The task's result: the task run here if no other thread has begun it, else waited for.
     *
     * @throws Failure ({@code RENDER_TIMEOUT}) when this render is abandoned while it waits
     */
    public static <T> T take(FutureTask<T> task) {
        // a no-op once another thread has begun it
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new Failure(Reason.RENDER_TIMEOUT, "the render was abandoned at its time limit");
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException unchecked -> throw unchecked;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }
}
