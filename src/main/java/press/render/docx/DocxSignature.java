package press.render.docx;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.docx4j.wml.CTTabStop;
import org.docx4j.wml.Drawing;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.STTabJc;
import org.docx4j.wml.Tabs;
import press.render.layout.SealMark;
import press.render.layout.SignatureBlock;
import press.render.layout.SignatureLine;
import press.render.layout.TextParagraph;
import press.render.style.Role;
import press.render.style.StyleSheet;

/**
 * The 署名 and date as Word paragraphs after blank lines, and the seal as a picture floating
 * behind them, anchored to the 署名's paragraph, so the office can still move or remove it.
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
        int seals = 0;
        for (int row = 0; row < block.rows(); row++) {
            int current = row;
            List<TextParagraph> texts = block.lines().stream().filter(line -> line.row() == current)
                    .map(SignatureLine::text).sorted(Comparator.comparingDouble(TextParagraph::left)).toList();
            P paragraph = texts.isEmpty() ? Wml.paragraph(Role.BODY.key()) : row(texts);
            for (SealMark seal : block.seals()) {
                if (seal.row() == row) {
                    paragraph.getContent().add(seal(seal, leading, word, source, id + 2 * seals++));
                }
            }
            paragraphs.add(paragraph);
        }
        // the signature is one block: its rows (blank ones under seals too) never part over pages
        paragraphs.subList(0, paragraphs.size() - 1).forEach(row -> row.getPPr().setKeepNext(Wml.on()));
        return paragraphs;
    }

    /** One line of text, or organs side by side: the first at its indent, the others at left tab stops. */
    private P row(List<TextParagraph> texts) {
        P paragraph = text.paragraph(texts.get(0));
        if (texts.size() > 1) {
            Tabs tabs = Wml.FACTORY.createTabs();
            for (TextParagraph next : texts.subList(1, texts.size())) {
                CTTabStop stop = Wml.FACTORY.createCTTabStop();
                stop.setVal(STTabJc.LEFT);
                stop.setPos(Wml.twips(next.left()));
                tabs.getTab().add(stop);
                R tab = Wml.FACTORY.createR();
                tab.getContent().add(Wml.FACTORY.createRTab(Wml.FACTORY.createRTab()));
                paragraph.getContent().add(tab);
                text.add(paragraph, Role.SIGNATURE, next.spans());
            }
            paragraph.getPPr().setTabs(tabs);
        }
        return paragraph;
    }

    private static R seal(SealMark seal, float leading, WordprocessingMLPackage word, Part source, int id) {
        try {
            Inline inline = DocxPictures.inline(word, source, seal.png(), "seal.png", "印章", seal.width(), id);
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
            // behind the text: the 署名 and date stay legible through the seal's red, as multiplied ink is in the PDF
            anchor.setBehindDoc(true);
            anchor.setLocked(false);
            anchor.setLayoutInCell(true);
            anchor.setAllowOverlap(true);
            CTPosH across = new CTPosH();
            across.setRelativeFrom(STRelFromH.COLUMN);
            across.setPosOffset(Math.round((seal.centreX() - seal.width() / 2) * EMU_PER_POINT));
            anchor.setPositionH(across);
            CTPosV down = new CTPosV();
            down.setRelativeFrom(STRelFromV.PARAGRAPH);
            // the paragraph's em centre is half a line down; the seal's centre is below it by the layout's measure
            down.setPosOffset((int) Math.round((leading / 2 + seal.below()) * EMU_PER_POINT - height / 2.0));
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
