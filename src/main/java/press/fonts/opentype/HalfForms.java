package press.fonts.opentype;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The half-width forms one subset appends after all its other glyphs, in the order they were
 * added; and the subset's answer once it is cut: which glyph draws each character whole and
 * which draw its halves. Line composition gives up the blank half of a full-width mark's em, and
 * a glyph of half the advance keeps a PDF's glyph boxes from overlapping where it does.
 */
final class HalfForms {

    /**
     * One half form of {@code codePoint}, from source glyph {@code glyph}: its outline moved by
     * {@code shift} (0 for a left half) and its advance, in font units.
     */
    record Form(int codePoint, int glyph, boolean left, int shift, int advance, byte[] outline) {
    }

    private final List<Form> forms = new ArrayList<>();

    void add(Form form) {
        forms.add(form);
    }

    Form form(int index) {
        return forms.get(index);
    }

    /** The source glyph of each form: their composites' components must be in the subset too. */
    int[] sources() {
        return forms.stream().mapToInt(Form::glyph).toArray();
    }

    /** The subset's glyphs followed by a slot for each form, holding its source glyph. */
    int[] appendTo(int[] glyphs) {
        int[] all = Arrays.copyOf(glyphs, glyphs.length + forms.size());
        for (int i = 0; i < forms.size(); i++) {
            all[glyphs.length + i] = forms.get(i).glyph();
        }
        return all;
    }

    /** For each of {@code glyphCount} glyphs, the forms last, the outline that replaces its source's, or null. */
    byte[][] outlinesFor(int glyphCount) {
        byte[][] outlines = new byte[glyphCount][];
        for (int i = 0; i < forms.size(); i++) {
            outlines[glyphCount - forms.size() + i] = forms.get(i).outline();
        }
        return outlines;
    }

    /** Says each form, glyph {@code firstHalf} on, draws its character: no character map reaches it. */
    void drawTheirCharacters(int[] unicodes, int firstHalf) {
        for (int i = 0; i < forms.size(); i++) {
            unicodes[firstHalf + i] = forms.get(i).codePoint();
        }
    }

    /** Which glyph draws each character: whole as {@code numbering} maps it, or halved by a form. */
    SubsetGlyphs glyphs(GlyphNumbering numbering) {
        int[] codePoints = numbering.codePoints();
        int[] mapped = numbering.mapped();
        // the characters drawn whole, and those drawn only in halves (a mark a line always compresses)
        int[] characters = Arrays.copyOf(codePoints, codePoints.length + forms.size());
        int count = codePoints.length;
        for (Form form : forms) {
            if (Arrays.binarySearch(codePoints, form.codePoint()) < 0
                    && Arrays.stream(characters, codePoints.length, count).noneMatch(c -> c == form.codePoint())) {
                characters[count++] = form.codePoint();
            }
        }
        characters = Arrays.copyOf(characters, count);
        Arrays.sort(characters);
        int[] whole = new int[count];
        int[] left = new int[count];
        int[] right = new int[count];
        for (int i = 0; i < codePoints.length; i++) {
            whole[Arrays.binarySearch(characters, codePoints[i])] = mapped[i];
        }
        for (int i = 0; i < forms.size(); i++) {
            Form form = forms.get(i);
            (form.left() ? left : right)[Arrays.binarySearch(characters, form.codePoint())] = numbering.firstHalf() + i;
        }
        return new SubsetGlyphs(characters, whole, left, right);
    }
}
