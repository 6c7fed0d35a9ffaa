package press.fonts.opentype;

import java.util.Map;
import java.util.TreeMap;

/**
 * The glyphs one subset keeps, cut from its font and renumbered, as the tables that draw and
 * measure them; and what is made of those: the subset's OpenType file, or the program a PDF
 * embeds. The program is made from the same tables, not by writing the file and reading it
 * back, which cost a tenth of a PDF's render.
 *
 * @param tables by tag: the outlines (CFF, or glyf and loca with cvt, fpgm and prep), and head,
 *               hhea, hmtx and maxp for these glyphs, each with its own advance
 * @param numbering the glyphs' numbers and which draws each character
 * @param halves the half forms, the glyphs from the numbering's first half on
 * @param places where the charstrings lie in the CFF table ({@link CharStringPlaces#NONE} for TrueType)
 */
record SubsetCut(boolean cff, Map<String, byte[]> tables, GlyphNumbering numbering, HalfForms halves,
                 CharStringPlaces places) {

    /** The subset's file: these tables, its character map, and {@code copied}, the source's tables it keeps. */
    byte[] file(Map<String, byte[]> copied) {
        return placedFile(copied).file();
    }

    /** The subset's file with where its CFF table and charstrings lie in it. */
    SubsetFile placedFile(Map<String, byte[]> copied) {
        Map<String, byte[]> all = new TreeMap<>(tables);
        all.putAll(copied);
        all.put("cmap", CharacterMap.write(codePoints(), glyphs()));
        byte[] file = SfntWriter.write(cff, all);
        return cff ? new SubsetFile(file, SfntWriter.offset(all, "CFF "), places) : SubsetFile.unplaced(file);
    }

    /**
     * The subset's program, as {@link FontProgram#read} reads it from the file, described by
     * {@code descriptor}: widths from hmtx, for each glyph the lowest character mapped to it, and
     * each half form said to draw its character, which no character map reaches.
     */
    FontProgram program(FontDescriptor descriptor) {
        int unitsPerEm = Bytes.u16(tables.get("head"), 18);
        int glyphCount = Bytes.u16(tables.get("maxp"), 4);
        byte[] hmtx = tables.get("hmtx");
        int[] widths = new int[glyphCount];
        for (int glyph = 0; glyph < glyphCount; glyph++) {
            widths[glyph] = Bytes.u16(hmtx, 4 * glyph) * 1000 / unitsPerEm;
        }
        int[] unicodes = new CharacterMap(codePoints(), glyphs()).firstCodePoints(glyphCount);
        halves.drawTheirCharacters(unicodes, numbering.firstHalf());
        byte[] program = cff ? tables.get("CFF ") : FontProgram.outlinesOnly(tables::get);
        return new FontProgram(cff, program, descriptor, widths, unicodes, places);
    }

    private int[] codePoints() {
        return numbering.codePoints();
    }

    private int[] glyphs() {
        return numbering.mapped();
    }
}
