package press.render.docx;

import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.docProps.core.dc.elements.SimpleLiteral;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import press.model.Metadata;

/**
 * The document's properties, as Word and WPS show them under File › Info: the title, the
 * region and period as subject and keywords, the issuing office as author, and the issue date as
 * the date it was made (the document's own date, so the same data make the same file).
 */
final class DocxProperties {

    private DocxProperties() {
    }

    static void describe(WordprocessingMLPackage word, Metadata metadata) {
        word.setTitle(metadata.title());
        CoreProperties core = word.getDocPropsCorePart().getJaxbElement();
        String subject = (metadata.region() + " " + metadata.period()).strip();
        if (!subject.isEmpty()) {
            core.setSubject(literal(subject));
            core.setKeywords(subject);
        }
        if (!metadata.issuer().isEmpty()) {
            core.setCreator(literal(metadata.issuer()));
        }
        if (!metadata.issued().isEmpty()) {
            // a W3CDTF literal carries the xsi:type the core-properties schema asks of a date
            org.docx4j.docProps.core.dc.terms.W3CDTF created = new org.docx4j.docProps.core.dc.terms.W3CDTF();
            created.getContent().add(metadata.issued() + "T00:00:00Z");
            core.setCreated(created);
        }
    }

    private static SimpleLiteral literal(String text) {
        SimpleLiteral literal = new SimpleLiteral();
        literal.getContent().add(text);
        return literal;
    }
}
