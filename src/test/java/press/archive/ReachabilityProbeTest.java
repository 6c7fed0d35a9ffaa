package press.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The probe behind /health: reused while fresh, and never holding its caller longer than its wait. */
class ReachabilityProbeTest {

    private static final Duration GUARD = Duration.ofSeconds(10);

    @Test
    void aProbeThatHangsAnswersUnreachableWithoutHoldingItsCallers() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        try (ReachabilityProbe probe = new ReachabilityProbe(() -> {
            never.await();
            return Reachability.REACHABLE;
        }, Duration.ofSeconds(2), Duration.ofMillis(200))) {
            for (int i = 0; i < 3; i++) {
                Reachability answer = assertTimeoutPreemptively(GUARD, probe::current);
                assertFalse(answer.reachable());
                assertTrue(answer.problem().contains("has not answered"), answer.problem());
            }
        } finally {
            never.countDown();
        }
    }

    @Test
    void aFreshAnswerIsReusedAndAStaleOneProbedAgain() {
        AtomicInteger probes = new AtomicInteger();
        try (ReachabilityProbe cached = new ReachabilityProbe(() -> {
            probes.incrementAndGet();
            return Reachability.REACHABLE;
        }, Duration.ofHours(1), GUARD)) {
            for (int i = 0; i < 5; i++) {
                assertTrue(cached.current().reachable());
            }
            assertEquals(1, probes.get());
        }
        probes.set(0);
        try (ReachabilityProbe uncached = new ReachabilityProbe(() -> {
            probes.incrementAndGet();
            return Reachability.REACHABLE;
        }, Duration.ZERO, GUARD)) {
            for (int i = 0; i < 5; i++) {
                assertTrue(uncached.current().reachable());
            }
            assertEquals(5, probes.get());
        }
    }

    @Test
    void aProbeThatFailsSaysWhy() {
        try (ReachabilityProbe probe = new ReachabilityProbe(() -> {
            throw new java.sql.SQLException("Connection to localhost:1 refused");
        }, Duration.ofSeconds(2), GUARD)) {
            Reachability answer = probe.current();
            assertFalse(answer.reachable());
            assertEquals("Connection to localhost:1 refused", answer.problem());
        }
    }
}
