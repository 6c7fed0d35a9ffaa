package press.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.function.IntPredicate;
import press.render.layout.PageNumbering;
import press.render.style.PageNumberStyle;
import press.render.style.PageStyle;
import press.render.style.TextStyle;

/**
 * Draws "— N —" under the text block as the page closes: odd pages at the right, even pages at
 * the left, inset from the text block's edge, the dashes' middle the style's distance below the
 * text block; pages the composer says print no number (a blank page and the 版记 page after
 * it, the first page where the style says so) go without. On a landscape page the number keeps
 * its place on the sheet, drawn in the portrait page's coordinates turned with the sheet.
 */
final class PageNumbers extends PdfPageEventHelper {

    private final PageNumberStyle style;
    private final PageStyle portrait;
    private final PdfText text;
    private final TextStyle textStyle;
    private Float dashMiddle;
    private final PageNumbering numbering;
    private final IntPredicate printed;
    private final PdfTags tags;

    PageNumbers(PageNumberStyle style, PageStyle portrait, PdfText text, PageNumbering numbering, IntPredicate printed,
                PdfTags tags) {
        this.style = style;
        this.tags = tags;
        this.printed = printed;
        this.portrait = portrait;
        this.text = text;
        this.numbering = numbering;
        this.textStyle = new TextStyle(style.font(), style.size(), 0, press.render.style.Align.LEFT, 0, style.size(), 0, 0,
                0, "");
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int number = writer.getPageNumber();
        if (!printed.test(number)) {
            return;
        }
        Phrase phrase = text.phrase(numbering.runs(number), textStyle);
        PdfContentByte canvas = writer.getDirectContent();
        boolean landscape = document.getPageSize().getWidth() > document.getPageSize().getHeight();
        canvas.saveState();
        if (landscape) {
            // portrait (x, y) lands at (y, W - x) on the sheet turned clockwise
            canvas.concatCTM(0, -1, 1, 0, 0, portrait.width());
        }
        float baseline = portrait.bottom() - style.below() - dashMiddle();
        float inset = style.inset() * style.size();
        boolean odd = number % 2 == 1;
        float x = odd ? portrait.width() - portrait.right() - inset : portrait.left() + inset;
        // the number is the page's, not the text's: a reader skips it
        tags.pagination(canvas, () -> ColumnText.showTextAligned(canvas, odd ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT,
                phrase, x, baseline, 0));
        canvas.restoreState();
    }

    /**
     * How far above the baseline the middle of the format's first character (the dash of
     * "— 1 —") is inked, from the glyph's box in the font; half an x-height where the face has
     * no boxes.
     */
    private float dashMiddle() {
        if (dashMiddle == null) {
            dashMiddle = style.size() * 0.3f;
            if (!numbering.prefix().isEmpty()) {
                var run = numbering.prefix().get(0);
                int[] box = text.font(run.face()).getCharBBox(run.text().codePointAt(0));
                if (box != null && box[3] > box[1]) {
                    dashMiddle = (box[1] + box[3]) / 2f / 1000f * style.size();
                }
            }
        }
        return dashMiddle;
    }
}
