package press.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import press.archive.ArchiveStore;
import press.drafts.DraftKey;
import press.pipeline.JsonInput;
import press.pipeline.Published;
import press.pipeline.RenderRequest;
import press.testing.Fixtures;
import press.testing.PostgresDatabase;
import tools.jackson.databind.node.ObjectNode;

/** Two nodes on one PostgreSQL archive sign off at the same moment: the register numbers every document once, without gaps. */
class RegisterOnTwoNodesTest {

    private static final int DOCUMENTS = 50;

    /** Two renders at a time, as a node's render queue admits them: the sign-offs themselves all run at once. */
    private static final Semaphore RENDERS = new Semaphore(2);

    /** Publishes through the real pipeline (PDF/A-2a into the archive), a node's renders queued as the service queues them. */
    private static Function<RenderRequest, Published> publishing(ArchiveStore archive) {
        return request -> {
            RENDERS.acquireUninterruptibly();
            try {
                return Fixtures.press().publish(request, archive);
            } finally {
                RENDERS.release();
            }
        };
    }

    @Test
    void fiftySignOffsAtOnceOnTwoNodesGetFiftyConsecutiveNumbers() throws Exception {
        try (PostgresDatabase database = new PostgresDatabase();
             ArchiveStore first = database.archive();
             ArchiveStore second = database.archive();
             ExecutorService signers = Executors.newFixedThreadPool(DOCUMENTS)) {
            List<Procedure> nodes = List.of(
                    new Procedure(first.drafts(), Fixtures.press().catalogue(), publishing(first), false, DraftAudit.NONE),
                    new Procedure(second.drafts(), Fixtures.press().catalogue(), publishing(second), false, DraftAudit.NONE));
            List<DraftKey> keys = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                DraftKey key = new DraftKey("official-document", "第" + i + "区", "2026-11");
                ObjectNode data = press.testing.DraftNotice.data();
                data.put("region", key.region());
                Procedure node = nodes.get(i % 2);
                node.save(ProcedureTest.DRAFTER, ProcedureTest.ADDRESS, key, null, data);
                node.submit(ProcedureTest.DRAFTER, ProcedureTest.ADDRESS, key);
                node.review(ProcedureTest.REVIEWER, ProcedureTest.ADDRESS, key, true, "");
                keys.add(key);
            }
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> numbers = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                DraftKey key = keys.get(i);
                Procedure node = nodes.get(i % 2);
                numbers.add(signers.submit(() -> {
                    start.await();
                    Published published = node.signOff(ProcedureTest.SIGNER, ProcedureTest.ADDRESS, key);
                    return JsonInput.object(published.record().data().getBytes(StandardCharsets.UTF_8))
                            .get("documentNumber").asString();
                }));
            }
            start.countDown();
            List<String> given = new ArrayList<>();
            for (Future<String> number : numbers) {
                given.add(number.get());
            }
            List<String> expected = IntStream.rangeClosed(1, DOCUMENTS).mapToObj(n -> "云府发〔2026〕" + n + "号").toList();
            assertEquals(expected, given.stream().sorted((a, b) -> Integer.compare(number(a), number(b))).toList());
        }
    }

    @Test
    void ofTwoNodesSigningOneDraftAtOnceOnePublishesAndTheOtherIsRefused() throws Exception {
        try (PostgresDatabase database = new PostgresDatabase();
             ArchiveStore first = database.archive();
             ArchiveStore second = database.archive();
             ExecutorService signers = Executors.newFixedThreadPool(2)) {
            List<Procedure> nodes = List.of(
                    new Procedure(first.drafts(), Fixtures.press().catalogue(), publishing(first), false, DraftAudit.NONE),
                    new Procedure(second.drafts(), Fixtures.press().catalogue(), publishing(second), false, DraftAudit.NONE));
            DraftKey key = new DraftKey("official-document", "云岭市", "2026-11");
            nodes.get(0).save(ProcedureTest.DRAFTER, ProcedureTest.ADDRESS, key, null, press.testing.DraftNotice.data());
            nodes.get(0).submit(ProcedureTest.DRAFTER, ProcedureTest.ADDRESS, key);
            nodes.get(1).review(ProcedureTest.REVIEWER, ProcedureTest.ADDRESS, key, true, "");
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (Procedure node : nodes) {
                outcomes.add(signers.submit(() -> {
                    start.await();
                    try {
                        return "published " + node.signOff(ProcedureTest.SIGNER, ProcedureTest.ADDRESS, key).record().id();
                    } catch (press.failure.Failure refused) {
                        return refused.reason().name();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            results.sort(null);
            assertEquals("DRAFT_STATE", results.get(0), results.toString());
            assertTrue(results.get(1).startsWith("published "), results.toString());
            assertEquals(1, first.list(new press.archive.ArchiveQuery(null, null, null, null, true, 10, 0)).total(),
                    "published once");
        }
    }

    private static int number(String documentNumber) {
        return Integer.parseInt(documentNumber.substring(documentNumber.indexOf('〕') + 1, documentNumber.length() - 1));
    }
}
