package press.fonts.opentype;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * One OpenType font (CFF or TrueType outlines), parsed once and shared by all threads: which
 * characters it has, and compact subsets of it — the glyphs of the given characters renumbered
 * from 1, .notdef at 0, with the character map, metrics and names a PDF or Word needs.
 */
public final class OpenTypeFont {

    private final Sfnt font;
    private final CharacterLookup characters;
    private final CffOutlines cff;
    private final GlyfOutlines glyf;
    private final byte[] horizontalMetrics;
    private final int metricsCount;
    private final int unitsPerEm;
    private final String familyName;
    /** What describes every subset's program: a subset copies the tables it is worked out from. */
    private final FontDescriptor descriptor;

    private OpenTypeFont(Sfnt font) {
        this.font = font;
        this.characters = CharacterLookup.of(font.slice("cmap"));
        if (font.has("CFF ")) {
            this.cff = new CffOutlines(font.slice("CFF "));
            this.glyf = null;
        } else if (font.has("glyf") && font.has("loca")) {
            this.cff = null;
            this.glyf = new GlyfOutlines(font);
        } else {
            throw new IllegalArgumentException("the font has neither CFF nor TrueType outlines");
        }
        this.horizontalMetrics = font.table("hmtx");
        this.metricsCount = Bytes.u16(font.table("hhea"), 34);
        this.unitsPerEm = Bytes.u16(font.table("head"), 18);
        this.familyName = NameTable.familyName(font.table("name"));
        this.descriptor = FontDescriptor.of(font.table("head"), font.table("OS/2"), postScript(), font.table("name"));
    }

    /** Parses face {@code faceIndex} (0 unless the file is a collection). */
    public static OpenTypeFont parse(byte[] file, int faceIndex) {
        return new OpenTypeFont(new Sfnt(FontData.of(file), faceIndex));
    }

    /** Opens face {@code faceIndex} of a font file, which is mapped, not read: see {@link FontData}. */
    public static OpenTypeFont open(Path file, int faceIndex) throws IOException {
        return new OpenTypeFont(new Sfnt(FontData.map(file), faceIndex));
    }

    public boolean covers(int codePoint) {
        return characters.glyph(codePoint) != 0;
    }

    /** The family name (name ID 1) in English, as Windows records it; what Word and LibreOffice match on. */
    public String familyName() {
        return familyName;
    }

    /** The advance width of a character in ems (0 when the font lacks it). */
    public float advance(int codePoint) {
        int glyph = characters.glyph(codePoint);
        return glyph == 0 ? 0 : (float) advanceUnits(glyph) / unitsPerEm;
    }

    /**
     * The advance width of a character in thousandths of an em, cut toward zero as a PDF's width
     * array states it (0 when the font lacks it): what a line drawn in this font advances by.
     */
    public int advanceThousandths(int codePoint) {
        int glyph = characters.glyph(codePoint);
        return glyph == 0 ? 0 : advanceUnits(glyph) * 1000 / unitsPerEm;
    }

    /**
     * Where a character's ink lies, in thousandths of an em (xMin, yMin, xMax, yMax), as TrueType
     * outlines state it; null where the font has no such box (CFF outlines, or no glyph).
     */
    public int[] inkBox(int codePoint) {
        int glyph = characters.glyph(codePoint);
        int[] box = glyph == 0 || glyf == null ? null : glyf.box(glyph);
        if (box != null) {
            for (int i = 0; i < 4; i++) {
                box[i] = box[i] * 1000 / unitsPerEm;
            }
        }
        return box;
    }

    /** The number of glyphs in the font. */
    public int glyphCount() {
        return cff != null ? cff.glyphCount() : Bytes.u16(font.table("maxp"), 4);
    }

    /**
     * How often each byte value occurs in the CFF charstrings of all the font's glyphs: 256
     * counts, from a read through every outline of the font (megabytes for a CJK font), so ask
     * once and keep the answer.
     *
     * @throws IllegalStateException when the font has TrueType outlines
     */
    public long[] charStringByteCounts() {
        if (cff == null) {
            throw new IllegalStateException("a TrueType font has no charstrings");
        }
        return cff.charStringByteCounts();
    }

    /** "otf" for CFF outlines, "ttf" for TrueType outlines. */
    public String extension() {
        return cff != null ? "otf" : "ttf";
    }

    /** A complete font file holding the glyphs of the given characters; characters it lacks are left out. */
    public byte[] subset(int[] codePoints) {
        return file(codePoints, new int[0], new int[0]);
    }

    /** {@link #subset(int[])} with where its CFF table and charstrings lie in the file. */
    public SubsetFile placedSubset(int[] codePoints) {
        return cut(codePoints, halves(new int[0], new int[0])).placedFile(copiedTables());
    }

    /**
     * The complete font file of {@link #subset(int[], int[], int[])}, whose program is what
     * {@link FontProgram#read} finds in this file, the half forms said to draw their characters.
     */
    byte[] file(int[] codePoints, int[] leftHalves, int[] rightHalves) {
        return cut(codePoints, halves(leftHalves, rightHalves)).file(copiedTables());
    }

    /**
     * A subset of {@code codePoints} with half-width forms appended after all its other glyphs, which
     * are numbered as {@link #subset(int[])} numbers them. A left half is the glyph as it is, for a
     * mark inked in the left half of its em; a right half is the glyph moved left, for one inked in
     * the right half; both advance by half the glyph's advance. Characters the font lacks get none,
     * nor does a right half whose outline cannot be moved: a CFF glyph that calls a subroutine
     * before its first moveto, a TrueType component whose offset its own scale transforms.
     */
    public Subset subset(int[] codePoints, int[] leftHalves, int[] rightHalves) {
        return plan(codePoints, leftHalves, rightHalves).cut();
    }

    /** {@link #subset(int[], int[], int[])} decided and numbered, not yet cut. */
    public SubsetPlan plan(int[] codePoints, int[] leftHalves, int[] rightHalves) {
        HalfForms halves = halves(leftHalves, rightHalves);
        return new SubsetPlan(this, numbering(codePoints, halves), halves);
    }

    /** The program of a planned subset. */
    FontProgram program(GlyphNumbering numbering, HalfForms halves) {
        return cut(numbering, halves).program(descriptor);
    }

    private HalfForms halves(int[] leftHalves, int[] rightHalves) {
        HalfForms halves = new HalfForms();
        addHalves(leftHalves, true, halves);
        addHalves(rightHalves, false, halves);
        return halves;
    }

    private void addHalves(int[] codePoints, boolean left, HalfForms halves) {
        for (int codePoint : Arrays.stream(codePoints).distinct().sorted().toArray()) {
            int glyph = characters.glyph(codePoint);
            if (glyph == 0) {
                continue;
            }
            int advance = advanceUnits(glyph);
            // a right half moves by the rest of the em, so the em's right edge lands on its advance
            int shift = left ? 0 : advance / 2 - advance;
            byte[] outline = cff != null ? cff.shifted(glyph, shift, advance / 2) : glyf.shifted(glyph, shift);
            if (outline != null) {
                halves.add(new HalfForms.Form(codePoint, glyph, left, shift, advance / 2, outline));
            }
        }
    }

    private SubsetCut cut(int[] codePoints, HalfForms halves) {
        return cut(numbering(codePoints, halves), halves);
    }

    private GlyphNumbering numbering(int[] codePoints, HalfForms halves) {
        int[] sorted = codePoints.clone();
        Arrays.sort(sorted);
        int[] order = new int[sorted.length + 1];
        int glyphCount = 1;
        int[] mappedCodes = new int[sorted.length];
        int[] mapped = new int[sorted.length];
        int count = 0;
        // the subset's number of each source glyph taken so far, by source glyph
        Map<Integer, Integer> newGlyph = new HashMap<>();
        for (int i = 0; i < sorted.length; i++) {
            int codePoint = sorted[i];
            int glyph = i > 0 && codePoint == sorted[i - 1] ? 0 : characters.glyph(codePoint);
            if (glyph != 0) {
                Integer number = newGlyph.putIfAbsent(glyph, glyphCount);
                if (number == null) {
                    number = glyphCount;
                    order[glyphCount++] = glyph;
                }
                mappedCodes[count] = codePoint;
                mapped[count++] = number;
            }
        }
        int[] glyphs = Arrays.copyOf(order, glyphCount);
        if (glyf != null) {
            glyphs = glyf.withComponents(glyphs, halves.sources());
        }
        int firstHalf = glyphs.length;
        return new GlyphNumbering(halves.appendTo(glyphs), Arrays.copyOf(mappedCodes, count), Arrays.copyOf(mapped, count),
                firstHalf);
    }

    private SubsetCut cut(GlyphNumbering numbering, HalfForms halves) {
        int[] glyphs = numbering.glyphs();
        int firstHalf = numbering.firstHalf();
        byte[][] outlines = halves.outlinesFor(glyphs.length);
        Map<String, byte[]> tables = new TreeMap<>();
        byte[] head = font.table("head");
        byte[] maxp;
        CharStringPlaces places = CharStringPlaces.NONE;
        if (cff != null) {
            CffOutlines.Table table = cff.subset(glyphs, outlines);
            tables.put("CFF ", table.bytes());
            places = table.places();
            maxp = new Bytes.Out().u32(0x00005000L).u16(glyphs.length).toByteArray();
        } else {
            byte[][] glyfAndLoca = glyf.subset(glyphs, outlines);
            tables.put("glyf", glyfAndLoca[0]);
            tables.put("loca", glyfAndLoca[1]);
            head[50] = 0;
            head[51] = 1;
            maxp = font.table("maxp");
            maxp[4] = (byte) (glyphs.length >>> 8);
            maxp[5] = (byte) glyphs.length;
            for (String instructions : new String[] {"cvt ", "fpgm", "prep"}) {
                if (font.has(instructions)) {
                    tables.put(instructions, font.table(instructions));
                }
            }
        }
        Arrays.fill(head, 8, 12, (byte) 0);
        tables.put("head", head);
        tables.put("maxp", maxp);
        tables.put("hhea", horizontalHeader(glyphs.length));
        tables.put("hmtx", horizontalMetrics(glyphs, firstHalf, halves));
        return new SubsetCut(cff != null, tables, numbering, halves, places);
    }

    /** The tables a subset file keeps as its source has them (its post without glyph names). */
    private Map<String, byte[]> copiedTables() {
        Map<String, byte[]> tables = new TreeMap<>();
        tables.put("post", postScript());
        for (String copied : glyf != null ? new String[] {"OS/2", "name", "gasp"} : new String[] {"OS/2", "name"}) {
            if (font.has(copied)) {
                tables.put(copied, font.table(copied));
            }
        }
        return tables;
    }

    private byte[] horizontalHeader(int glyphs) {
        byte[] hhea = font.table("hhea");
        hhea[34] = (byte) (glyphs >>> 8);
        hhea[35] = (byte) glyphs;
        return hhea;
    }

    /** The metrics of each glyph; a half form's are its own, its side bearing moved with its outline. */
    private byte[] horizontalMetrics(int[] glyphs, int firstHalf, HalfForms halves) {
        Bytes.Out out = new Bytes.Out(4 * glyphs.length);
        for (int i = 0; i < glyphs.length; i++) {
            int glyph = glyphs[i];
            int sideBearing = Bytes.s16(horizontalMetrics, glyph < metricsCount ? 4 * glyph + 2
                    : 4 * metricsCount + 2 * (glyph - metricsCount));
            if (i < firstHalf) {
                out.u16(advanceUnits(glyph)).u16(sideBearing);
            } else {
                HalfForms.Form half = halves.form(i - firstHalf);
                out.u16(half.advance()).u16(sideBearing + half.shift());
            }
        }
        return out.toByteArray();
    }

    /** A glyph's advance in font units. */
    private int advanceUnits(int glyph) {
        return Bytes.u16(horizontalMetrics, 4 * Math.min(glyph, metricsCount - 1));
    }

    /** A version 3 'post' table: the source's metrics, no glyph names. */
    private byte[] postScript() {
        byte[] post = new byte[32];
        byte[] source = font.table("post");
        if (source != null) {
            System.arraycopy(source, 0, post, 0, Math.min(32, source.length));
        }
        post[0] = 0;
        post[1] = 3;
        post[2] = 0;
        post[3] = 0;
        return post;
    }
}
