package press.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import press.archive.ArchiveStore;
import press.archive.ArchivedDocument;
import press.drafts.DraftKey;
import press.drafts.DraftState;
import press.drafts.DraftSummary;
import press.drafts.DraftVersion;
import press.drafts.Step;
import press.failure.Failure;
import press.failure.Reason;
import press.people.Person;
import press.people.Role;
import press.pipeline.Published;
import press.pipeline.JsonInput;
import press.testing.DraftNotice;
import press.testing.Fixtures;
import press.testing.BothArchives;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The procedure on both archives: drafts kept version by version, 拟稿 → 审核 → 签发, the 签发人 and the 发文字号. */
class ProcedureTest {

    static final Person DRAFTER = new Person("张拟稿", Set.of(Role.DRAFTER));
    static final Person REVIEWER = new Person("李审核", Set.of(Role.REVIEWER));
    static final Person SIGNER = new Person("王签发", Set.of(Role.SIGNER));
    static final Person EVERYONE = new Person("赵一人", EnumSet.allOf(Role.class));
    static final DraftKey NOTICE = new DraftKey("official-document", "云岭市", "2026-11");
    static final String ADDRESS = "192.0.2.7";

    @TempDir
    Path directory;
    @RegisterExtension
    final BothArchives archives = new BothArchives();

    private ArchiveStore open(String backend) {
        return archives.open(backend, directory);
    }

    static Procedure procedure(ArchiveStore archive, boolean allowSelfReview) {
        return new Procedure(archive.drafts(), Fixtures.press().catalogue(),
                request -> Fixtures.press().publish(request, archive), allowSelfReview, DraftAudit.NONE);
    }

    static ObjectNode notice() {
        return DraftNotice.data();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void everySaveIsANewVersionAndTheSameDataAgainKeepTheirVersion(String backend) {
        try (ArchiveStore archive = open(backend)) {
            Procedure procedure = procedure(archive, false);
            ObjectNode data = notice();
            assertEquals(1, procedure.save(DRAFTER, ADDRESS, NOTICE, null, data));
            data.put("title", "关于建立行政争议多元化解工作机制的通知（修改稿）");
            assertEquals(2, procedure.save(DRAFTER, ADDRESS, NOTICE, null, data));
            assertEquals(2, procedure.save(DRAFTER, ADDRESS, NOTICE, null, data));
            assertEquals(3, procedure.save(DRAFTER, ADDRESS, NOTICE, "xinhan", data));

            List<DraftSummary> drafts = archive.drafts().list();
            assertEquals(1, drafts.size());
            assertEquals(new DraftSummary(NOTICE, 3, drafts.get(0).savedAt(), "张拟稿", DraftState.DRAFT), drafts.get(0));
            List<DraftVersion> history = archive.drafts().versions(NOTICE);
            assertEquals(List.of(1, 2, 3), history.stream().map(DraftVersion::version).toList());
            assertEquals(ADDRESS, history.get(0).address());
            JsonNode first = JsonInput.object(archive.drafts().version(NOTICE, 1).orElseThrow().data().getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(notice(), first, "an earlier version comes back as it was saved");
            assertEquals("xinhan", archive.drafts().latest(NOTICE).orElseThrow().variant());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void theWholeProcedurePublishesTheReviewedVersionWithItsSignerAndTheRegistersNextNumber(String backend) {
        try (ArchiveStore archive = open(backend)) {
            Procedure procedure = procedure(archive, false);
            procedure.save(DRAFTER, ADDRESS, NOTICE, null, notice());
            assertEquals(DraftState.SUBMITTED, procedure.submit(DRAFTER, ADDRESS, NOTICE));
            assertEquals(DraftState.RETURNED, procedure.review(REVIEWER, ADDRESS, NOTICE, false, "主送机关漏了市直各单位"));
            ObjectNode corrected = notice();
            ((tools.jackson.databind.node.ArrayNode) corrected.get("gongwen").get("addressees")).add("市直各单位");
            procedure.save(DRAFTER, ADDRESS, NOTICE, null, corrected);
            procedure.submit(DRAFTER, ADDRESS, NOTICE);
            assertEquals(DraftState.PASSED, procedure.review(REVIEWER, ADDRESS, NOTICE, true, ""));

            Published published = procedure.signOff(SIGNER, ADDRESS, NOTICE);

            ArchivedDocument record = archive.find(published.record().id()).orElseThrow();
            JsonNode data = JsonInput.object(record.data().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals("云府发〔2026〕1号", data.get("documentNumber").asString());
            assertEquals("王签发", data.get("gongwen").get("signers").get(0).asString());
            assertTrue(record.text().contains("云府发〔2026〕1号"), record.text());
            assertTrue(record.text().contains("王签发"), record.text());
            assertTrue(record.text().contains("市直各单位"), "the reviewed version is the one published");
            assertEquals(List.of(Step.SUBMITTED, Step.RETURNED, Step.SUBMITTED, Step.PASSED, Step.SIGNING, Step.SIGNED),
                    archive.drafts().events(NOTICE).stream().map(e -> e.step()).toList());
            assertEquals(record.id(), archive.drafts().events(NOTICE).get(5).recordId());
            assertEquals(DraftState.SIGNED, archive.drafts().list().get(0).state());

            DraftKey next = new DraftKey("official-document", "云岭市", "2026-12");
            ObjectNode december = notice();
            december.put("period", "2026-12");
            december.put("documentNumber", "云府发〔2026〕1号");
            procedure.save(DRAFTER, ADDRESS, next, null, december);
            procedure.submit(DRAFTER, ADDRESS, next);
            procedure.review(REVIEWER, ADDRESS, next, true, null);
            JsonNode signed = JsonInput.object(procedure.signOff(SIGNER, ADDRESS, next).record().data()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals("云府发〔2026〕2号", signed.get("documentNumber").asString(),
                    "last month's number is read for its issuer and numbered anew");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void eachStepNeedsItsRoleAndItsTurn(String backend) {
        try (ArchiveStore archive = open(backend)) {
            Procedure procedure = procedure(archive, false);
            procedure.save(DRAFTER, ADDRESS, NOTICE, null, notice());
            Failure early = assertThrows(Failure.class, () -> procedure.signOff(SIGNER, ADDRESS, NOTICE));
            assertEquals(Reason.DRAFT_STATE, early.reason());
            procedure.submit(DRAFTER, ADDRESS, NOTICE);
            Failure drafterReviews = assertThrows(Failure.class,
                    () -> procedure.review(DRAFTER, ADDRESS, NOTICE, true, ""));
            assertEquals(Reason.FORBIDDEN, drafterReviews.reason());
            assertTrue(drafterReviews.getMessage().contains("审核"), drafterReviews.getMessage());
            procedure.review(REVIEWER, ADDRESS, NOTICE, true, "");
            Failure drafterSigns = assertThrows(Failure.class, () -> procedure.signOff(DRAFTER, ADDRESS, NOTICE));
            assertEquals(Reason.FORBIDDEN, drafterSigns.reason());
            assertTrue(drafterSigns.getMessage().contains("签发"), drafterSigns.getMessage());
            Failure signerSaves = assertThrows(Failure.class,
                    () -> procedure.save(SIGNER, ADDRESS, NOTICE, null, notice()));
            assertEquals(Reason.FORBIDDEN, signerSaves.reason());
            assertEquals(DraftState.PASSED, archive.drafts().list().get(0).state(), "refusals record nothing");
            assertThrows(Failure.class, () -> procedure.review(REVIEWER, ADDRESS, NOTICE, false, " "),
                    "a return needs a comment");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aDraftEditedAfterItWasPassedIsADraftAgain(String backend) {
        try (ArchiveStore archive = open(backend)) {
            Procedure procedure = procedure(archive, false);
            ObjectNode data = notice();
            procedure.save(DRAFTER, ADDRESS, NOTICE, null, data);
            procedure.submit(DRAFTER, ADDRESS, NOTICE);
            procedure.review(REVIEWER, ADDRESS, NOTICE, true, "");
            data.put("title", "改过的标题");
            procedure.save(DRAFTER, ADDRESS, NOTICE, null, data);
            assertEquals(DraftState.DRAFT, archive.drafts().list().get(0).state());
            assertEquals(Reason.DRAFT_STATE, assertThrows(Failure.class,
                    () -> procedure.signOff(SIGNER, ADDRESS, NOTICE)).reason(), "what was reviewed is not what would be signed");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void nobodyReviewsOrSignsTheirOwnDraftUnlessTheOfficeAllowsIt(String backend) {
        try (ArchiveStore archive = open(backend)) {
            Procedure strict = procedure(archive, false);
            strict.save(EVERYONE, ADDRESS, NOTICE, null, notice());
            strict.submit(EVERYONE, ADDRESS, NOTICE);
            Failure review = assertThrows(Failure.class, () -> strict.review(EVERYONE, ADDRESS, NOTICE, true, ""));
            assertEquals(Reason.FORBIDDEN, review.reason());
            assertTrue(review.getMessage().contains("--allow-self-review"), review.getMessage());
            strict.review(REVIEWER, ADDRESS, NOTICE, true, "");
            assertEquals(Reason.FORBIDDEN, assertThrows(Failure.class,
                    () -> strict.signOff(EVERYONE, ADDRESS, NOTICE)).reason());

            Procedure smallOffice = procedure(archive, true);
            DraftKey own = new DraftKey("official-document", "云岭市", "2026-10");
            ObjectNode october = notice();
            october.put("period", "2026-10");
            smallOffice.save(EVERYONE, ADDRESS, own, null, october);
            smallOffice.submit(EVERYONE, ADDRESS, own);
            smallOffice.review(EVERYONE, ADDRESS, own, true, "");
            JsonNode signed = JsonInput.object(smallOffice.signOff(EVERYONE, ADDRESS, own).record().data()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals("赵一人", signed.get("gongwen").get("signers").get(0).asString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void dataNamingAnotherRegionOrPeriodThanTheDraftAreRefused(String backend) {
        try (ArchiveStore archive = open(backend)) {
            Procedure procedure = procedure(archive, false);
            ObjectNode data = notice();
            data.put("period", "2026-09");
            Failure refused = assertThrows(Failure.class, () -> procedure.save(DRAFTER, ADDRESS, NOTICE, null, data));
            assertEquals(Reason.INVALID_PARAMETER, refused.reason());
            assertTrue(archive.drafts().list().isEmpty());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void theAuditHookHearsEverySaveAndStepWithThePublishedRecordsHash(String backend) {
        try (ArchiveStore archive = open(backend)) {
            List<String> heard = new java.util.ArrayList<>();
            Procedure procedure = new Procedure(archive.drafts(), Fixtures.press().catalogue(),
                    request -> Fixtures.press().publish(request, archive), false,
                    (action, person, address, key, version, recordId, sha256) -> heard.add(action + " " + person.name()
                            + " " + address + " " + key + " v" + version + (recordId == null ? "" : " #" + recordId + " "
                            + sha256)));
            procedure.save(DRAFTER, ADDRESS, NOTICE, null, notice());
            procedure.submit(DRAFTER, ADDRESS, NOTICE);
            procedure.review(REVIEWER, ADDRESS, NOTICE, true, "");
            Published published = procedure.signOff(SIGNER, ADDRESS, NOTICE);
            assertEquals(List.of("saved 张拟稿 192.0.2.7 official-document/云岭市/2026-11 v1",
                    "submitted 张拟稿 192.0.2.7 official-document/云岭市/2026-11 v1",
                    "passed 李审核 192.0.2.7 official-document/云岭市/2026-11 v1",
                    "signed 王签发 192.0.2.7 official-document/云岭市/2026-11 v1 #" + published.record().id() + " "
                            + published.record().sha256()), heard);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aSignOffThatFailsLeavesTheDraftPassedAndItsRetryKeepsTheNumber(String backend) {
        try (ArchiveStore archive = open(backend)) {
            boolean[] failOnce = {true};
            Procedure procedure = new Procedure(archive.drafts(), Fixtures.press().catalogue(), request -> {
                if (failOnce[0]) {
                    failOnce[0] = false;
                    throw new Failure(Reason.RENDER_TIMEOUT, "the render took longer than its limit");
                }
                return Fixtures.press().publish(request, archive);
            }, false, DraftAudit.NONE);
            procedure.save(DRAFTER, ADDRESS, NOTICE, null, notice());
            procedure.submit(DRAFTER, ADDRESS, NOTICE);
            procedure.review(REVIEWER, ADDRESS, NOTICE, true, "");
            assertEquals(Reason.RENDER_TIMEOUT, assertThrows(Failure.class,
                    () -> procedure.signOff(SIGNER, ADDRESS, NOTICE)).reason());
            assertEquals(DraftState.PASSED, archive.drafts().list().get(0).state());
            var failed = archive.drafts().events(NOTICE).get(3);
            assertEquals(Step.SIGN_FAILED, failed.step());
            assertTrue(failed.comment().contains("longer than its limit"), failed.comment());

            JsonNode signed = JsonInput.object(procedure.signOff(SIGNER, ADDRESS, NOTICE).record().data()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals("云府发〔2026〕1号", signed.get("documentNumber").asString(), "the number stays with the draft");
            assertEquals(1, archive.drafts().register().size());
        }
    }
}
