package press.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.failure.Failure;
import press.testing.PostgresDatabase;

/** What only the PostgreSQL archive has to show: its trigram index, its integrity check, its answers equal SQLite's. */
class PostgresArchiveTest {

    private static final List<String> QUERIES = List.of("松潘县", "松潘", "县", "政务服务", "窗口开展帮办", "APP", "app办",
            "%", "_", "九寨沟县", "受理");

    @TempDir
    Path directory;

    @Test
    void chineseFormsTrigramsAndASearchOfThreeCharactersUsesTheIndex() throws SQLException {
        try (PostgresDatabase database = new PostgresDatabase();
             PostgresArchive archive = database.archive();
             Connection db = database.connect(); Statement statement = db.createStatement()) {
            archive.store(ArchiveContractTest.record("2020-05", "松潘县受理政务服务事项", ArchiveContractTest.pdf("a")));
            try (ResultSet rs = statement.executeQuery("SELECT cardinality(show_trgm('松潘县政务'))")) {
                rs.next();
                assertTrue(rs.getInt(1) >= 5, "trigrams of 松潘县政务: " + rs.getInt(1));
            }
            statement.execute("SET enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = statement.executeQuery("EXPLAIN SELECT id FROM documents WHERE text ILIKE '%松潘县%'")) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
            assertTrue(plan.toString().contains("documents_text_trigrams"), plan.toString());
        }
    }

    @Test
    void anAlteredFileIsFoundByTheCheckAndNeverServed() throws SQLException {
        try (PostgresDatabase database = new PostgresDatabase();
             PostgresArchive archive = database.archive()) {
            ArchivedDocument kept = archive.store(ArchiveContractTest.record("2020-05", "正文", ArchiveContractTest.pdf("k")));
            ArchivedDocument hurt = archive.store(ArchiveContractTest.record("2020-06", "正文", ArchiveContractTest.pdf("h")));
            try (Connection db = database.connect(); Statement statement = db.createStatement()) {
                // only the tables' owner can lift the rule, as a tampering administrator would
                statement.execute("ALTER TABLE files DISABLE TRIGGER files_append_only");
                statement.executeUpdate("UPDATE files SET bytes = 'tampered'::bytea WHERE sha256 = '" + hurt.sha256() + "'");
            }
            assertThrows(Failure.class, () -> archive.file(hurt));
            IntegrityReport report = archive.check();
            assertEquals(List.of(hurt.id()), report.altered());
            assertFalse(report.consistent());
            assertThrows(Failure.class, () -> archive.file(hurt));
            assertEquals(kept.sha256(), Sha256.hex(archive.file(kept)));
        }
    }

    @Test
    void bothArchivesAnswerOneQuerySetAlike() {
        try (PostgresDatabase database = new PostgresDatabase();
             ArchiveStore postgres = database.archive();
             ArchiveStore sqlite = ArchiveStore.open(directory)) {
            String[] texts = {"松潘县受理政务服务事项，推行APP办理。", "汶川县受理事项；松潘县窗口开展帮办。", "100%办结，事项_编号",
                "全州政务服务工作概况", "九寨沟"};
            for (int i = 0; i < 12; i++) {
                NewRecord record = ArchiveContractTest.record("2020-" + (10 + i % 3), texts[i % texts.length],
                        ArchiveContractTest.pdf("r" + i));
                postgres.store(record);
                sqlite.store(record);
            }
            for (String query : QUERIES) {
                assertEquals(ids(sqlite.search(query, 50)), ids(postgres.search(query, 50)), "search " + query);
            }
            for (boolean superseded : new boolean[] {false, true}) {
                ArchiveQuery listing = new ArchiveQuery("gov-service-monthly", "阿坝州", "2020-10", "2020-11", superseded, 5, 1);
                assertEquals(ids(sqlite.list(listing)), ids(postgres.list(listing)), "listing " + listing);
                assertEquals(sqlite.list(listing).total(), postgres.list(listing).total());
            }
        }
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(hit -> hit.document().id()).toList();
    }

    private static List<Long> ids(ArchivePage page) {
        return page.records().stream().map(ArchivedDocument::id).toList();
    }
}
