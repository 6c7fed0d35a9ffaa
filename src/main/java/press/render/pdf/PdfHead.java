package press.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import press.render.layout.EmBox;
import press.render.layout.HeadPart;
import press.render.layout.PlacedRule;
import press.render.layout.PlacedText;
import press.render.style.PageStyle;
import press.render.style.StyleSheet;
import press.render.style.TextStyle;

/** Draws a 公文's 版头 where the layout placed it, outside the flow of the page. */
final class PdfHead {

    private final StyleSheet style;
    private final PdfText text;

    PdfHead(StyleSheet style, PdfText text) {
        this.style = style;
        this.text = text;
    }

    /** Draws each line as a paragraph of its own, in reading order, and the rules as decoration. */
    void draw(HeadPart head, PdfContentByte canvas, PageStyle page, PdfTags tags) {
        float top = page.height() - page.top();
        for (PlacedText line : head.texts()) {
            TextStyle lineStyle = style.role(line.role());
            Phrase phrase = text.phrase(line.role(), line.spans(), false);
            for (Element element : phrase) {
                if (element instanceof Chunk chunk) {
                    if (line.scale() < 1) {
                        chunk.setHorizontalScaling(line.scale());
                    }
                    if (line.spacing() != 0) {
                        chunk.setCharacterSpacing(lineStyle.letterSpacing() + line.spacing());
                    }
                }
            }
            float baseline = top - line.emTop() - EmBox.ASCENT * lineStyle.size();
            tags.content(canvas, tags.text(0), () -> ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, phrase,
                    page.left() + line.x(), baseline, 0));
        }
        tags.decoration(canvas, () -> rules(head, canvas, page, top));
    }

    private static void rules(HeadPart head, PdfContentByte canvas, PageStyle page, float top) {
        for (PlacedRule rule : head.rules()) {
            canvas.saveState();
            canvas.setColorStroke(new Color(rule.color()));
            canvas.setLineWidth(rule.width());
            float y = top - rule.y();
            canvas.moveTo(page.left() + rule.x(), y);
            canvas.lineTo(page.left() + rule.x() + rule.length(), y);
            canvas.stroke();
            canvas.restoreState();
        }
    }
}
