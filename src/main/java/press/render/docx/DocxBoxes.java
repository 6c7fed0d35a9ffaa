package press.render.docx;

import java.util.List;
import org.docx4j.vml.CTShape;
import org.docx4j.vml.CTTextbox;
import org.docx4j.vml.STTrueFalse;
import org.docx4j.wml.CTTxbxContent;
import org.docx4j.wml.P;
import org.docx4j.wml.Pict;
import org.docx4j.wml.R;

/**
 * A paragraph anchoring a VML text box: the kind of box Word, WPS and LibreOffice all place
 * and fill alike (LibreOffice turns its text with {@code layout-flow:vertical}, aligns it to the
 * bottom of the margin, grows it to what it holds).
 */
final class DocxBoxes {

    private static final org.docx4j.vml.ObjectFactory VML = new org.docx4j.vml.ObjectFactory();

    private DocxBoxes() {
    }

    /**
     * @param id the shape's name
     * @param shapeStyle the VML style of the shape: its size and place
     * @param textStyle the VML style of its text box, or null
     * @param content paragraphs and tables it holds
     */
    static P anchor(String style, String id, String shapeStyle, String textStyle, List<Object> content) {
        CTTxbxContent text = Wml.FACTORY.createCTTxbxContent();
        text.getContent().addAll(content);
        CTTextbox box = new CTTextbox();
        box.setInset("0,0,0,0");
        if (textStyle != null) {
            box.setStyle(textStyle);
        }
        box.setTxbxContent(text);
        CTShape shape = new CTShape();
        shape.setVmlId(id);
        shape.setStyle(shapeStyle);
        shape.setStroked(STTrueFalse.F);
        shape.setFilled(STTrueFalse.F);
        shape.getEGShapeElements().add(VML.createTextbox(box));
        Pict pict = Wml.FACTORY.createPict();
        pict.getAnyAndAny().add(VML.createShape(shape));
        R run = Wml.FACTORY.createR();
        run.getContent().add(Wml.FACTORY.createRPict(pict));
        P paragraph = Wml.paragraph(style);
        paragraph.getContent().add(run);
        return paragraph;
    }
}
