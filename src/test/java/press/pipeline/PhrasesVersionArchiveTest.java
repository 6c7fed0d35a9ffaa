package press.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import press.archive.ArchiveStore;
import press.archive.ArchivedDocument;
import press.archive.Sha256;
import press.testing.ArchiveRecords;
import press.testing.Fixtures;
import press.testing.BothArchives;
import press.testing.TemplatesCopy;

/**
 * Each published record names the SHA-256 of the phrases it was made with, on both archives:
 * a phrase change gives the next record the new hash and leaves the archived record, its hash
 * and its file as they were; a record made without phrases names none; a copy (what
 * migrate-archive, backup and restore make) keeps the hash, its chain whole.
 */
class PhrasesVersionArchiveTest {

    private static final String PHRASES = Fixtures.KIND + "/phrases.json";

    @TempDir
    Path directory;
    @TempDir
    Path templatesFolder;
    @RegisterExtension
    final BothArchives archives = new BothArchives();

    private ArchiveStore open(String backend) {
        return archives.open(backend, directory);
    }

    private static RenderRequest reference() {
        return new RenderRequest(Fixtures.KIND, null, Format.PDF, Fixtures.data(Fixtures.REFERENCE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aPhraseChangeGivesTheNextRecordTheNewHashAndLeavesTheArchivedOneAsItWas(String backend) throws IOException {
        TemplatesCopy templates = TemplatesCopy.in(templatesFolder);
        Path phrases = templates.root().resolve(PHRASES);
        String before = Sha256.hex(Files.readAllBytes(phrases));
        ReloadingPress press = ReloadingPress.open(templates.root(), Fixtures.root().resolve("fonts"));
        try (ArchiveStore archive = open(backend)) {
            ArchivedDocument first = press.publish(reference(), archive).record();
            assertEquals(before, first.phrasesSha256());
            byte[] firstFile = archive.file(first);

            templates.edit(PHRASES, "{范围}共受理各类", "{范围}共计受理各类");
            press.reload();
            String after = Sha256.hex(Files.readAllBytes(phrases));
            assertNotEquals(before, after);

            ArchivedDocument second = press.publish(reference(), archive).record();
            assertEquals(after, second.phrasesSha256());
            ArchivedDocument old = archive.find(first.id()).orElseThrow();
            assertEquals(before, old.phrasesSha256(), "the archived record keeps the phrases it was made with");
            assertEquals(first.sha256(), old.sha256());
            assertArrayEquals(firstFile, archive.file(old));
            assertEquals(after, archive.find(second.id()).orElseThrow().phrasesSha256());
            assertTrue(archive.check().consistent(), archive.check().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres"})
    void aRecordMadeWithoutPhrasesNamesNoneAndTheChainHolds(String backend) {
        try (ArchiveStore archive = open(backend)) {
            ArchivedDocument plain = archive.store(ArchiveRecords.record("2020-05", "正文"));
            assertNull(plain.phrasesSha256());
            assertNull(archive.find(plain.id()).orElseThrow().phrasesSha256());
            ArchivedDocument withPhrases = Fixtures.press().publish(reference(), archive).record();
            assertEquals(64, withPhrases.phrasesSha256().length());
            assertTrue(archive.check().consistent(), archive.check().toString());
        }
    }

    @Test
    void aCopyIntoPostgresKeepsThePhrasesVersionAndItsChainHolds() {
        try (ArchiveStore source = open("sqlite"); ArchiveStore target = open("postgres")) {
            ArchivedDocument published = Fixtures.press().publish(reference(), source).record();
            ArchivedDocument stored = source.find(published.id()).orElseThrow();
            assertTrue(target.copy(stored, source.file(stored), null));
            assertEquals(published.phrasesSha256(), target.find(published.id()).orElseThrow().phrasesSha256());
            assertTrue(target.check().consistent(), target.check().toString());
        }
    }
}
