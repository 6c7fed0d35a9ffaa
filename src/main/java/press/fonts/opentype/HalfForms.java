package press.fonts.opentype;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** Which glyph draws each character, whole by {@code mapping} or halved by a form from glyph {@code firstHalf} on. */
    SubsetGlyphs glyphs(Map<Integer, Integer> mapping, int firstHalf) {
        TreeMap<Integer, int[]> byCharacter = new TreeMap<>();
        mapping.forEach((codePoint, glyph) -> byCharacter.computeIfAbsent(codePoint, c -> new int[3])[0] = glyph);
        for (int i = 0; i < forms.size(); i++) {
            Form form = forms.get(i);
            byCharacter.computeIfAbsent(form.codePoint(), c -> new int[3])[form.left() ? 1 : 2] = firstHalf + i;
        }
        int[][] columns = new int[4][byCharacter.size()];
        int row = 0;
        for (var entry : byCharacter.entrySet()) {
            columns[0][row] = entry.getKey();
            for (int c = 0; c < 3; c++) {
                columns[c + 1][row] = entry.getValue()[c];
            }
            row++;
        }
        return new SubsetGlyphs(columns[0], columns[1], columns[2], columns[3]);
    }
}
