package press.pipeline;

import press.model.Metadata;
import press.render.Format;

/**
 * A finished document: its bytes, their format, what the document says about itself, and its
 * plain text (for search).
 */
public record RenderedDocument(byte[] bytes, Format format, String kind, String variant, Metadata metadata,
                               String text) {

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
}
