package press.pipeline;

import press.archive.ArchivedDocument;

/** A bulletin rendered for the archive and the record the archive keeps of it. */
public record Published(RenderedDocument document, ArchivedDocument record) {
}
