package press.pipeline;

import press.figures.LintReport;
import press.model.Document;
import press.model.Metadata;
import press.model.PlainText;

/**
 * A finished document: its bytes, their format, the document model they were rendered from
 * (what the document is, and its plain text for search), and the proofreading report of its data.
 */
public record RenderedDocument(byte[] bytes, Format format, String kind, String variant, Document model,
                               LintReport report) {

    public RenderedDocument {
        bytes = bytes.clone();
        java.util.Objects.requireNonNull(report, "report");
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
