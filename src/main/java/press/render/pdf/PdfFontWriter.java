package press.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;

/**
 * OpenPDF's writer, except that the fonts of our subsets are written by {@link PdfFontObjects}:
 * when the document closes and OpenPDF would write every font it used, ours are taken out of its
 * list and written under the references the pages already name. A font we have no program for
 * (a shaped script's, embedded by OpenPDF from its glyph vectors) is left to OpenPDF.
 */
final class PdfFontWriter extends PdfWriter {

    /** OpenPDF keeps a font's reference in a package-private field of its FontDetails; it has no getter we may call. */
    private static final Field REFERENCE;

    static {
        try {
            REFERENCE = Class.forName("com.lowagie.text.pdf.FontDetails").getDeclaredField("indirectReference");
            REFERENCE.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Function<BaseFont, FontStreams> programs;

    private PdfFontWriter(PdfDocument document, OutputStream out, Function<BaseFont, FontStreams> programs) {
        super(document, out);
        this.programs = programs;
    }

    /** As {@link PdfWriter#getInstance}, with our fonts' programs: {@code programs} gives null for a font it leaves to OpenPDF. */
    static PdfFontWriter open(com.lowagie.text.Document document, OutputStream out,
                              Function<BaseFont, FontStreams> programs) throws DocumentException {
        PdfDocument pdf = new PdfDocument();
        pdf.setTextRenderingOptions(document.getTextRenderingOptions());
        document.addDocListener(pdf);
        PdfFontWriter writer = new PdfFontWriter(pdf, out, programs);
        pdf.addWriter(writer);
        return writer;
    }

    @Override
    protected void addSharedObjectsToBody() throws IOException {
        for (Iterator<? extends Map.Entry<BaseFont, ?>> fonts = documentFonts.entrySet().iterator(); fonts.hasNext();) {
            Map.Entry<BaseFont, ?> font = fonts.next();
            FontStreams program = programs.apply(font.getKey());
            if (program != null) {
                PdfFontObjects.write(this, reference(font.getValue()), program);
                fonts.remove();
            }
        }
        super.addSharedObjectsToBody();
    }

    private static PdfIndirectReference reference(Object details) {
        try {
            return (PdfIndirectReference) REFERENCE.get(details);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read a font's reference from OpenPDF", e);
        }
    }
}
