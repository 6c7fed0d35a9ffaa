package press.render.docx;

import java.util.List;
import org.docx4j.wml.Br;
import org.docx4j.wml.P;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import press.fonts.FontFace;
import press.fonts.FontRun;
import press.render.layout.BreakSpan;
import press.render.layout.Indent;
import press.render.layout.Span;
import press.render.layout.TextParagraph;
import press.render.layout.TextSpan;
import press.render.style.Role;
import press.render.style.StyleSheet;
import press.render.style.TextStyle;

/**
 * Laid-out text as Word paragraphs and runs: each paragraph names its role's style, and says
 * only what the layout gives beyond it; each run names its font for ascii, hAnsi and eastAsia,
 * and a span in another role than its paragraph's carries that role's size and colour.
 */
final class DocxText {

    private final StyleSheet style;
    private final DocxFonts fonts;
    private final DocxLines lines;

    DocxText(StyleSheet style, DocxFonts fonts) {
        this(style, fonts, DocxLines.none());
    }

    /** With the lines our pages set the paragraphs in, which {@link #paragraph(TextParagraph, float)} keeps. */
    DocxText(StyleSheet style, DocxFonts fonts, DocxLines lines) {
        this.style = style;
        this.fonts = fonts;
        this.lines = lines;
    }

    DocxFonts fonts() {
        return fonts;
    }

    P paragraph(TextParagraph laidOut) {
        return paragraph(laidOut, DocxLineFit.none());
    }

    /**
     * A paragraph {@code measure} points wide (the text block's width, or a cell's less its
     * margins) that keeps our pages' lines: each line holds what ours holds, and a list of names
     * in the closing block (抄送, 报, 送, 发) ends its lines where ours end between two names.
     */
    P paragraph(TextParagraph laidOut, float measure) {
        TextStyle role = style.role(laidOut.role());
        boolean names = laidOut.role() == Role.CLOSING && laidOut.indent() != null && laidOut.indent().firstLine() < 0;
        int tracking = (int) Math.floor(role.letterSpacing() * 20);
        return paragraph(laidOut, DocxLineFit.of(lines.take(laidOut), DocxLines.text(laidOut), measure, laidOut.left(),
                laidOut.firstLine(role), tracking, names));
    }

    private P paragraph(TextParagraph laidOut, DocxLineFit fit) {
        P paragraph = Wml.paragraph(laidOut.role().key());
        if (laidOut.align() != null) {
            paragraph.getPPr().setJc(Wml.jc(laidOut.align()));
        }
        if (laidOut.indent() != null) {
            paragraph.getPPr().setInd(indent(laidOut.indent()));
        }
        if (laidOut.flushTop()) {
            PPrBase.Spacing spacing = Wml.FACTORY.createPPrBaseSpacing();
            spacing.setBefore(java.math.BigInteger.ZERO);
            paragraph.getPPr().setSpacing(spacing);
        }
        add(paragraph, laidOut.role(), laidOut.spans(), fit);
        return paragraph;
    }

    private static PPrBase.Ind indent(Indent indent) {
        PPrBase.Ind ind = Wml.FACTORY.createPPrBaseInd();
        ind.setLeft(Wml.twips(indent.left()));
        if (indent.firstLine() < 0) {
            ind.setHanging(Wml.twips(indent.hang()));
        } else {
            ind.setFirstLine(Wml.twips(indent.firstLine()));
        }
        return ind;
    }

    /** Adds the spans of a paragraph in {@code role}. */
    void add(P paragraph, Role role, List<Span> spans) {
        add(paragraph, role, spans, DocxLineFit.none());
    }

    /**
     * Writes the spans as runs: one run for as long as the face, weight, role and tightening stay
     * the same, so the names of a list kept whole, spans of their own, read as one run in Word;
     * a line break where our pages break the line or the spans say so.
     */
    private void add(P paragraph, Role role, List<Span> spans, DocxLineFit fit) {
        PendingRun pending = null;
        int offset = 0;
        for (Span span : spans) {
            switch (span) {
                case TextSpan text -> {
                    for (FontRun fontRun : text.runs()) {
                        String characters = fontRun.text();
                        for (int i = 0; i < characters.length(); i++) {
                            int spacing = fit.spacing(offset + i);
                            boolean breakBefore = fit.breakBefore(offset + i);
                            if (breakBefore || pending == null || !pending.continues(fontRun.face(), text, spacing)) {
                                flush(paragraph, role, pending);
                                if (breakBefore) {
                                    paragraph.getContent().add(lineBreak());
                                }
                                pending = new PendingRun(fontRun.face(), text, spacing, new StringBuilder());
                            }
                            pending.characters().append(characters.charAt(i));
                        }
                        offset += characters.length();
                    }
                }
                case BreakSpan lineBreak -> {
                    flush(paragraph, role, pending);
                    pending = null;
                    paragraph.getContent().add(lineBreak());
                }
            }
        }
        flush(paragraph, role, pending);
    }

    /** Characters gathered for one run: of one face, in one span's role and weight, at one spacing. */
    private record PendingRun(FontFace face, TextSpan span, int spacing, StringBuilder characters) {

        boolean continues(FontFace nextFace, TextSpan next, int nextSpacing) {
            return nextFace.equals(face) && next.role() == span.role() && next.strong() == span.strong()
                    && nextSpacing == spacing;
        }
    }

    private void flush(P paragraph, Role role, PendingRun pending) {
        if (pending == null) {
            return;
        }
        R run = run(new FontRun(pending.face(), pending.characters().toString()), pending.span().strong());
        if (pending.span().role() != role) {
            inRole(run.getRPr(), style.role(pending.span().role()));
        }
        if (pending.spacing() != DocxLineFit.ROLE) {
            org.docx4j.wml.CTSignedTwipsMeasure tightened = Wml.FACTORY.createCTSignedTwipsMeasure();
            tightened.setVal(java.math.BigInteger.valueOf(pending.spacing()));
            run.getRPr().setSpacing(tightened);
        }
        paragraph.getContent().add(run);
    }

    private static R lineBreak() {
        R run = Wml.FACTORY.createR();
        Br br = Wml.FACTORY.createBr();
        run.getContent().add(br);
        return run;
    }

    /** Size and colour of another role than the paragraph's, as the "附件1：" before an appendix title. */
    private static void inRole(RPr rPr, TextStyle textStyle) {
        org.docx4j.wml.HpsMeasure size = Wml.FACTORY.createHpsMeasure();
        size.setVal(Wml.halfPoints(textStyle.size()));
        rPr.setSz(size);
        org.docx4j.wml.Color color = Wml.FACTORY.createColor();
        color.setVal(Wml.hex(textStyle.color()));
        rPr.setColor(color);
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
