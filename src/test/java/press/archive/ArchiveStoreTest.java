package press.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.Sha256;
import press.failure.Reason;
import press.model.Metadata;
import press.pipeline.Format;
import press.pipeline.Published;
import press.pipeline.RenderRequest;
import press.testing.Failures;
import press.testing.Fixtures;

class ArchiveStoreTest {

    @TempDir
    Path directory;

    private static NewRecord record(String period, String text, byte[] bytes) {
        return new NewRecord("gov-service-monthly", "jianbao", "pdf",
                new Metadata("全州政务服务工作概况", "阿坝州", period, "阿坝州政府政务服务中心办公室", "2020-06-10"),
                bytes, "{\"period\":\"" + period + "\"}", text);
    }

    private static byte[] pdf(String marker) {
        return ("%PDF-1.7 " + marker).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theReferenceBulletinGoesInAndComesBackByteForByte() {
        try (ArchiveStore archive = ArchiveStore.open(directory)) {
            Published published = Fixtures.press().publish(new RenderRequest(Fixtures.KIND, null, Format.PDF,
                    Fixtures.data(Fixtures.REFERENCE)), archive);
            ArchivedDocument record = archive.find(published.record().id()).orElseThrow();
            assertEquals("全州政务服务工作概况", record.title());
            assertEquals("2020-05", record.period());
            assertEquals("阿坝州", record.region());
            assertEquals("2020-06-10", record.issued());
            assertTrue(record.text().contains("松潘县"));
            assertTrue(record.data().contains("\"period\""));
            byte[] file = archive.file(record);
            assertArrayEquals(published.document().bytes(), file);
            assertEquals(Sha256.hex(file), record.sha256());
            assertEquals(file.length, record.size());
        }
    }

    @Test
    void theSameBytesAreStoredOnce() throws IOException {
        try (ArchiveStore archive = ArchiveStore.open(directory)) {
            archive.store(record("2020-05", "正文", pdf("same")));
            archive.store(record("2020-06", "正文", pdf("same")));
            try (Stream<Path> files = Files.walk(directory.resolve("files"))) {
                assertEquals(1, files.filter(Files::isRegularFile).count());
            }
        }
    }

    @Test
    void aCorrectionSupersedesTheRecordOfItsPeriodAndListingsShowTheLatest() {
        try (ArchiveStore archive = ArchiveStore.open(directory)) {
            ArchivedDocument first = archive.store(record("2020-05", "初稿", pdf("1")));
            ArchivedDocument other = archive.store(record("2020-04", "四月", pdf("2")));
            ArchivedDocument corrected = archive.store(record("2020-05", "更正", pdf("3")));
            assertEquals(first.id(), corrected.supersedes());
            assertNull(other.supersedes());
            assertEquals(corrected.id(), archive.find(first.id()).orElseThrow().supersededBy());

            List<Long> latest = archive.list(ArchiveQuery.latest(50)).records().stream().map(ArchivedDocument::id).toList();
            assertEquals(List.of(corrected.id(), other.id()), latest);
            ArchivePage all = archive.list(new ArchiveQuery(null, null, null, null, true, 50, 0));
            assertEquals(3, all.total());
            ArchivePage may = archive.list(new ArchiveQuery("gov-service-monthly", "阿坝州", "2020-05", "2020-05", true, 1, 1));
            assertEquals(2, may.total());
            assertEquals(first.id(), may.records().get(0).id(), "second of two, newest first");
        }
    }

    @Test
    void searchFindsChineseBySubstringAndShortTermsToo() {
        try (ArchiveStore archive = ArchiveStore.open(directory)) {
            archive.store(record("2020-05", "5月14日，松潘县委常委到松潘县政务大厅指导工作。\n全州“好差评”评价总数为61057。", pdf("a")));
            archive.store(record("2020-06", "茂县行政审批局设立便民服务点。", pdf("b")));

            List<SearchHit> songpan = archive.search("松潘县", 10);
            assertEquals(1, songpan.size());
            assertTrue(songpan.get(0).snippet().contains("«松潘县»"), songpan.get(0).snippet());
            assertEquals(1, archive.search("好差评", 10).size());
            List<SearchHit> mao = archive.search("茂县", 10);
            assertEquals(1, mao.size(), "a two-character term falls back to LIKE");
            assertTrue(mao.get(0).snippet().contains("«茂县»"));
            assertEquals(0, archive.search("成都市", 10).size());
            assertEquals(0, archive.search("\"松潘 OR *", 10).size(), "search syntax in the query is only text");
        }
    }

    @Test
    void recordsCanNeitherBeChangedNorDeleted() throws SQLException {
        try (ArchiveStore archive = ArchiveStore.open(directory)) {
            archive.store(record("2020-05", "正文", pdf("x")));
        }
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve("archive.db"));
             var statement = db.createStatement()) {
            var update = assertThrows(SQLException.class, () -> statement.execute("UPDATE documents SET title = 'x'"));
            assertTrue(update.getMessage().contains("append-only"));
            assertThrows(SQLException.class, () -> statement.execute("DELETE FROM documents"));
        }
    }

    @Test
    void aRestartKeepsEverything() {
        long id;
        try (ArchiveStore archive = ArchiveStore.open(directory)) {
            id = archive.store(record("2020-05", "松潘县", pdf("keep"))).id();
        }
        try (ArchiveStore archive = ArchiveStore.open(directory)) {
            ArchivedDocument record = archive.find(id).orElseThrow();
            assertArrayEquals(pdf("keep"), archive.file(record));
            assertEquals(1, archive.search("松潘县", 5).size());
            assertTrue(archive.integrity().consistent());
        }
    }

    @Test
    void theIntegrityCheckFindsMissingAlteredAndUnrecordedFilesAndNeverServesThem() throws IOException {
        long missing;
        long altered;
        try (ArchiveStore archive = ArchiveStore.open(directory)) {
            missing = archive.store(record("2020-01", "一", pdf("missing"))).id();
            altered = archive.store(record("2020-02", "二", pdf("altered"))).id();
            archive.store(record("2020-03", "三", pdf("fine")));
        }
        Path files = directory.resolve("files");
        Files.delete(find(files, Sha256.hex(pdf("missing"))));
        Files.writeString(find(files, Sha256.hex(pdf("altered"))), "tampered");
        Files.createDirectories(files.resolve("ff"));
        Files.writeString(files.resolve("ff").resolve("f".repeat(64) + ".pdf"), "left by a crash");
        Files.writeString(directory.resolve("tmp").resolve("abc.part"), "half written");

        try (ArchiveStore archive = ArchiveStore.open(directory)) {
            IntegrityReport report = archive.integrity();
            assertEquals(List.of(missing), report.missing());
            assertEquals(List.of(altered), report.altered());
            assertEquals(List.of("f".repeat(64)), report.orphans());
            assertEquals(1, report.temporaryFilesRemoved());
            assertFalse(report.consistent());
            ArchivedDocument tampered = archive.find(altered).orElseThrow();
            var error = Failures.assertFails(Reason.ARCHIVE_CORRUPT, () -> archive.file(tampered));
            assertTrue(error.getMessage().contains("record " + altered), error.getMessage());
        }
    }

    @Test
    void twentyClientsArchivingAtOnceAllGetTheirRecords() throws Exception {
        try (ArchiveStore archive = ArchiveStore.open(directory)) {
            ExecutorService pool = Executors.newFixedThreadPool(20);
            try {
                List<Future<ArchivedDocument>> stored = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    int n = i;
                    stored.add(pool.submit(() -> archive.store(record(String.format("2019-%02d", n % 12 + 1),
                            "第" + n + "份", pdf("client " + n)))));
                }
                for (Future<ArchivedDocument> future : stored) {
                    ArchivedDocument record = future.get();
                    assertEquals(Sha256.hex(archive.file(record)), record.sha256());
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(20, archive.list(new ArchiveQuery(null, null, null, null, true, 50, 0)).total());
            assertTrue(archive.check().consistent());
        }
    }

    private static Path find(Path files, String sha) {
        return files.resolve(sha.substring(0, 2)).resolve(sha + ".pdf");
    }
}
