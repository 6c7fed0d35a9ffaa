package press.render.docx;

import java.io.ByteArrayOutputStream;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;

/**
 * docx4j's JAXB context costs seconds the first time it is used. Writing one empty document
 * pays that once per process, at start-up, instead of inside somebody's first request. docx4j
 * is also told here to write its XML without indentation.
 */
public final class DocxWarmUp {

    private static volatile boolean warm;

    private DocxWarmUp() {
    }

    public static synchronized void ensure() {
        if (warm) {
            return;
        }
        // indentation was a third of the time spent writing a document and half of its XML
        org.docx4j.Docx4jProperties.setProperty("docx4j.jaxb.formatted.output", false);
        try {
            WordprocessingMLPackage word = new WordprocessingMLPackage();
            MainDocumentPart main = new DirectMainDocumentPart();
            word.addTargetPart(main);
            org.docx4j.wml.Document root = Wml.FACTORY.createDocument();
            root.setBody(Wml.FACTORY.createBody());
            root.getBody().getContent().add(Wml.paragraph("body"));
            main.setJaxbElement(root);
            word.save(new ByteArrayOutputStream());
            warm = true;
        } catch (Docx4JException e) {
            throw new IllegalStateException("docx4j does not start: " + e.getMessage(), e);
        }
    }
}
