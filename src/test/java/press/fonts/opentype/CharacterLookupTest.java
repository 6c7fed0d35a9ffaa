package press.fonts.opentype;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import press.testing.Fixtures;

/** Looking a character up where the map lies finds what an independent parser (Apache FontBox) finds. */
class CharacterLookupTest {

    @Test
    void everyBundledFontMapsEveryCharacterAsFontBoxReadsIt() throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(Fixtures.root().resolve("fonts"))) {
            files = listed.filter(file -> file.toString().matches(".*\\.(otf|ttf)")).sorted().toList();
        }
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            CmapLookup fontBox = (file.toString().endsWith(".otf") ? new OTFParser() : new TTFParser())
                    .parse(new RandomAccessReadBuffer(bytes)).getUnicodeCmapLookup();
            CharacterLookup ours = CharacterLookup.of(new Sfnt(FontData.of(bytes), 0).slice("cmap"));
            for (int codePoint = 0; codePoint < 0x40000; codePoint++) {
                assertEquals(fontBox.getGlyphId(codePoint), ours.glyph(codePoint),
                        () -> file.getFileName() + " maps a character otherwise");
            }
        }
    }

    @Test
    void aFormat4MapIsSearchedByItsSegments() {
        Random random = new Random(19);
        int[] codePoints = random.ints(0, 0xfffe).distinct().limit(3000).sorted().toArray();
        int[] glyphs = new int[codePoints.length];
        for (int i = 0; i < glyphs.length; i++) {
            // runs of consecutive glyphs where characters are consecutive, jumps elsewhere
            glyphs[i] = i > 0 && codePoints[i] == codePoints[i - 1] + 1 && random.nextBoolean() ? glyphs[i - 1] + 1
                    : 1 + random.nextInt(60000);
        }
        byte[] both = CharacterMap.write(codePoints, glyphs);
        both[3] = 1; // the (3,1) format 4 subtable alone
        CharacterLookup lookup = CharacterLookup.of(FontData.of(both));
        Map<Integer, Integer> written = new HashMap<>();
        for (int i = 0; i < codePoints.length; i++) {
            written.put(codePoints[i], glyphs[i]);
        }
        for (int codePoint = 0; codePoint <= 0x10000; codePoint++) {
            assertEquals(written.getOrDefault(codePoint, 0), lookup.glyph(codePoint));
        }
    }
}
