package press.render.compose;

import java.util.ArrayList;
import java.util.List;
import press.fonts.FontFace;
import press.fonts.FontRun;
import press.render.layout.BreakSpan;
import press.render.layout.Keep;
import press.render.layout.Span;
import press.render.layout.TextParagraph;
import press.render.layout.TextSpan;
import press.render.style.Align;
import press.render.style.StyleSheet;
import press.render.style.TextStyle;

/**
 * Composes paragraphs into lines. Built once per style sheet and shared; every call works on its
 * own arrays. Forced line breaks cut a paragraph into segments, each broken by {@link TotalFit};
 * the first line of the paragraph is narrower by its first-line indent.
 */
public final class LineComposer {

    private final StyleSheet style;

    public LineComposer(StyleSheet style) {
        this.style = style;
    }

    /** The paragraph's lines at a measure of {@code width} points, measured by {@code measure}. */
    public List<ComposedLine> compose(TextParagraph paragraph, float width, Measure measure) {
        TextStyle role = style.role(paragraph.role());
        Align align = paragraph.align(role);
        float left = paragraph.left();
        float firstLine = paragraph.firstLine(role);
        List<ComposedLine> lines = new ArrayList<>();
        List<Atom> segment = new ArrayList<>();
        List<Span> spans = paragraph.spans();
        for (int index = 0; index < spans.size(); index++) {
            switch (spans.get(index)) {
                case TextSpan text -> atoms(index, text, measure, segment);
                case BreakSpan lineBreak -> {
                    compose(segment, lineBreak.face(), lines, width - left, firstLine, align, role.size());
                    segment = new ArrayList<>();
                }
            }
        }
        if (!segment.isEmpty()) {
            compose(segment, segment.get(segment.size() - 1).face(), lines, width - left, firstLine, align, role.size());
        }
        return lines;
    }

    private void atoms(int index, TextSpan span, Measure measure, List<Atom> atoms) {
        int first = atoms.size();
        addAtoms(index, span, measure, atoms);
        if (span.keep() != Keep.ANYWHERE) {
            BreakCosts.within(span, atoms.subList(first, atoms.size()));
        }
    }

    private void addAtoms(int index, TextSpan span, Measure measure, List<Atom> atoms) {
        TextStyle textStyle = style.role(span.role());
        float size = textStyle.size();
        for (FontRun run : span.runs()) {
            FontFace face = run.face();
            if (measure.shaped(face)) {
                for (String piece : Clusters.pieces(run.text())) {
                    atoms.add(new Atom(index, face, piece, size, measure.advance(face, piece, size), 0, AtomKind.SHAPED));
                }
                continue;
            }
            String text = run.text();
            for (int at = 0; at < text.length(); ) {
                int c = text.codePointAt(at);
                String character = text.substring(at, at + Character.charCount(c));
                at += character.length();
                float advance = measure.advance(face, character, size);
                // a writer counts spacing per UTF-16 unit but applies it per glyph: beyond the BMP, none
                float tracking = character.length() == 1 ? textStyle.letterSpacing() : 0;
                atoms.add(new Atom(index, face, character, size, advance, tracking, AtomKind.of(c, advance, size)));
            }
        }
    }

    private static void compose(List<Atom> segment, FontFace end, List<ComposedLine> lines, float measure,
                                float firstLine, Align align, float em) {
        boolean first = lines.isEmpty();
        if (segment.isEmpty()) {
            lines.add(new ComposedLine(List.of(), 0, end, false, first));
            return;
        }
        TotalFit fit = new TotalFit(segment, first ? measure - firstLine : measure, measure, align == Align.JUSTIFY,
                align == Align.CENTER, em);
        lines.addAll(fit.lines(first));
    }
}
