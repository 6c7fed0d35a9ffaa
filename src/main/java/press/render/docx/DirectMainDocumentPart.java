package press.render.docx;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.OutputStream;
import org.docx4j.jaxb.McIgnorableNamespaceDeclarator;
import org.docx4j.jaxb.NamespacePrefixMapperUtils;
import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;

/**
 * The main document part, marshalled straight into the package's stream. docx4j sends a main
 * document part through a filter that hands its XML on one byte at a time (to insert a version
 * comment), a sixth of the time spent writing a bulletin; every other part it marshals as this
 * one now is, with the same namespace prefixes and markup-compatibility declarations.
 */
final class DirectMainDocumentPart extends MainDocumentPart {

    DirectMainDocumentPart() throws InvalidFormatException {
        super();
    }

    @Override
    public void marshal(OutputStream os, Object namespacePrefixMapper) throws JAXBException {
        Marshaller marshaller = getJAXBContext().createMarshaller();
        NamespacePrefixMapperUtils.setProperty(marshaller, namespacePrefixMapper);
        if (getJaxbElement() instanceof McIgnorableNamespaceDeclarator declarator) {
            setMceIgnorable(declarator);
        }
        if (namespacePrefixMapper instanceof McIgnorableNamespaceDeclarator declarator) {
            declarator.setMcIgnorable((getMceIgnorable() == null ? "" : getMceIgnorable()) + getMcChoiceNamespaces());
        }
        marshaller.marshal(getJaxbElement(), os);
    }
}
