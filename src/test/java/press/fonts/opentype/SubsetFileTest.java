package press.fonts.opentype;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import press.testing.Fixtures;

/**
 * A placed subset is the subset's file, its CFF table where FontBox finds it and each
 * charstring where the places say, relative to that table; a TrueType subset is unplaced.
 */
class SubsetFileTest {

    private static final int[] TEXT = "全州政务服务工作概况，。0123456789".codePoints().toArray();

    private static OpenTypeFont font(String name) throws IOException {
        return OpenTypeFont.parse(Files.readAllBytes(Fixtures.root().resolve("fonts").resolve(name)), 0);
    }

    @Test
    void aCffSubsetsTableAndCharStringsLieWhereItSays() throws IOException {
        OpenTypeFont font = font("FandolFang-Regular.otf");
        SubsetFile placed = font.placedSubset(TEXT);
        assertArrayEquals(font.subset(TEXT), placed.file(), "the same file as the plain subset");
        org.apache.fontbox.ttf.OpenTypeFont read = new OTFParser().parse(new RandomAccessReadBuffer(placed.file()));
        assertEquals(read.getTableMap().get("CFF ").getOffset(), placed.programOffset());
        List<byte[]> charStrings = read.getCFF().getFont().getCharStringBytes();
        CharStringPlaces places = placed.places();
        assertEquals(charStrings.size(), places.count());
        for (int glyph = 0; glyph < places.count(); glyph++) {
            byte[] there = Arrays.copyOfRange(placed.file(), placed.programOffset() + places.start(glyph),
                    placed.programOffset() + places.end(glyph));
            assertArrayEquals(charStrings.get(glyph), there, "glyph " + glyph);
        }
    }

    @Test
    void aTrueTypeSubsetIsUnplaced() throws IOException {
        try (var files = Files.list(Fixtures.root().resolve("fonts"))) {
            String ttf = files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".ttf")).sorted()
                    .findFirst().orElseThrow();
            assertSame(CharStringPlaces.NONE, font(ttf).placedSubset(TEXT).places());
        }
    }
}
