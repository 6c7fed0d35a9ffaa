package press.pipeline;

import press.archive.ArchiveStore;
import press.archive.ArchivedDocument;
import press.archive.NewRecord;
import tools.jackson.databind.JsonNode;

/** A bulletin rendered for the archive and the record the archive keeps of it. */
public record Published(RenderedDocument document, ArchivedDocument record) {

    /** Stores the rendered document with the data it was made from and its text; the record commits after the file. */
    public static Published store(RenderedDocument document, JsonNode data, ArchiveStore archive) {
        return store(document, null, data, archive);
    }

    /**
     * Stores the rendered document and, where {@code ofd} is not null, its OFD-A copy beside it,
     * under one record that commits after both files.
     */
    public static Published store(RenderedDocument document, RenderedDocument ofd, JsonNode data, ArchiveStore archive) {
        return store(document, ofd, data, archive, null);
    }

    /**
     * Stores as above, the record naming the SHA-256 of the phrases the document was rendered
     * with ({@code phrasesSha256}; null for a kind without phrases).
     */
    public static Published store(RenderedDocument document, RenderedDocument ofd, JsonNode data, ArchiveStore archive,
                                  String phrasesSha256) {
        ArchivedDocument record = archive.store(new NewRecord(document.kind(), document.variant(),
                document.format().extension(), document.metadata(), document.bytes(), data.toString(), document.text(),
                ofd == null ? null : ofd.bytes(), phrasesSha256));
        return new Published(document, record);
    }
}
