package press.fonts.opentype;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a PDF needs to embed a subset as a CID font itself: the font program (the bare CFF table,
 * or a TrueType file of outlines, metrics and hinting), the PostScript name, the descriptor's
 * metrics in thousandths of an em, and for each glyph (CID = glyph index) its width and the
 * character it draws. Made with a subset this package cuts, from the tables its file would hold,
 * so it describes exactly the glyphs the document has; or read from a font file.
 *
 * @param unicodes for each glyph, the lowest code point that maps to it, or -1 (.notdef, components)
 * @param widths for each glyph, its advance × 1000 / units per em, cut toward zero as PDF writers do
 * @param charStrings where a CFF program's charstrings lie and which are a source glyph's unchanged
 *                    ({@link CharStringPlaces#NONE} when not known, and for TrueType)
 */
public record FontProgram(boolean cff, byte[] program, String postScriptName, int[] box,
                          int ascent, int descent, int capHeight, double italicAngle, int flags, int[] widths,
                          int[] unicodes, CharStringPlaces charStrings) {

    public FontProgram {
        Objects.requireNonNull(charStrings, "charStrings");
        program = program.clone();
        box = box.clone();
        widths = widths.clone();
        unicodes = unicodes.clone();
        if (charStrings.count() > 0 && (!cff || charStrings.count() != widths.length
                || charStrings.end(charStrings.count() - 1) > program.length || charStrings.start(0) < 0)) {
            throw new IllegalArgumentException("the places of " + charStrings.count() + " charstrings do not fit a "
                    + (cff ? "CFF" : "TrueType") + " program of " + widths.length + " glyphs and " + program.length
                    + " bytes");
        }
    }

    /** A program whose charstrings' places are not known. */
    public FontProgram(boolean cff, byte[] program, String postScriptName, int[] box, int ascent, int descent,
                       int capHeight, double italicAngle, int flags, int[] widths, int[] unicodes) {
        this(cff, program, postScriptName, box, ascent, descent, capHeight, italicAngle, flags, widths, unicodes,
                CharStringPlaces.NONE);
    }

    @Override
    public byte[] program() {
        return program.clone();
    }

    /** The program, read-only and not copied: it is a quarter of a megabyte for a body face, deflated once per document. */
    public ByteBuffer programBuffer() {
        return ByteBuffer.wrap(program).asReadOnlyBuffer();
    }

    /** The program's length in bytes, which a TrueType font file's stream states (Length1). */
    public int length() {
        return program.length;
    }

    @Override
    public int[] box() {
        return box.clone();
    }

    @Override
    public int[] widths() {
        return widths.clone();
    }

    @Override
    public int[] unicodes() {
        return unicodes.clone();
    }

    /** A program that {@code descriptor} describes. */
    FontProgram(boolean cff, byte[] program, FontDescriptor descriptor, int[] widths, int[] unicodes,
                CharStringPlaces charStrings) {
        this(cff, program, descriptor.postScriptName(), descriptor.box(), descriptor.ascent(), descriptor.descent(),
                descriptor.capHeight(), descriptor.italicAngle(), descriptor.flags(), widths, unicodes, charStrings);
    }

    /** The description of a font file (a subset, or any OpenType file with a Unicode character map). */
    public static FontProgram read(byte[] file) {
        Sfnt font = new Sfnt(FontData.of(file), 0);
        int unitsPerEm = Bytes.u16(font.table("head"), 18);
        int glyphCount = Bytes.u16(font.table("maxp"), 4);
        byte[] hmtx = font.table("hmtx");
        int metrics = Bytes.u16(font.table("hhea"), 34);
        int[] widths = new int[glyphCount];
        for (int glyph = 0; glyph < glyphCount; glyph++) {
            widths[glyph] = Bytes.u16(hmtx, 4 * Math.min(glyph, metrics - 1)) * 1000 / unitsPerEm;
        }
        boolean cff = font.has("CFF ");
        return new FontProgram(cff, cff ? font.table("CFF ") : outlinesOnly(font::table),
                FontDescriptor.of(font.table("head"), font.table("OS/2"), font.table("post"), font.table("name")),
                widths, CharacterMap.read(font.table("cmap")).firstCodePoints(glyphCount), CharStringPlaces.NONE);
    }

    /**
     * A TrueType program as a PDF embeds it, from a font's tables (by tag, null where it has
     * none): outlines, metrics and hinting only. The glyphs are reached by their indices
     * (CIDToGIDMap Identity), so no character map, names or OS/2 — a font's names can be longer
     * than its few glyphs.
     */
    static byte[] outlinesOnly(Function<String, byte[]> tables) {
        Map<String, byte[]> kept = new TreeMap<>();
        for (String tag : new String[] {"glyf", "loca", "head", "hhea", "hmtx", "maxp", "cvt ", "fpgm", "prep"}) {
            byte[] table = tables.apply(tag);
            if (table != null) {
                kept.put(tag, table);
            }
        }
        Arrays.fill(kept.get("head"), 8, 12, (byte) 0);
        return SfntWriter.write(false, kept);
    }
}
