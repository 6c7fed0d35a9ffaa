package press.render.docx;

import java.util.List;
import press.render.compose.GlyphForm;
import press.render.page.GlyphRun;
import press.render.page.TextLine;

/**
 * Our pages' lines of one paragraph, kept in a word processor: a line that Word or LibreOffice
 * would set wider than its measure carries a character spacing tight enough to hold it, and a
 * list of names may carry our line ends as line breaks. Where our pages compress punctuation
 * (CLREQ), Word and LibreOffice 7.4 set every mark a full em, and a line of ours that needs that
 * room would lose its last characters to the next line. The room is taken evenly from the
 * line's characters: LibreOffice drops a negative spacing set on a mark alone, as it spaces no
 * portion's last character. LibreOffice's own space between CJK and digits (a fifth of an em,
 * whatever w:autoSpaceDE says) is not made up for: Word would set those lines too tight.
 */
final class DocxLineFit {

    /** What a line holds in hand against the word processor's rounding (LibreOffice sets in twips), in points. */
    private static final float HAIR = 0.5f;
    /** No spacing of the line's own: the role's. */
    static final int ROLE = Integer.MIN_VALUE;

    private static final DocxLineFit NONE = new DocxLineFit(new int[0], new int[0], new boolean[0]);

    private final int[] starts;
    private final int[] spacing;
    private final boolean[] breakBefore;

    private DocxLineFit(int[] starts, int[] spacing, boolean[] breakBefore) {
        this.starts = starts;
        this.spacing = spacing;
        this.breakBefore = breakBefore;
    }

    static DocxLineFit none() {
        return NONE;
    }

    /**
     * The fit of a paragraph of {@code text} set in {@code lines} by our pages, each line
     * {@code measure} wide less the paragraph's {@code left} indent and, on the first line, its
     * {@code firstLine} offset, with the role's {@code tracking} in twips; with
     * {@code breakBetweenNames}, a line of ours that ends after a "，" ends there in the DOCX too.
     */
    static DocxLineFit of(List<TextLine> lines, String text, float measure, float left, float firstLine, int tracking,
                          boolean breakBetweenNames) {
        if (lines.isEmpty() || measure <= 0) {
            return NONE;
        }
        int[] starts = new int[lines.size()];
        int[] spacing = new int[lines.size()];
        boolean[] breakBefore = new boolean[lines.size()];
        int offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).text();
            if (!text.startsWith(line, offset)) {
                return NONE;
            }
            starts[i] = offset;
            offset += line.length();
            breakBefore[i] = breakBetweenNames && i > 0 && lines.get(i - 1).text().endsWith("，");
            spacing[i] = tightened(lines.get(i), measure - left - (i == 0 ? firstLine : 0), tracking);
        }
        return offset == text.length() ? new DocxLineFit(starts, spacing, breakBefore) : NONE;
    }

    /** The spacing in twips the character at {@code offset} carries, or {@link #ROLE}. */
    int spacing(int offset) {
        int line = line(offset);
        return line < 0 ? ROLE : spacing[line];
    }

    /** Whether a line break goes before the character at {@code offset}. */
    boolean breakBefore(int offset) {
        int line = line(offset);
        return line > 0 && starts[line] == offset && breakBefore[line];
    }

    private int line(int offset) {
        for (int i = starts.length - 1; i >= 0; i--) {
            if (starts[i] <= offset) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The spacing that holds the line in {@code available} points where the role's tracking would
     * not, in whole twips. LibreOffice spaces every character but the last of a portion (a run of
     * one face in one script: 到 before 2027 ends one), Word every character, so Word's line
     * comes out a little shorter.
     */
    private static int tightened(TextLine line, float available, int tracking) {
        float advances = 0;
        int characters = 0;
        int faces = 0;
        Object face = null;
        for (GlyphRun run : line.runs()) {
            if (run.scale() < 1 || run.form() == GlyphForm.CLUSTER) {
                return ROLE;
            }
            int count = run.text().codePointCount(0, run.text().length());
            advances += (run.width() - count * run.spacing()) / run.form().share();
            characters += count;
            if (!run.face().equals(face)) {
                faces++;
                face = run.face();
            }
        }
        int spaced = characters - faces - portionsOfScript(line.text());
        if (spaced <= 0 || advances + spaced * tracking / 20f <= available - HAIR) {
            return ROLE;
        }
        return Math.min(tracking, (int) Math.floor((available - HAIR - advances) * 20 / spaced));
    }

    /** How often the text changes between CJK and other characters, where LibreOffice begins a new portion. */
    static int portionsOfScript(String text) {
        int changes = 0;
        int previous = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int script = c >= 0x2E80 ? 1 : 2;
            changes += previous != 0 && previous != script ? 1 : 0;
            previous = script;
        }
        return changes;
    }
}
