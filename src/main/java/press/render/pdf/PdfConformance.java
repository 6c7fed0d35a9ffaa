package press.render.pdf;

import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.PdfA1Schema;
import com.lowagie.text.xml.xmp.XmpSchema;
import com.lowagie.text.xml.xmp.XmpWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What a PDF claims to be, and the entries that make the claim true. Every render is tagged
 * PDF/UA-1: XMP metadata that repeats the document information (its title among it) and
 * declares the part, a viewer that shows the title rather than the file name. An archival
 * record is also PDF/A-2a: PDF 1.7, an sRGB output intent, the conformance in the XMP, and the
 * PDF/UA identification schema described as a PDF/A extension, since PDF/A-2 does not
 * predefine it. The fonts are embedded anyway, and nothing else the renderer writes
 * (transparency, actions, encryption) is barred.
 */
final class PdfConformance {

    private static final String UA_NAMESPACE = "http://www.aiim.org/pdfua/ns/id/";

    /** The pdfuaid schema as PDF/A's extension schemas describe it. */
    private static final String UA_EXTENSION = """
            <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">\
            <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\
            <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">\
            <pdfaProperty:name>part</pdfaProperty:name>\
            <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\
            <pdfaProperty:category>internal</pdfaProperty:category>\
            <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\
            </rdf:li></rdf:Seq></pdfaSchema:property>\
            </rdf:li></rdf:Bag></pdfaExtension:schemas>""";

    private static final String EXTENSION_NAMESPACES = "xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" "
            + "xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" "
            + "xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"";

    private PdfConformance() {
    }

    /** Before the document opens. */
    static void prepare(PdfWriter writer, boolean archival) {
        if (archival) {
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
        }
    }

    /**
     * After the document opens: the profile goes into the file's body, which exists only then,
     * and the information dictionary has its title, dates and producer.
     */
    static void describe(PdfWriter writer, boolean archival) {
        if (archival) {
            try {
                // the output condition "PDFA/1" is what makes OpenPDF mark the intent GTS_PDFA1, the
                // subtype PDF/A-1, -2 and -3 all require
                writer.setOutputIntents("sRGB IEC61966-2.1", "PDFA/1", "http://www.color.org", "sRGB IEC61966-2.1",
                        ICC_Profile.getInstance(ColorSpace.CS_sRGB));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot embed the sRGB profile", e);
            }
        }
        ByteArrayOutputStream xmp = new ByteArrayOutputStream();
        try (XmpWriter metadata = new XmpWriter(xmp, writer.getInfo(), PdfWriter.PDFXNONE)) {
            XmpSchema accessible = new XmpSchema("xmlns:pdfuaid=\"" + UA_NAMESPACE + "\"") {
                private static final long serialVersionUID = 1L;
            };
            accessible.setProperty("pdfuaid:part", "1");
            metadata.addRdfDescription(accessible);
            if (archival) {
                PdfA1Schema conformance = new PdfA1Schema();
                conformance.addPart("2");
                conformance.addConformance("A");
                metadata.addRdfDescription(conformance);
                metadata.addRdfDescription(EXTENSION_NAMESPACES, UA_EXTENSION);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the XMP metadata", e);
        }
        writer.setXmpMetadata(xmp.toByteArray());
    }
}
