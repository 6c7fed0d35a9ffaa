package press.render.docx;

import java.util.Arrays;
import java.util.List;
import press.render.compose.GlyphForm;
import press.render.page.GlyphRun;
import press.render.page.TextLine;

/**
 * Our pages' lines of one paragraph, kept in a word processor: a line that Word or LibreOffice
 * would set wider than its measure carries a character spacing tight enough to hold it, and a
 * list of names may carry our line ends as line breaks. Where our pages compress punctuation
 * (CLREQ), Word and LibreOffice 7.4 set every mark a full em, and LibreOffice sets a fifth of an
 * em between CJK and digits whatever w:autoSpaceDE says; a line of ours that needs that room
 * would lose its last characters to the next line. The room is taken evenly from the line's
 * characters: LibreOffice drops a negative spacing set on a mark alone, as it spaces no
 * portion's last character. A paragraph's lines after one that LibreOffice cannot keep without
 * loosening Word's keep the role's spacing: they no longer hold our characters there.
 */
final class DocxLineFit {

    /** LibreOffice 7.4's space between CJK and a Latin letter or digit, whatever w:autoSpaceDE says (measured), in ems. */
    static final float AUTO_SPACE = 0.2f;
    /** The most a line's characters are tightened for a word processor, in ems each. */
    private static final float TIGHTEST = 0.15f;
    /** What a line holds in hand against the word processor's rounding (LibreOffice sets in twips), in points. */
    private static final float HAIR = 0.5f;
    /** No spacing of the line's own: the role's. */
    static final int ROLE = Integer.MIN_VALUE;
    /** The role's spacing, on a line LibreOffice will not end where ours ends. */
    private static final int DRIFTS = Integer.MIN_VALUE + 1;

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
    static DocxLineFit of(List<TextLine> setLines, String text, float measure, float left, float firstLine, int tracking,
                          boolean breakBetweenNames) {
        List<TextLine> lines = setLines.stream().filter(line -> !line.text().isEmpty()).toList();
        if (lines.isEmpty() || measure <= 0) {
            return NONE;
        }
        int[] starts = new int[lines.size()];
        int[] spacing = new int[lines.size()];
        boolean[] breakBefore = new boolean[lines.size()];
        int offset = 0;
        boolean drifted = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).text();
            if (!text.startsWith(line, offset)) {
                return NONE;
            }
            starts[i] = offset;
            offset += line.length();
            breakBefore[i] = breakBetweenNames && i > 0 && lines.get(i - 1).text().endsWith("，");
            float next = i + 1 < lines.size() ? firstAdvance(lines.get(i + 1)) : Float.POSITIVE_INFINITY;
            // once LibreOffice ends a line elsewhere, the lines after it hold other characters than ours
            spacing[i] = drifted ? ROLE : tightened(lines.get(i), measure - left - (i == 0 ? firstLine : 0), tracking, next);
            drifted |= spacing[i] == DRIFTS;
            spacing[i] = spacing[i] == DRIFTS ? ROLE : spacing[i];
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

    /** The line that holds the character at {@code offset}: the last that starts at or before it. */
    private int line(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        // no two lines start at one offset: empty lines are left out
        return found >= 0 ? found : -found - 2;
    }

    /**
     * The spacing that holds the line in {@code available} points where the role's tracking would
     * not, in whole twips, or the role's. LibreOffice spaces every character but the last of a
     * portion (a run of one face in one script: 到 before 2027 ends one) and sets its space between
     * CJK and digits; Word spaces every character and sets no such space, so its line comes out
     * shorter — but never so short that it takes up {@code next}, the first character of the next
     * line, {@code next} points wide (infinite after the last line). Where it would, and where
     * the room wanted is more than {@link #TIGHTEST} of an em a character, the role's spacing
     * stays ({@link #DRIFTS}) and the line may end earlier in the word processor.
     */
    private static int tightened(TextLine line, float available, int tracking, float next) {
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
        if (characters == 0) {
            return ROLE;
        }
        float size = line.runs().get(0).size();
        float autoSpace = AUTO_SPACE * size * changes(line.text(), true);
        int spaced = characters - faces - changes(line.text(), false);
        float libreOffice = advances + autoSpace + spaced * tracking / 20f;
        float word = advances + characters * tracking / 20f;
        if (Math.max(libreOffice, word) <= available - HAIR) {
            return ROLE;
        }
        if (spaced <= 0) {
            return ROLE;
        }
        int spacing = Math.min(tracking, (int) Math.floor((available - HAIR - advances - autoSpace) * 20 / spaced));
        boolean wordTakesNext = advances + (characters + 1) * spacing / 20f + next <= available;
        return wordTakesNext || spacing < -TIGHTEST * size * 20 ? DRIFTS : spacing;
    }

    /**
     * How often the text changes between CJK and other characters, where LibreOffice begins a new
     * portion, or with {@code spaced} between CJK and a Latin letter or digit right beside it,
     * where it also sets its space ("40%以" stays close).
     */
    static int changes(String text, boolean spaced) {
        int changes = 0;
        int previous = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            int script = c >= 0x2E80 ? 1 : !spaced || c < 0x80 && Character.isLetterOrDigit(c) ? 2 : 0;
            changes += script != 0 && previous != 0 && previous != script ? 1 : 0;
            previous = script;
        }
        return changes;
    }

    /** The advance of a line's first character: an em for CJK, else half of one. */
    private static float firstAdvance(TextLine line) {
        if (line.runs().isEmpty() || line.text().isEmpty()) {
            return Float.POSITIVE_INFINITY;
        }
        float size = line.runs().get(0).size();
        return line.text().codePointAt(0) >= 0x2E80 ? size : size / 2;
    }
}
