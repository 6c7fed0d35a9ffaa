package press.render.page;

import java.util.ArrayList;
import java.util.List;
import press.render.compose.ComposedLine;
import press.render.layout.EmBox;
import press.render.layout.HeadPart;
import press.render.layout.LaidOutChart;
import press.render.layout.LaidOutFigure;
import press.render.layout.MastheadLine;
import press.render.layout.PlacedRule;
import press.render.layout.PlacedText;
import press.render.layout.SealMark;
import press.render.layout.SignatureBlock;
import press.render.layout.SignatureLine;
import press.render.layout.Span;
import press.render.layout.TextParagraph;
import press.render.layout.TextSpan;
import press.render.style.Role;
import press.render.style.StyleSheet;
import press.render.style.TextStyle;

/**
 * The parts that are one block each: the 简报's masthead line, the 公文's 版头, the signature
 * with its seal, a picture, a chart.
 */
final class FixedParts {

    /** What a reader who cannot see the seal is told it is. */
    private static final String SEAL = "印章";
    /** The padding OpenPDF gave a masthead cell above and beside its line, which the 简报 was set with. */
    private static final float MASTHEAD_PADDING = 2;

    private final PaginationPass pass;
    private final StyleSheet style;

    FixedParts(PaginationPass pass) {
        this.pass = pass;
        this.style = pass.style();
    }

    /** The compiling office at the left and the date at the right, over a rule across the text block. */
    Flow.Block mastheadLine(MastheadLine line, float width) {
        TextStyle role = style.role(Role.MASTHEAD_LINE);
        float height = MASTHEAD_PADDING + role.leading() + role.size() * 0.5f;
        int element = pass.structure().paragraph(Role.MASTHEAD_LINE);
        return new Flow.Block(height, (canvas, top) -> {
            float baseline = top + MASTHEAD_PADDING + role.leading();
            List<GlyphRun> office = runs(line.office());
            List<GlyphRun> date = runs(line.date());
            float left = canvas.left() + MASTHEAD_PADDING;
            canvas.add(new TextLine(left, baseline, 0, office, canvas.content(element)));
            canvas.add(new TextLine(canvas.left() + width - MASTHEAD_PADDING - Lines.width(date), baseline, 0, date,
                    canvas.content(element)));
            canvas.add(new Rule(canvas.left(), top + height, canvas.left() + width, top + height, line.rule(),
                    line.ruleColor(), Tag.DECORATION));
        });
    }

    /**
     * The 版头 at the places the layout gave its lines and rules, measured from the text block's
     * top; the block reaches down to where the title's first line box starts.
     */
    Flow.Block head(HeadPart head, Frame frame) {
        TextStyle title = style.role(Role.TITLE);
        float textTop = frame.top();
        float height = Math.max(0, head.titleTop() + EmBox.ASCENT * title.size() - Lines.baseline(title));
        List<Integer> elements = new ArrayList<>();
        head.texts().forEach(text -> elements.add(pass.structure().paragraph(text.role())));
        return new Flow.Block(height, (canvas, top) -> {
            for (int i = 0; i < head.texts().size(); i++) {
                PlacedText line = head.texts().get(i);
                TextStyle lineStyle = style.role(line.role());
                List<GlyphRun> runs = new ArrayList<>();
                for (Span span : line.spans()) {
                    if (span instanceof TextSpan text) {
                        runs.addAll(pass.lines().runs(text.runs(), style.role(text.role()), line.spacing(), line.scale(),
                                text.strong()));
                    }
                }
                float baseline = textTop + line.emTop() + EmBox.ASCENT * lineStyle.size();
                canvas.add(new TextLine(canvas.left() + line.x(), baseline, 0, runs, canvas.content(elements.get(i))));
            }
            for (PlacedRule rule : head.rules()) {
                float y = textTop + rule.y();
                canvas.add(new Rule(canvas.left() + rule.x(), y, canvas.left() + rule.x() + rule.length(), y, rule.width(),
                        rule.color(), Tag.DECORATION));
            }
        });
    }

    /**
     * The signature's lines in their rows, a row taking as many body lines as its longest text
     * wraps to, and the seals pressed over them, each below the em centre of its row's last line
     * by what the layout says. What a seal reaches below the last row must still be on the page.
     */
    Flow.Block signature(SignatureBlock block, float width) {
        TextStyle role = style.role(Role.SIGNATURE);
        float leading = role.leading();
        List<List<ComposedLine>> composed = new ArrayList<>();
        int[] rowLines = new int[block.rows()];
        java.util.Arrays.fill(rowLines, 1);
        for (SignatureLine line : block.lines()) {
            List<ComposedLine> lines = pass.lines().compose(line.text(), width);
            composed.add(lines);
            rowLines[line.row()] = Math.max(rowLines[line.row()], lines.size());
        }
        float[] rowTop = new float[rowLines.length + 1];
        for (int row = 0; row < rowLines.length; row++) {
            rowTop[row + 1] = rowTop[row] + rowLines[row] * leading;
        }
        float height = rowTop[rowLines.length];
        float lift = (EmBox.ASCENT - 0.5f) * role.size();
        float[] sealCentre = new float[block.seals().size()];
        float overhang = 0;
        for (int i = 0; i < sealCentre.length; i++) {
            SealMark seal = block.seals().get(i);
            float lastLine = rowTop[seal.row()] + (rowLines[seal.row()] - 1) * leading;
            sealCentre[i] = lastLine + Lines.baseline(role) - lift + seal.below();
            overhang = Math.max(overhang, sealCentre[i] + seal.height() / 2 - height);
        }
        int[] lineElements = block.lines().stream().mapToInt(line -> pass.structure().paragraph(Role.SIGNATURE)).toArray();
        int[] sealElements = block.seals().stream().mapToInt(seal -> pass.structure().figure(SEAL)).toArray();
        return new Flow.Block(height, overhang, false, (canvas, top) -> {
            for (int i = 0; i < composed.size(); i++) {
                SignatureLine line = block.lines().get(i);
                lines(canvas, line.text(), composed.get(i), top + rowTop[line.row()], width, lineElements[i]);
            }
            for (int i = 0; i < sealCentre.length; i++) {
                press(canvas, block.seals().get(i), top + sealCentre[i], sealElements[i]);
            }
        });
    }

    /** Draws a paragraph's lines from {@code top}. */
    private void lines(PageCanvas canvas, TextParagraph paragraph, List<ComposedLine> lines, float top, float width,
                       int element) {
        TextStyle role = style.role(paragraph.role());
        float baseline = top + Lines.baseline(role) - role.leading();
        for (ComposedLine line : lines) {
            baseline += role.leading();
            canvas.add(pass.lines().place(paragraph, line, canvas.left(), width, baseline, 1, canvas.content(element)));
        }
    }

    /** The seal multiplies with the text under it, so every character it covers stays legible. */
    private void press(PageCanvas canvas, SealMark seal, float centreY, int element) {
        float height = seal.height();
        canvas.add(new PlacedImage(seal.png(), true, canvas.left() + seal.centreX() - seal.width() / 2,
                centreY - height / 2, seal.width(), height, Blend.MULTIPLY, canvas.content(element)));
    }

    /** A picture centred in the text block, half a body line below what precedes it. */
    Flow.Block figure(LaidOutFigure figure, float width) {
        float gap = style.role(Role.BODY).leading() / 2;
        int element = pass.structure().figure(figure.alternative());
        return new Flow.Block(figure.height() + gap, (canvas, top) -> canvas.add(new PlacedImage(figure.data(),
                figure.png(), canvas.left() + (width - figure.width()) / 2, top + gap, figure.width(), figure.height(),
                Blend.NORMAL, canvas.content(element))));
    }

    /** A chart a quarter of a body line below the text above: one figure to a reader, its words its alternative text. */
    Flow.Block chart(LaidOutChart chart) {
        float gap = style.role(Role.BODY).leading() / 4;
        int element = pass.structure().figure(chart.alternative());
        return new Flow.Block(chart.height() + gap, (canvas, top) -> {
            Tag tag = canvas.content(element);
            canvas.add(new PlacedChart(chart, canvas.left(), top + gap, tag,
                    new ChartDrawing(style, pass.lines()).draw(chart, canvas.left(), top + gap, tag)));
        });
    }

    private List<GlyphRun> runs(List<Span> spans) {
        List<GlyphRun> runs = new ArrayList<>();
        for (Span span : spans) {
            if (span instanceof TextSpan text) {
                runs.addAll(pass.lines().runs(text.runs(), style.role(text.role()), 0, 1, text.strong()));
            }
        }
        return runs;
    }
}
