package press.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import java.util.ArrayList;
import java.util.List;
import press.fonts.FontRun;
import press.render.layout.BreakSpan;
import press.render.layout.Span;
import press.render.layout.TextParagraph;
import press.render.layout.TextSpan;

/**
 * Where a body paragraph breaks across pages: never leaving its last line alone at the top of
 * a page nor its first alone at the foot, and carrying at least its last line to the next page
 * with what must follow it there (the 附件说明 and signature). OpenPDF breaks lines but knows no
 * pages' worth of lines, so the paragraph is measured here and cut into a page's part, set
 * justified to its last line, and the rest.
 */
final class PdfBreaks {

    /** A page's lines and a paragraph's as OpenPDF counts them; measured room is rounded by this much. */
    private static final float SLACK = 0.5f;

    private final PdfComposer composer;

    PdfBreaks(PdfComposer composer) {
        this.composer = composer;
    }

    /**
     * Puts a paragraph in the flow; a body paragraph, or one that keeps room for what follows
     * it, is cut where the page ends so that neither its first nor its last line stands alone and
     * what must follow it comes with its last line.
     */
    void flow(TextParagraph laidOut) {
        if (laidOut.role() != press.render.style.Role.BODY && laidOut.tailRoom() == 0) {
            composer.put(composer.paragraph(laidOut));
            return;
        }
        float width = composer.textWidth();
        Paragraph whole = composer.paragraph(laidOut);
        int lines = lines(whole, width);
        int here = linesHere(laidOut, width, composer.flowY() - composer.bottom());
        if (here >= lines) {
            composer.put(whole);
        } else if (here == 0) {
            composer.newPage();
            composer.put(whole);
        } else {
            List<Paragraph> parts = cut(laidOut, width, here);
            int page = composer.pageNumber();
            composer.put(parts.get(0));
            if (parts.size() > 1) {
                if (composer.pageNumber() == page) {
                    composer.newPage();
                }
                composer.put(parts.get(1));
            }
        }
    }

    /**
     * How many of the paragraph's lines stay on this page, {@code room} points being left on
     * it: all of them, none (it starts the next page), or a number to cut it after.
     */
    int linesHere(TextParagraph laidOut, float width, float room) {
        Paragraph paragraph = composer.paragraph(laidOut);
        float leading = paragraph.getTotalLeading();
        int lines = lines(paragraph, width);
        int fit = (int) Math.floor((room - paragraph.getSpacingBefore() + SLACK) / leading);
        int tail = (int) Math.ceil(laidOut.tailRoom() / leading - SLACK / leading);
        if (lines + tail <= fit) {
            return lines;
        }
        int here = Math.min(fit, lines - (tail > 0 ? 1 : 2));
        return here < 2 ? 0 : here;
    }

    /**
     * The paragraph cut after its first {@code lines} lines: the first part justified to the
     * end of its last line, the second going on at the left edge as a wrapped line does.
     */
    List<Paragraph> cut(TextParagraph laidOut, float width, int lines) {
        List<Span> spans = laidOut.spans();
        String text = text(spans);
        int low = 1;
        int high = text.codePointCount(0, text.length()) - 1;
        int best = 0;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (lines(first(laidOut, middle), width) <= lines) {
                best = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        while (best > 0 && !breakable(text, best)) {
            best--;
        }
        if (best == 0) {
            return List.of(composer.paragraph(laidOut));
        }
        Paragraph first = first(laidOut, best);
        Paragraph rest = composer.paragraph(new TextParagraph(laidOut.role(), split(spans, best).get(1), laidOut.align(),
                laidOut.indent(), true, 0));
        rest.setFirstLineIndent(0);
        rest.setSpacingBefore(0);
        return List.of(first, rest);
    }

    private Paragraph first(TextParagraph laidOut, int codePoints) {
        Paragraph first = composer.paragraph(new TextParagraph(laidOut.role(), split(laidOut.spans(), codePoints).get(0),
                laidOut.align(), laidOut.indent(), laidOut.flushTop(), 0));
        first.setAlignment(Element.ALIGN_JUSTIFIED_ALL);
        first.setSpacingAfter(0);
        return first;
    }

    /** Lines OpenPDF sets the paragraph in at {@code width}. */
    static int lines(Paragraph paragraph, float width) {
        ColumnText column = new ColumnText(null);
        column.setSimpleColumn(0, 0, width, 1_000_000);
        column.addElement(paragraph);
        try {
            column.go(true);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot measure a paragraph", e);
        }
        return column.getLinesWritten();
    }

    private static boolean breakable(String text, int codePoints) {
        int at = text.offsetByCodePoints(0, codePoints);
        return press.fonts.Punctuation.mayBreakBetween(text.charAt(at - 1), text.charAt(at));
    }

    private static String text(List<Span> spans) {
        StringBuilder text = new StringBuilder();
        for (Span span : spans) {
            switch (span) {
                case TextSpan textSpan -> textSpan.runs().forEach(run -> text.append(run.text()));
                case BreakSpan lineBreak -> text.append('\n');
            }
        }
        return text.toString();
    }

    /** The spans before and after the first {@code codePoints} characters. */
    static List<List<Span>> split(List<Span> spans, int codePoints) {
        List<Span> before = new ArrayList<>();
        List<Span> after = new ArrayList<>();
        int left = codePoints;
        for (Span span : spans) {
            switch (span) {
                case BreakSpan lineBreak -> {
                    (left > 0 ? before : after).add(lineBreak);
                    left--;
                }
                case TextSpan textSpan -> {
                    List<FontRun> head = new ArrayList<>();
                    List<FontRun> tail = new ArrayList<>();
                    for (FontRun run : textSpan.runs()) {
                        int length = run.text().codePointCount(0, run.text().length());
                        if (left >= length) {
                            head.add(run);
                        } else if (left <= 0) {
                            tail.add(run);
                        } else {
                            int at = run.text().offsetByCodePoints(0, left);
                            head.add(new FontRun(run.face(), run.text().substring(0, at)));
                            tail.add(new FontRun(run.face(), run.text().substring(at)));
                        }
                        left -= length;
                    }
                    if (!head.isEmpty()) {
                        before.add(new TextSpan(textSpan.role(), textSpan.strong(), head));
                    }
                    if (!tail.isEmpty()) {
                        after.add(new TextSpan(textSpan.role(), textSpan.strong(), tail));
                    }
                }
            }
        }
        return List.of(before, after);
    }
}
