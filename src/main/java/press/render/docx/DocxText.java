package press.render.docx;

import java.util.List;
import org.docx4j.wml.Br;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import press.model.Inline;
import press.model.LineBreak;
import press.model.Strong;
import press.model.Text;
import press.render.FontRun;
import press.render.TextStyle;

/**
 * Text as Word runs: cut into runs of one face by the font library (fallback and 避头尾 as in
 * the PDF), each run naming its font for ascii, hAnsi and eastAsia; everything else comes from
 * the paragraph's style.
 */
final class DocxText {

    private final DocxFonts fonts;

    DocxText(DocxFonts fonts) {
        this.fonts = fonts;
    }

    P paragraph(String styleId, List<Inline> inlines, TextStyle style, String where) {
        P paragraph = Wml.paragraph(styleId);
        add(paragraph, inlines, style, false, where);
        return paragraph;
    }

    P paragraph(String styleId, String text, TextStyle style, String where) {
        P paragraph = Wml.paragraph(styleId);
        add(paragraph, text, style, false, where);
        return paragraph;
    }

    void add(P paragraph, List<Inline> inlines, TextStyle style, boolean strong, String where) {
        for (Inline inline : inlines) {
            if (inline instanceof Text text) {
                add(paragraph, text.value(), style, strong, where);
            } else if (inline instanceof Strong emphasis) {
                add(paragraph, emphasis.content(), style, true, where);
            } else if (inline instanceof LineBreak) {
                R run = Wml.FACTORY.createR();
                Br br = Wml.FACTORY.createBr();
                run.getContent().add(br);
                paragraph.getContent().add(run);
            }
        }
    }

    void add(P paragraph, String text, TextStyle style, boolean strong, String where) {
        for (FontRun fontRun : fonts.runs(text, style.font(), where)) {
            paragraph.getContent().add(run(fontRun, strong));
        }
    }

    /** Text in another role's font and size than its paragraph's, as the "附件1：" before an appendix title. */
    void addInRole(P paragraph, String text, TextStyle style, String where) {
        for (FontRun fontRun : fonts.runs(text, style.font(), where)) {
            R run = run(fontRun, false);
            org.docx4j.wml.HpsMeasure size = Wml.FACTORY.createHpsMeasure();
            size.setVal(Wml.halfPoints(style.size()));
            run.getRPr().setSz(size);
            org.docx4j.wml.Color color = Wml.FACTORY.createColor();
            color.setVal(Wml.hex(style.color()));
            run.getRPr().setColor(color);
            paragraph.getContent().add(run);
        }
    }

    R run(FontRun fontRun, boolean strong) {
        R run = Wml.FACTORY.createR();
        RPr rPr = Wml.FACTORY.createRPr();
        rPr.setRFonts(fonts.rFonts(fonts.name(fontRun.face())));
        if (strong) {
            rPr.setB(Wml.on());
        }
        run.setRPr(rPr);
        run.getContent().add(Wml.text(fontRun.text()));
        return run;
    }
}
