package press.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import press.model.Metadata;
import press.pipeline.Format;
import press.pipeline.Published;
import press.pipeline.RenderOptions;
import press.pipeline.RenderRequest;
import press.testing.Fixtures;
import press.testing.BothArchives;

/** What every archive does, run against both: the embedded SQLite archive and PostgreSQL. */
class ArchiveContractTest {

    @TempDir
    Path directory;
    @RegisterExtension
    final BothArchives archives = new BothArchives();

    private ArchiveStore open(String backend) {
        return archives.open(backend, directory);
    }

    private Connection sql(String backend) throws SQLException {
        return backend.equals("sqlite") ? DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("archive.db"))
                : archives.database().connect();
    }

    static NewRecord record(String period, String text, byte[] bytes) {
        return new NewRecord("gov-service-monthly", "jianbao", "pdf",
                new Metadata("全州政务服务工作概况", "阿坝州", period, "阿坝州政府政务服务中心办公室", "2020-06-10"),
                bytes, "{\"period\":\"" + period + "\"}", text);
    }

    static byte[] pdf(String marker) {
        return ("%PDF-1.7 " + marker).getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aPublishedOfdACopyLiesBesideThePdfAUnderOneChainedRecordAndComesBackByItsHash(String backend)
            throws java.io.IOException {
        try (ArchiveStore archive = open(backend)) {
            Published published = Fixtures.press().publish(new RenderRequest(Fixtures.KIND, null, Format.PDF,
                    Fixtures.data(Fixtures.REFERENCE), RenderOptions.NONE.withOfdCopy()), archive);
            ArchivedDocument record = archive.find(published.record().id()).orElseThrow();
            assertTrue(record.hasOfd());
            byte[] ofd = archive.ofd(record);
            assertEquals(Sha256.hex(ofd), record.ofdSha256());
            assertEquals(ofd.length, record.ofdSize());
            assertArrayEquals(Fixtures.press().render(new RenderRequest(Fixtures.KIND, null, Format.OFD,
                    Fixtures.data(Fixtures.REFERENCE), RenderOptions.NONE.forArchive())).bytes(), ofd, "the OFD-A of the data");
            try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(ofd))) {
                assertEquals("OFD.xml", zip.getNextEntry().getName());
                assertTrue(new String(zip.readAllBytes(), StandardCharsets.UTF_8).contains("DocType=\"OFD-A\""));
            }
            assertArrayEquals(published.document().bytes(), archive.file(record), "the PDF/A as before");
            IntegrityReport report = archive.check();
            assertTrue(report.consistent(), report.toString());
            ArchivedDocument plain = archive.store(record("2020-07", "七月", pdf("7")));
            assertEquals(press.failure.Reason.NOT_FOUND, assertThrows(press.failure.Failure.class,
                    () -> archive.ofd(plain)).reason());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void theReferenceBulletinGoesInAndComesBackByteForByte(String backend) {
        try (ArchiveStore archive = open(backend)) {
            Published published = Fixtures.press().publish(new RenderRequest(Fixtures.KIND, null, Format.PDF,
                    Fixtures.data(Fixtures.REFERENCE)), archive);
            ArchivedDocument record = archive.find(published.record().id()).orElseThrow();
            assertEquals("2020-05", record.period());
            assertTrue(record.text().contains("松潘县"));
            byte[] file = archive.file(record);
            assertArrayEquals(published.document().bytes(), file);
            assertEquals(Sha256.hex(file), record.sha256());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aCorrectionSupersedesTheCurrentRecordAndListingsShowTheCurrentOnly(String backend) {
        try (ArchiveStore archive = open(backend)) {
            ArchivedDocument first = archive.store(record("2020-05", "初稿", pdf("1")));
            ArchivedDocument second = archive.store(record("2020-05", "更正", pdf("2")));
            archive.store(record("2020-06", "六月", pdf("3")));
            assertEquals(first.id(), second.supersedes());
            assertEquals(second.id(), archive.find(first.id()).orElseThrow().supersededBy());
            List<Long> current = archive.list(ArchiveQuery.latest(10)).records().stream().map(ArchivedDocument::id).toList();
            assertEquals(2, current.size());
            assertTrue(current.contains(second.id()) && !current.contains(first.id()));
            assertEquals(3, archive.list(new ArchiveQuery(null, null, null, null, true, 10, 0)).total());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void publishesOfOnePeriodAtOnceLeaveOneCurrentRecordAndKeepEveryOther(String backend) throws Exception {
        try (ArchiveStore archive = open(backend)) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<ArchivedDocument>> stored = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                int n = i;
                stored.add(pool.submit(() -> archive.store(record("2020-0" + (1 + n % 2), "稿" + n, pdf("race " + n)))));
            }
            for (Future<ArchivedDocument> future : stored) {
                future.get();
            }
            pool.shutdown();
            var all = archive.list(new ArchiveQuery(null, null, null, null, true, 100, 0));
            assertEquals(24, all.total());
            var current = archive.list(ArchiveQuery.latest(100)).records();
            assertEquals(List.of("2020-02", "2020-01"), current.stream().map(ArchivedDocument::period).sorted()
                    .toList().reversed());
            long superseding = all.records().stream().filter(record -> record.supersedes() != null).count();
            assertEquals(22, superseding, "every record but each period's first supersedes exactly one other");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void searchFindsChineseOfAnyLengthAndLatinInEitherCaseNewestFirst(String backend) {
        try (ArchiveStore archive = open(backend)) {
            ArchivedDocument may = archive.store(record("2020-05", "松潘县受理政务服务事项，推行APP办理。", pdf("a")));
            ArchivedDocument june = archive.store(record("2020-06", "汶川县受理事项；松潘县窗口开展帮办。", pdf("b")));
            assertEquals(List.of(june.id(), may.id()), ids(archive.search("松潘县", 10)));
            assertEquals(List.of(june.id(), may.id()), ids(archive.search("松潘", 10)));
            assertEquals(List.of(june.id()), ids(archive.search("帮", 10)));
            assertEquals(List.of(may.id()), ids(archive.search("app办理", 10)));
            assertEquals(List.of(), ids(archive.search("九寨沟县", 10)));
            assertTrue(archive.search("汶川县受理", 10).get(0).snippet().contains("«汶川县受理»"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void severalWordsFindTheRecordsThatHoldThemAll(String backend) {
        try (ArchiveStore archive = open(backend)) {
            ArchivedDocument may = archive.store(record("2020-05", "松潘县受理政务服务事项，推行APP办理。", pdf("a")));
            ArchivedDocument june = archive.store(record("2020-06", "汶川县受理事项；松潘县窗口开展帮办。", pdf("b")));
            assertEquals(List.of(june.id()), ids(archive.search("松潘 帮办", 10)), "short words");
            assertEquals(List.of(june.id()), ids(archive.search("松潘县　汶川县", 10)), "long words, a full-width space");
            assertEquals(List.of(june.id(), may.id()), ids(archive.search(" 松潘县  受理 ", 10)));
            assertEquals(List.of(), ids(archive.search("汶川县 APP", 10)), "no record holds both");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void recordsCannotBeChangedOrDeletedEvenBySqlOfItsOwn(String backend) throws SQLException {
        try (ArchiveStore archive = open(backend)) {
            archive.store(record("2020-05", "正文", pdf("x")));
            try (Connection db = sql(backend); Statement statement = db.createStatement()) {
                assertThrows(SQLException.class, () -> statement.executeUpdate("UPDATE documents SET title = 'x'"));
                assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM documents"));
            }
            assertEquals("全州政务服务工作概况", archive.find(1).orElseThrow().title());
        }
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(hit -> hit.document().id()).toList();
    }
}
