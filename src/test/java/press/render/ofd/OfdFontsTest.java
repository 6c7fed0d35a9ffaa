package press.render.ofd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import press.testing.FixtureVariant;

/**
 * The fonts our OFD embeds, read by Apache FontBox: complete OpenType/TrueType files with the
 * tables a reader needs, their family name as the package records it, every character the
 * pages print mapped to a glyph; and the reference's resources named by the official fonts
 * an office's reader falls back on.
 */
class OfdFontsTest {

    private static final List<String> REQUIRED = List.of("cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post");

    @TestFactory
    Stream<DynamicTest> everyEmbeddedFontIsACompleteFileThatMapsEveryPrintedCharacter() {
        return OfdSamples.all().stream().map(sample -> DynamicTest.dynamicTest(sample.toString(), () -> check(sample)));
    }

    private static void check(FixtureVariant sample) throws IOException {
        OfdFile ofd = new OfdFile(OfdSamples.ofd(sample));
        Map<String, Set<Integer>> printed = OfdFontCheck.printed(ofd);
        List<String> problems = new ArrayList<>();
        for (OfdFile.FontRef font : ofd.fonts().values()) {
            TrueTypeFont program = OfdFontCheck.parse(font);
            Set<String> tables = program.getTableMap().keySet();
            for (String table : REQUIRED) {
                if (!tables.contains(table)) {
                    problems.add(font.file() + " has no " + table + " table (it has " + new TreeSet<>(tables) + ")");
                }
            }
            if (!tables.contains("CFF ") && !(tables.contains("glyf") && tables.contains("loca"))) {
                problems.add(font.file() + " has no outlines: " + new TreeSet<>(tables));
            }
            if (!program.getNaming().getFontFamily().equals(font.familyName())) {
                problems.add(font.file() + " is " + program.getNaming().getFontFamily() + ", recorded as " + font.familyName());
            }
            for (int c : printed.getOrDefault(font.file(), Set.of())) {
                if (program.getUnicodeCmapLookup().getGlyphId(c) == 0) {
                    problems.add(font.file() + " maps no glyph for U+" + Integer.toHexString(c).toUpperCase()
                            + " (" + Character.toString(c) + ")");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theReferencesFontsAreNamedByTheirOfficialRolesBesideTheirFamilies() {
        OfdFile ofd = new OfdFile(OfdSamples.ofd(OfdSamples.all().stream()
                .filter(sample -> sample.fixture().equals("aba-2020-05")).findFirst().orElseThrow()));
        List<String> names = ofd.fonts().values().stream().map(font -> font.fontName() + "/" + font.familyName()).toList();
        assertTrue(names.stream().anyMatch(name -> name.startsWith("仿宋_GB2312/Fandol")), names.toString());
        assertTrue(names.stream().anyMatch(name -> name.startsWith("黑体/")), names.toString());
    }
}
