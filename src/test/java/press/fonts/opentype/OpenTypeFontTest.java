package press.fonts.opentype;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import press.testing.Fixtures;

/** Subsets read back by an independent parser (Apache FontBox) draw the same glyphs as the full fonts. */
class OpenTypeFontTest {

    private static final String TEXT = "全州政务服务工作概况，。“”（）0123456789—";

    private static byte[] file(String name) throws IOException {
        return Files.readAllBytes(Fixtures.root().resolve("fonts").resolve(name));
    }

    @Test
    void aCffSubsetHoldsExactlyTheRequestedCharactersWithTheirOutlinesAndWidths() throws IOException {
        byte[] full = file("FandolFang-Regular.otf");
        byte[] subset = press.fonts.opentype.OpenTypeFont.parse(full, 0).subset(TEXT.codePoints().toArray());

        OpenTypeFont original = new OTFParser().parse(new RandomAccessReadBuffer(full));
        OpenTypeFont cut = new OTFParser().parse(new RandomAccessReadBuffer(subset));
        assertEquals(1 + TEXT.codePoints().distinct().count(), cut.getNumberOfGlyphs());
        for (int c : TEXT.codePoints().toArray()) {
            int was = original.getUnicodeCmapLookup().getGlyphId(c);
            int is = cut.getUnicodeCmapLookup().getGlyphId(c);
            assertTrue(is > 0, "subset lacks " + Character.toString(c));
            assertEquals(bounds(original.getCFF().getFont().getType2CharString(was).getPath().getBounds2D()),
                    bounds(cut.getCFF().getFont().getType2CharString(is).getPath().getBounds2D()), Character.toString(c));
            assertEquals(original.getAdvanceWidth(was), cut.getAdvanceWidth(is));
        }
        assertEquals(0, cut.getUnicodeCmapLookup().getGlyphId('州' + 1));
        assertTrue(subset.length < 20_000, "subset is " + subset.length + " bytes");
    }

    @Test
    void aTrueTypeSubsetHoldsTheRequestedCharactersAndLeavesOutWhatTheFontLacks() throws IOException {
        byte[] full = file("NotoSerifSC-Regular.ttf");
        String text = TEXT + "虒\uD83D\uDE00";
        var font = press.fonts.opentype.OpenTypeFont.parse(full, 0);
        assertTrue(font.covers('虒'));
        assertFalse(font.covers(0x1F600));
        byte[] subset = font.subset(text.codePoints().toArray());

        TrueTypeFont original = new TTFParser().parse(new RandomAccessReadBuffer(full));
        TrueTypeFont cut = new TTFParser().parse(new RandomAccessReadBuffer(subset));
        for (int c : (TEXT + "虒").codePoints().toArray()) {
            GlyphData was = original.getGlyph().getGlyph(original.getUnicodeCmapLookup().getGlyphId(c));
            GlyphData is = cut.getGlyph().getGlyph(cut.getUnicodeCmapLookup().getGlyphId(c));
            assertEquals(bounds(was.getPath().getBounds2D()), bounds(is.getPath().getBounds2D()), Character.toString(c));
        }
        assertEquals(0, cut.getUnicodeCmapLookup().getGlyphId(0x1F600));
        assertTrue(subset.length < 30_000, "subset is " + subset.length + " bytes");
    }

    private static String bounds(Rectangle2D box) {
        return String.format("%.0f %.0f %.0f %.0f", box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY());
    }

    @Test
    void everyTableOfASubsetCarriesItsChecksumAndTheFileSumsToTheMagicNumber() throws IOException {
        for (String name : new String[] {"FandolFang-Regular.otf", "NotoSerifSC-Regular.ttf"}) {
            byte[] subset = press.fonts.opentype.OpenTypeFont.parse(file(name), 0).subset((TEXT + "虒").codePoints()
                    .filter(c -> c != '虒' || name.endsWith(".ttf")).toArray());
            int tables = u16(subset, 4);
            for (int t = 0; t < tables; t++) {
                int entry = 12 + 16 * t;
                String tag = new String(subset, entry, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
                int offset = (int) u32(subset, entry + 8);
                int length = (int) u32(subset, entry + 12);
                byte[] table = java.util.Arrays.copyOfRange(subset, offset, offset + length);
                if (tag.equals("head")) {
                    java.util.Arrays.fill(table, 8, 12, (byte) 0);
                }
                assertEquals(u32(subset, entry + 4), sum(table), name + " " + tag);
            }
            assertEquals(0xB1B0AFBAL, sum(subset), name + ": the whole file, head's adjustment included");
        }
    }

    /** The OpenType checksum, byte by byte: the sum of big-endian 32-bit words, the last padded with zeros. */
    private static long sum(byte[] bytes) {
        long sum = 0;
        for (int i = 0; i < bytes.length; i++) {
            sum += (long) (bytes[i] & 0xff) << (24 - 8 * (i % 4));
        }
        return sum & 0xffffffffL;
    }

    private static int u16(byte[] bytes, int at) {
        return (bytes[at] & 0xff) << 8 | bytes[at + 1] & 0xff;
    }

    private static long u32(byte[] bytes, int at) {
        return (long) u16(bytes, at) << 16 | u16(bytes, at + 2);
    }
}
