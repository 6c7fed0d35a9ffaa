package press.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import press.failure.Failure;
import press.failure.Reason;

/** The queue every CPU-heavy request runs in: bounded, with deadlines that free what they abandon. */
class RenderQueueTest {

    @Test
    void workAbandonedWhileWaitingLeavesTheQueueAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        try (RenderQueue queue = new RenderQueue(1, 1, Duration.ofMillis(200))) {
            Thread holder = Thread.ofPlatform().start(() -> {
                try {
                    queue.run("the first", () -> {
                        running.countDown();
                        // deaf to the interrupt its deadline sends, as work stuck in a library call is
                        boolean released = false;
                        while (!released) {
                            try {
                                released = release.await(1, TimeUnit.SECONDS);
                            } catch (InterruptedException deaf) {
                                // keeps waiting
                            }
                        }
                        return 1;
                    });
                } catch (Failure expected) {
                    // its own deadline passes while it holds the worker
                }
            });
            assertTrue(running.await(10, TimeUnit.SECONDS));
            Failure late = assertThrows(Failure.class, () -> queue.run("the second", () -> 2));
            assertEquals(Reason.RENDER_TIMEOUT, late.reason());
            assertEquals(0, queue.waiting(), "the abandoned task no longer waits for a worker");
            release.countDown();
            holder.join();
        }
    }

    @Test
    void workPastItsDeadlineIsInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        try (RenderQueue queue = new RenderQueue(1, 0, Duration.ofMillis(100))) {
            Failure late = assertThrows(Failure.class, () -> queue.run("the render", () -> {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return 0;
            }));
            assertEquals(Reason.RENDER_TIMEOUT, late.reason());
            assertTrue(late.getMessage().startsWith("the render took longer than"), late.getMessage());
            assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the worker was told to stop");
        }
    }

    @Test
    void workThatRunsOutOfMemoryIsAFailureTheClientCanReadAndTheWorkerSurvives() {
        try (RenderQueue queue = new RenderQueue(1, 1, Duration.ofSeconds(30))) {
            Failure failure = assertThrows(Failure.class, () -> queue.run("the import", () -> {
                throw new OutOfMemoryError("Java heap space");
            }));
            assertEquals(Reason.OUT_OF_MEMORY, failure.reason());
            assertTrue(failure.getMessage().startsWith("the import ran out of memory"), failure.getMessage());
            assertEquals(7, queue.run("the next", () -> 7));
        }
    }

    @Test
    void aFullQueueRefusesAtOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        try (RenderQueue queue = new RenderQueue(1, 0, Duration.ofSeconds(30))) {
            Thread holder = Thread.ofPlatform().start(() -> queue.run("the first", () -> {
                running.countDown();
                release.await();
                return 1;
            }));
            assertTrue(running.await(10, TimeUnit.SECONDS));
            assertEquals(Reason.BUSY, assertThrows(Failure.class, queue::admit).reason());
            assertEquals(Reason.BUSY, assertThrows(Failure.class, () -> queue.run("the second", () -> 2)).reason());
            release.countDown();
            holder.join();
        }
    }
}
