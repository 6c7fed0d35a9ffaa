package press.render.docx;

import java.util.ArrayList;
import java.util.List;
import org.docx4j.dml.CTPoint2D;
import org.docx4j.dml.wordprocessingDrawing.Anchor;
import org.docx4j.dml.wordprocessingDrawing.CTPosH;
import org.docx4j.dml.wordprocessingDrawing.CTPosV;
import org.docx4j.dml.wordprocessingDrawing.CTWrapNone;
import org.docx4j.dml.wordprocessingDrawing.Inline;
import org.docx4j.dml.wordprocessingDrawing.STRelFromH;
import org.docx4j.dml.wordprocessingDrawing.STRelFromV;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.Part;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import press.render.layout.SealMark;
import press.render.layout.SignatureBlock;
import press.render.style.Role;
import press.render.style.StyleSheet;

/**
 * The 署名 and date as Word paragraphs after blank lines, and the seal as a picture floating
 * over them, anchored to the 署名's paragraph, so the office can still move or remove it.
 */
final class DocxSignature {

    private static final long EMU_PER_POINT = 12700;

    private final StyleSheet style;
    private final DocxText text;

    DocxSignature(StyleSheet style, DocxText text) {
        this.style = style;
        this.text = text;
    }

    List<P> paragraphs(SignatureBlock block, WordprocessingMLPackage word, Part source, int id) {
        List<P> paragraphs = new ArrayList<>();
        float leading = style.role(Role.SIGNATURE).leading();
        for (int i = 0; i < Math.round(block.spaceBefore() / leading); i++) {
            paragraphs.add(Wml.paragraph(Role.BODY.key()));
        }
        P office = text.paragraph(block.office());
        block.seal().ifPresent(seal -> office.getContent().add(seal(seal, leading, word, source, id)));
        paragraphs.add(office);
        paragraphs.add(text.paragraph(block.date()));
        return paragraphs;
    }

    private static R seal(SealMark seal, float leading, WordprocessingMLPackage word, Part source, int id) {
        try {
            Inline inline = DocxPictures.inline(word, source, seal.png(), "seal.png", "印章", seal.diameter(), id);
            long height = inline.getExtent().getCy();
            Anchor anchor = new Anchor();
            anchor.setDistT(0L);
            anchor.setDistB(0L);
            anchor.setDistL(0L);
            anchor.setDistR(0L);
            anchor.setSimplePosAttr(false);
            CTPoint2D origin = new CTPoint2D();
            anchor.setSimplePos(origin);
            anchor.setRelativeHeight(251659264L);
            anchor.setBehindDoc(false);
            anchor.setLocked(false);
            anchor.setLayoutInCell(true);
            anchor.setAllowOverlap(true);
            CTPosH across = new CTPosH();
            across.setRelativeFrom(STRelFromH.COLUMN);
            across.setPosOffset((int) Math.round((seal.centreX() - seal.diameter() / 2) * EMU_PER_POINT));
            anchor.setPositionH(across);
            CTPosV down = new CTPosV();
            down.setRelativeFrom(STRelFromV.PARAGRAPH);
            down.setPosOffset((int) Math.round((leading - seal.raise()) * EMU_PER_POINT - height / 2.0));
            anchor.setPositionV(down);
            anchor.setExtent(inline.getExtent());
            anchor.setEffectExtent(inline.getEffectExtent());
            anchor.setWrapNone(new CTWrapNone());
            anchor.setDocPr(inline.getDocPr());
            anchor.setCNvGraphicFramePr(inline.getCNvGraphicFramePr());
            anchor.setGraphic(inline.getGraphic());
            Drawing drawing = Wml.FACTORY.createDrawing();
            drawing.getAnchorOrInline().add(anchor);
            R run = Wml.FACTORY.createR();
            run.getContent().add(drawing);
            return run;
        } catch (Exception e) {
            throw new IllegalStateException("cannot place the seal in the DOCX: " + e.getMessage(), e);
        }
    }
}
