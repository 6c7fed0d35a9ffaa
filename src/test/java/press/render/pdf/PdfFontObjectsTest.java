package press.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import press.testing.Fixtures;

/**
 * The fonts we write ourselves, read by an independent reader (PDFBox): each a Type0 font with a
 * ToUnicode map, a CID font whose widths are the embedded program's, a TrueType program with its
 * outlines and nothing a PDF does not read.
 */
class PdfFontObjectsTest {

    @Test
    void everyFontsWidthsAreItsProgramsAndEveryGlyphSaysWhichCharacterItDraws() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(Fixtures.referencePdf())) {
            Map<String, PDType0Font> fonts = new HashMap<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.put(font.getName(), (PDType0Font) font);
                }
            }
            assertTrue(fonts.size() >= 4, fonts.keySet().toString());
            for (PDType0Font font : fonts.values()) {
                PDCIDFont cid = font.getDescendantFont();
                assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), "a subset's name is tagged: " + font.getName());
                assertNotNull(font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE), font.getName());
                int glyphs = 0;
                for (int code = 1; code < 0x10000; code++) {
                    String unicode = font.toUnicode(code);
                    if (unicode == null) {
                        continue;
                    }
                    glyphs++;
                    assertEquals(cid.getWidthFromFont(code), cid.getWidth(code), 0.5,
                            font.getName() + " glyph " + code + " (" + unicode + ")");
                }
                assertTrue(glyphs > 0, font.getName());
                if (cid.getFontDescriptor().getFontFile2() != null) {
                    var program = new TTFParser(true).parse(new RandomAccessReadBuffer(
                            cid.getFontDescriptor().getFontFile2().toByteArray()));
                    assertNotNull(program.getTableMap().get("glyf"));
                    assertFalse(program.getTableMap().containsKey("name"), "no names in " + font.getName());
                    assertFalse(program.getTableMap().containsKey("cmap"), "no character map in " + font.getName());
                    assertEquals(cid.getFontDescriptor().getFontFile2().getCOSObject().getInt(COSName.LENGTH1),
                            cid.getFontDescriptor().getFontFile2().toByteArray().length);
                }
            }
        }
    }
}
