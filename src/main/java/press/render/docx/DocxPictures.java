package press.render.docx;

import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.openpackaging.parts.WordprocessingML.BinaryPartAbstractImage;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.P;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import press.render.layout.LaidOutFigure;
import press.render.style.Align;
import press.render.style.Role;

/** A figure as a picture in a paragraph of its own, centred, kept with the caption after it. */
final class DocxPictures {

    private DocxPictures() {
    }

    /**
     * The image as a part of the package, referenced from {@code source}, and an inline drawing of
     * it {@code width} points wide (the height in proportion); the drawing's ids are {@code id}
     * and {@code id + 1}.
     */
    static Inline inline(WordprocessingMLPackage word, Part source, byte[] data, String name, String description,
                         float width, int id) throws Exception {
        BinaryPartAbstractImage image = BinaryPartAbstractImage.createImagePart(word, source, data);
        // docx4j takes the width in twentieths of a point and writes the extent in EMU
        return image.createImageInline(name, description, id, id + 1, Math.round(width * 20), false);
    }

    /**
     * A centred paragraph holding {@code drawing}, kept with what follows (its caption), single
     * spaced: the caption role's exact line height would crop the drawing to one line.
     */
    static P holding(Drawing drawing) {
        R run = Wml.FACTORY.createR();
        run.getContent().add(drawing);
        P paragraph = Wml.paragraph(Role.FIGURE_CAPTION.key());
        paragraph.getPPr().setJc(Wml.jc(Align.CENTER));
        PPrBase.Spacing spacing = Wml.FACTORY.createPPrBaseSpacing();
        spacing.setLineRule(org.docx4j.wml.STLineSpacingRule.AUTO);
        spacing.setLine(java.math.BigInteger.valueOf(240));
        paragraph.getPPr().setSpacing(spacing);
        paragraph.getPPr().setKeepNext(Wml.on());
        paragraph.getContent().add(run);
        return paragraph;
    }

    static P paragraph(LaidOutFigure figure, WordprocessingMLPackage word, Part source, int id) {
        try {
            Inline inline = inline(word, source, figure.data(), "figure", "图片", figure.width(), id);
            Drawing drawing = Wml.FACTORY.createDrawing();
            drawing.getAnchorOrInline().add(inline);
            return holding(drawing);
        } catch (Exception e) {
            throw new IllegalStateException("cannot place a figure in the DOCX: " + e.getMessage(), e);
        }
    }
}
