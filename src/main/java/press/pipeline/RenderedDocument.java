package press.pipeline;

import press.model.Document;
import press.model.Metadata;
import press.model.PlainText;

/**
 * A finished document: its bytes, their format, and the document model they were rendered from,
 * which says what the document is and gives its plain text (for search).
 */
public record RenderedDocument(byte[] bytes, Format format, String kind, String variant, Document model) {

    public RenderedDocument {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    public Metadata metadata() {
        return model.metadata();
    }

    /** The plain text, worked out when asked: only the archive needs it. */
    public String text() {
        return PlainText.of(model);
    }
}
