package press.pipeline;

/**
 * How to render besides kind, variant and format: a DOCX may embed the bundled fonts; a PDF
 * for the archive is written as PDF/A-2b.
 */
public record RenderOptions(boolean embedFonts, boolean archival) {

    public static final RenderOptions NONE = new RenderOptions(false, false);

    public static RenderOptions embeddingFonts(boolean embed) {
        return new RenderOptions(embed, false);
    }

    public RenderOptions forArchive() {
        return new RenderOptions(embedFonts, true);
    }
}
