package press.render.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.CTTabStop;
import org.docx4j.wml.P;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.STBorder;
import org.docx4j.wml.STLineSpacingRule;
import org.docx4j.wml.STTabJc;
import org.docx4j.wml.Tabs;
import press.render.layout.HeadPart;
import press.render.layout.PlacedRule;
import press.render.layout.PlacedText;
import press.render.style.Role;
import press.render.style.StyleSheet;
import press.render.style.TextStyle;

/**
 * A 公文's 版头 in Word's flow: the lines placed by the layout become paragraphs one em box
 * high, spaced by the distances between them, each piece of a line at a tab stop where the
 * layout put it (so the paragraph itself spans the text block); a rule is the bottom border of
 * the line above it. Word lays the page out, so the
 * figures hold as nearly as a flow allows (the PDF places them exactly).
 */
final class DocxHead {

    /** The tolerance within which two placed lines count as one line of the head. */
    private static final float SAME_LINE = 0.5f;
    /** The height of the empty paragraph that carries the space above the title, in points. */
    private static final float SPACER = 1;

    private final StyleSheet style;
    private final DocxText text;

    DocxHead(StyleSheet style, DocxText text) {
        this.style = style;
        this.text = text;
    }

    List<P> paragraphs(HeadPart head) {
        List<PlacedText> placed = new ArrayList<>(head.texts());
        placed.sort(Comparator.comparingDouble(PlacedText::emTop));
        List<List<PlacedText>> lines = new ArrayList<>();
        for (PlacedText line : placed) {
            List<PlacedText> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            // a piece that overlaps the line above (文件 centred beside a joint document's organs) joins it, shifted down
            if (last != null && (Math.abs(last.get(0).emTop() - line.emTop()) < SAME_LINE
                    || line.emTop() < last.get(0).emTop() + style.role(last.get(0).role()).size() - SAME_LINE)) {
                last.add(line);
            } else {
                lines.add(new ArrayList<>(List.of(line)));
            }
        }
        List<P> paragraphs = new ArrayList<>();
        float bottom = 0;
        float[] bottoms = new float[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            List<PlacedText> line = lines.get(i);
            float top = line.get(0).emTop();
            float height = 0;
            for (PlacedText piece : line) {
                if (piece.emTop() - top < SAME_LINE) {
                    height = Math.max(height, style.role(piece.role()).size());
                }
            }
            line.sort(Comparator.comparingDouble(PlacedText::x));
            paragraphs.add(line(line, Math.max(0, top - bottom), height, top));
            bottom = top + height;
            bottoms[i] = bottom;
        }
        for (PlacedRule rule : head.rules()) {
            if (rule.y() > head.titleTop()) {
                // the 信函's rule on the first page's foot: the first page's footer draws it
                continue;
            }
            int above = -1;
            for (int i = 0; i < bottoms.length; i++) {
                if (bottoms[i] <= rule.y()) {
                    above = i;
                }
            }
            if (above >= 0 && paragraphs.get(above).getPPr().getPBdr() == null) {
                underline(paragraphs.get(above), rule, rule.y() - bottoms[above], head.rules().stream()
                        .filter(other -> Math.abs(other.y() - rule.y()) < 3 && other != rule).count() > 0);
            }
        }
        // the title's first line box where ours is (its em box centred in the line, as our pages set
        // every line): the bottom border of the line above takes its space and width from the flow
        TextStyle titleStyle = style.role(Role.TITLE);
        float lineTop = head.titleTop() - (titleStyle.leading() - titleStyle.size()) / 2;
        float border = 0;
        if (!paragraphs.isEmpty() && paragraphs.get(paragraphs.size() - 1).getPPr().getPBdr() != null) {
            CTBorder below = paragraphs.get(paragraphs.size() - 1).getPPr().getPBdr().getBottom();
            border = below.getSpace().floatValue() + below.getSz().floatValue() / 8;
        }
        P title = Wml.paragraph("body");
        title.getPPr().setSpacing(spacing(Math.max(0, lineTop - bottom - border - SPACER), SPACER));
        paragraphs.add(title);
        return paragraphs;
    }

    /** The head's rules below its text (the 信函's on the first page's foot), top to bottom. */
    static List<PlacedRule> footRules(HeadPart head) {
        return head.rules().stream().filter(rule -> rule.y() > head.titleTop())
                .sorted(Comparator.comparingDouble(PlacedRule::y)).toList();
    }

    /**
     * The first page's foot rules (two: a double rule, thick over thin) as the bottom border of an
     * empty paragraph in a box placed on the page where our pages draw them.
     */
    static P footRule(List<PlacedRule> rules, press.render.style.PageStyle page) {
        PlacedRule first = rules.get(0);
        PlacedRule last = rules.get(rules.size() - 1);
        float height = last.y() - first.y() + first.width() / 2 + last.width() / 2;
        String box = "position:absolute;margin-left:%.2fpt;margin-top:%.2fpt;width:%.2fpt;height:%.2fpt;z-index:1;"
                .formatted(page.left() + first.x(), page.top() + first.y() - first.width() / 2 - 1, first.length(), height + 1)
                + "mso-position-horizontal-relative:page;mso-position-vertical-relative:page";
        P rule = Wml.paragraph(DocxStyles.PAGE_NUMBER);
        PPrBase.Spacing spacing = Wml.FACTORY.createPPrBaseSpacing();
        spacing.setBefore(java.math.BigInteger.ZERO);
        spacing.setAfter(java.math.BigInteger.ZERO);
        spacing.setLine(java.math.BigInteger.valueOf(20));
        spacing.setLineRule(org.docx4j.wml.STLineSpacingRule.EXACT);
        rule.getPPr().setSpacing(spacing);
        PPrBase.PBdr border = Wml.FACTORY.createPPrBasePBdr();
        org.docx4j.wml.CTBorder bottom = Wml.border(Math.max(first.width(), last.width()), first.color());
        if (rules.size() > 1) {
            bottom.setVal(first.width() >= last.width() ? org.docx4j.wml.STBorder.THICK_THIN_SMALL_GAP
                    : org.docx4j.wml.STBorder.THIN_THICK_SMALL_GAP);
        }
        border.setBottom(bottom);
        rule.getPPr().setPBdr(border);
        return DocxBoxes.anchor(DocxStyles.PAGE_NUMBER, "footRule", box, null, List.of(rule));
    }

    private P line(List<PlacedText> pieces, float before, float height, float top) {
        P paragraph = Wml.paragraph(pieces.get(0).role().key());
        paragraph.getPPr().setSpacing(spacing(before, height));
        PPrBase.Ind ind = Wml.FACTORY.createPPrBaseInd();
        ind.setLeft(BigInteger.ZERO);
        ind.setFirstLine(BigInteger.ZERO);
        // room past the text block's edge: a line of the head (the 字号 at its tab stop) never
        // wraps in a wider substitute face, where "号" once went down alone
        ind.setRight(Wml.twips(-2 * style.role(pieces.get(0).role()).size()));
        paragraph.getPPr().setInd(ind);
        paragraph.getPPr().setJc(Wml.jc(press.render.style.Align.LEFT));
        Tabs tabs = Wml.FACTORY.createTabs();
        for (int i = 0; i < pieces.size(); i++) {
            PlacedText piece = pieces.get(i);
            if (piece.x() > SAME_LINE) {
                CTTabStop stop = Wml.FACTORY.createCTTabStop();
                stop.setVal(STTabJc.LEFT);
                stop.setPos(Wml.twips(piece.x()));
                tabs.getTab().add(stop);
                R tab = Wml.FACTORY.createR();
                tab.getContent().add(Wml.FACTORY.createRTab(Wml.FACTORY.createRTab()));
                paragraph.getContent().add(tab);
            }
            int from = paragraph.getContent().size();
            text.add(paragraph, pieces.get(0).role(), piece.spans());
            TextStyle pieceStyle = style.role(piece.role());
            for (Object added : paragraph.getContent().subList(from, paragraph.getContent().size())) {
                if (added instanceof R run && run.getRPr() != null) {
                    if (piece.scale() < 1) {
                        org.docx4j.wml.CTTextScale scale = Wml.FACTORY.createCTTextScale();
                        scale.setVal((int) Math.floor(piece.scale() * 100));
                        run.getRPr().setW(scale);
                    }
                    if (piece.emTop() - top >= SAME_LINE) {
                        org.docx4j.wml.CTSignedHpsMeasure lowered = Wml.FACTORY.createCTSignedHpsMeasure();
                        lowered.setVal(BigInteger.valueOf(-Math.round(2 * (piece.emTop() - top))));
                        run.getRPr().setPosition(lowered);
                    }
                    if (piece.spacing() != 0) {
                        org.docx4j.wml.CTSignedTwipsMeasure spread = Wml.FACTORY.createCTSignedTwipsMeasure();
                        spread.setVal(Wml.twips(pieceStyle.letterSpacing() + piece.spacing()));
                        run.getRPr().setSpacing(spread);
                    }
                }
            }
        }
        if (!tabs.getTab().isEmpty()) {
            paragraph.getPPr().setTabs(tabs);
        }
        return paragraph;
    }

    private static void underline(P paragraph, PlacedRule rule, float gap, boolean doubled) {
        PPrBase.PBdr border = Wml.FACTORY.createPPrBasePBdr();
        CTBorder bottom = Wml.border(rule.width(), rule.color());
        if (doubled) {
            bottom.setVal(STBorder.THICK_THIN_SMALL_GAP);
        }
        bottom.setSpace(BigInteger.valueOf(Math.max(0, Math.min(31, Math.round(gap)))));
        border.setBottom(bottom);
        paragraph.getPPr().setPBdr(border);
    }

    /** Space before in points and an exact line height. */
    private static PPrBase.Spacing spacing(float before, float height) {
        PPrBase.Spacing spacing = Wml.FACTORY.createPPrBaseSpacing();
        spacing.setBefore(Wml.twips(before));
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(Wml.twips(height));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        return spacing;
    }
}
