package press.pipeline;

import press.model.Metadata;
import press.render.Format;

/** A finished document: its bytes, their format, and what the document says about itself. */
public record RenderedDocument(byte[] bytes, Format format, String kind, String variant, Metadata metadata) {

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
