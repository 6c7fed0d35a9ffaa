package press.render.pdf;

import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.PdfA1Schema;
import com.lowagie.text.xml.xmp.XmpWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What makes a PDF a PDF/A-2b record: PDF 1.7, an sRGB output intent, and XMP metadata that
 * repeats the document information and declares the conformance. The fonts are embedded
 * anyway, and nothing else the renderer writes (transparency, actions, encryption) is barred.
 */
final class PdfArchival {

    private PdfArchival() {
    }

    /** Before the document opens. */
    static void prepare(PdfWriter writer) {
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
    }

    /**
     * After the document opens: the profile goes into the file's body, which exists only then,
     * and the information dictionary has its creation date and producer.
     */
    static void describe(PdfWriter writer) {
        try {
            // the output condition "PDFA/1" is what makes OpenPDF mark the intent GTS_PDFA1, the
            // subtype PDF/A-1, -2 and -3 all require
            writer.setOutputIntents("sRGB IEC61966-2.1", "PDFA/1", "http://www.color.org", "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed the sRGB profile", e);
        }
        ByteArrayOutputStream xmp = new ByteArrayOutputStream();
        try (XmpWriter metadata = new XmpWriter(xmp, writer.getInfo(), PdfWriter.PDFXNONE)) {
            PdfA1Schema conformance = new PdfA1Schema();
            conformance.addPart("2");
            conformance.addConformance("B");
            metadata.addRdfDescription(conformance);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the XMP metadata", e);
        }
        writer.setXmpMetadata(xmp.toByteArray());
    }
}
