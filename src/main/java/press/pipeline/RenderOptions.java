package press.pipeline;

/**
 * How to render besides kind, variant and format: a DOCX may embed the bundled fonts; a PDF
 * for the archive is written as PDF/A-2a; {@code strict} lets the proofreading's warnings refuse
 * the render as its errors do; {@code report} asks for the proofreading report with the document.
 */
public record RenderOptions(boolean embedFonts, boolean archival, boolean strict, boolean report) {

    public static final RenderOptions NONE = new RenderOptions(false, false, false, false);

    public static RenderOptions embeddingFonts(boolean embed) {
        return new RenderOptions(embed, false, false, false);
    }

    public RenderOptions forArchive() {
        return new RenderOptions(embedFonts, true, strict, report);
    }
}
