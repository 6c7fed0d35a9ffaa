package press.pipeline;

import press.archive.ArchiveStore;
import press.archive.ArchivedDocument;
import press.archive.NewRecord;
import tools.jackson.databind.JsonNode;

/** A bulletin rendered for the archive and the record the archive keeps of it. */
public record Published(RenderedDocument document, ArchivedDocument record) {

    /** Stores the rendered document with the data it was made from and its text; the record commits after the file. */
    public static Published store(RenderedDocument document, JsonNode data, ArchiveStore archive) {
        ArchivedDocument record = archive.store(new NewRecord(document.kind(), document.variant(),
                document.format().extension(), document.metadata(), document.bytes(), data.toString(), document.text()));
        return new Published(document, record);
    }
}
