package press.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.archive.ArchiveStore;
import press.drafts.DraftEvent;
import press.drafts.DraftKey;
import press.drafts.DraftStore;
import press.drafts.Step;

/** Backup and restore carry the drafts, their steps and the 发文字号 register: a restored register never gives a number again. */
class DraftBackupTest {

    private static final DraftKey NOTICE = new DraftKey("official-document", "云岭市", "2026-11");

    @TempDir
    Path directory;

    private static String[] run(String... args) {
        return CommandLine.once(args);
    }

    @Test
    void draftsStepsAndTheRegisterAreBackedUpAndRestoredAndNoNumberIsGivenTwice() {
        Path data = directory.resolve("data");
        try (ArchiveStore archive = ArchiveStore.open(data)) {
            DraftStore drafts = archive.drafts();
            drafts.save(NOTICE, null, "{\"title\":\"初稿\"}", "张拟稿", "192.0.2.7");
            drafts.save(NOTICE, "wenjian", "{\"title\":\"二稿\"}", "张拟稿", "192.0.2.7");
            drafts.append(NOTICE, new DraftEvent(1, Step.SUBMITTED, 2, "张拟稿", "2026-12-08T01:00:00Z", "192.0.2.7", "", null));
            assertEquals(1, drafts.number("云府发", 2026, NOTICE, "王签发"));
        }
        Path backup = directory.resolve("backup");
        String[] backedUp = run("backup", "--data-dir", data.toString(), "--to", backup.toString());
        assertEquals("0", backedUp[0], backedUp[2]);
        assertTrue(backedUp[1].contains("drafts: 2 versions, 1 steps and 1 register numbers copied"), backedUp[1]);
        Path restored = directory.resolve("restored");
        assertEquals("0", run("restore", "--from", backup.toString(), "--data-dir", restored.toString())[0]);
        try (ArchiveStore original = ArchiveStore.open(data); ArchiveStore copy = ArchiveStore.open(restored)) {
            assertEquals(original.drafts().list(), copy.drafts().list());
            assertEquals(original.drafts().versions(NOTICE), copy.drafts().versions(NOTICE));
            assertEquals(original.drafts().latest(NOTICE), copy.drafts().latest(NOTICE));
            assertEquals(original.drafts().events(NOTICE), copy.drafts().events(NOTICE));
            assertEquals(original.drafts().register(), copy.drafts().register());
            DraftKey december = new DraftKey("official-document", "云岭市", "2026-12");
            assertEquals(2, copy.drafts().number("云府发", 2026, december, "王签发"));
        }
    }
}
