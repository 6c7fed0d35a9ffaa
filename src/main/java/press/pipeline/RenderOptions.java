package press.pipeline;

/**
 * How to render besides kind, variant and format: a DOCX may embed the bundled fonts; a PDF
 * for the archive is written as PDF/A-2a; {@code strict} lets the proofreading's warnings refuse
 * the render as its errors do; {@code report} asks for the proofreading report with the document;
 * {@code ofdCopy} archives an OFD-A copy beside the PDF/A when publishing.
 */
public record RenderOptions(boolean embedFonts, boolean archival, boolean strict, boolean report, boolean ofdCopy) {

    public static final RenderOptions NONE = new RenderOptions(false, false, false, false, false);

    public RenderOptions {
        if (ofdCopy && !archival) {
            throw new IllegalArgumentException("an OFD-A copy goes to the archive: it needs archival");
        }
    }

    /** Options without an OFD-A copy. */
    public RenderOptions(boolean embedFonts, boolean archival, boolean strict, boolean report) {
        this(embedFonts, archival, strict, report, false);
    }

    public static RenderOptions embeddingFonts(boolean embed) {
        return new RenderOptions(embed, false, false, false);
    }

    public RenderOptions forArchive() {
        return new RenderOptions(embedFonts, true, strict, report, ofdCopy);
    }

    /** The same, with an OFD-A copy archived beside the PDF/A. */
    public RenderOptions withOfdCopy() {
        return new RenderOptions(embedFonts, true, strict, report, true);
    }
}
