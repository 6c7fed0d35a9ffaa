package press.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDArtifactMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF's structure tree as PDFBox reads it: each element's type, its alternative text,
 * its table attributes, and the text of the marked content it owns (read from the pages through
 * the element's MCIDs); and the text the pages mark as artifacts.
 */
public final class TagTree {

    /** One structure element: its type, Alt, Scope/RowSpan/ColSpan (empty where absent), its own text and its children. */
    public record Node(String type, String alt, Map<String, String> attributes, String text, List<Node> children) {

        /** The elements under this one, this one first, in the tree's order. */
        public List<Node> flatten() {
            List<Node> all = new ArrayList<>();
            all.add(this);
            children.forEach(child -> all.addAll(child.flatten()));
            return all;
        }

        /** This element's text and its descendants', in the tree's order: what a reader reads. */
        public String readingText() {
            StringBuilder text = new StringBuilder(this.text);
            children.forEach(child -> text.append(child.readingText()));
            return text.toString();
        }
    }

    private final Node root;
    private final String artifacts;
    private final List<String> languageSpans = new ArrayList<>();

    public TagTree(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<PDPage, Map<Integer, String>> marked = new HashMap<>();
            StringBuilder artifactText = new StringBuilder();
            for (PDPage page : document.getPages()) {
                PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
                extractor.processPage(page);
                Map<Integer, String> byId = new HashMap<>();
                for (PDMarkedContent content : extractor.getMarkedContents()) {
                    languages(content);
                    if (content instanceof PDArtifactMarkedContent) {
                        artifactText.append(text(content)).append('\n');
                    } else if (content.getMCID() >= 0) {
                        byId.merge(content.getMCID(), text(content), String::concat);
                    }
                }
                marked.put(page, byId);
            }
            this.artifacts = artifactText.toString();
            var treeRoot = document.getDocumentCatalog().getStructureTreeRoot();
            if (treeRoot == null) {
                throw new IllegalStateException("the PDF has no structure tree");
            }
            List<Node> top = new ArrayList<>();
            for (Object kid : treeRoot.getKids()) {
                if (kid instanceof PDStructureElement element) {
                    top.add(node(element, marked));
                }
            }
            this.root = new Node("StructTreeRoot", "", Map.of(), "", top);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Node root() {
        return root;
    }

    /** The text of every artifact on every page, a line each. */
    public String artifacts() {
        return artifacts;
    }

    /** Text marked with a language of its own, as "lang:text", in the order drawn. */
    public List<String> languageSpans() {
        return languageSpans;
    }

    private void languages(PDMarkedContent content) {
        if (content.getProperties() != null && content.getProperties().getString(COSName.LANG) != null) {
            languageSpans.add(content.getProperties().getString(COSName.LANG) + ":" + text(content));
        }
        content.getContents().stream().filter(PDMarkedContent.class::isInstance)
                .forEach(nested -> languages((PDMarkedContent) nested));
    }

    private static Node node(PDStructureElement element, Map<PDPage, Map<Integer, String>> marked) {
        StringBuilder text = new StringBuilder();
        List<Node> children = new ArrayList<>();
        for (Object kid : element.getKids()) {
            switch (kid) {
                case Integer mcid -> text.append(marked.getOrDefault(element.getPage(), Map.of()).getOrDefault(mcid, ""));
                case org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference reference ->
                        text.append(marked.getOrDefault(reference.getPage() != null ? reference.getPage()
                                : element.getPage(), Map.of()).getOrDefault(reference.getMCID(), ""));
                case PDStructureElement child -> children.add(node(child, marked));
                default -> {
                    // object references (annotations) carry no text here
                }
            }
        }
        Map<String, String> attributes = new HashMap<>();
        if (element.getCOSObject().getDictionaryObject(COSName.A) instanceof COSDictionary owned) {
            for (COSName key : owned.keySet()) {
                if (!key.equals(COSName.O)) {
                    var value = owned.getDictionaryObject(key);
                    attributes.put(key.getName(), value instanceof COSName name ? name.getName()
                            : value instanceof org.apache.pdfbox.cos.COSNumber number ? Integer.toString(number.intValue())
                            : String.valueOf(value));
                }
            }
        }
        String alt = element.getAlternateDescription();
        return new Node(element.getStructureType(), alt == null ? "" : alt, attributes, text.toString(), children);
    }

    private static String text(PDMarkedContent content) {
        StringBuilder text = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition position) {
                text.append(position.getUnicode());
            } else if (item instanceof PDMarkedContent nested) {
                text.append(text(nested));
            }
        }
        return text.toString();
    }

}
