package press.render.ofd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.GlyfCompositeComp;
import org.apache.fontbox.ttf.GlyfCompositeDescript;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.w3c.dom.Element;

/**
 * The package's embedded fonts as Apache FontBox reads them — a font library we did not
 * write — and what the pages print with each: the characters of its TextCodes and the glyphs
 * its CGTransforms name.
 */
final class OfdFontCheck {

    private OfdFontCheck() {
    }

    /** The font file parsed by FontBox: OpenType with CFF outlines, or TrueType. */
    static TrueTypeFont parse(OfdFile.FontRef font) {
        try {
            return (font.file().endsWith(".otf") ? new OTFParser() : new TTFParser())
                    .parse(new RandomAccessReadBuffer(font.bytes()));
        } catch (IOException e) {
            throw new AssertionError("FontBox cannot read " + font.file() + ": " + e.getMessage(), e);
        }
    }

    /** For each font file, the characters printed with it outside shaped clusters. */
    static Map<String, Set<Integer>> printed(OfdFile file) {
        Map<Long, OfdFile.FontRef> fonts = file.fonts();
        Map<String, Set<Integer>> printed = new HashMap<>();
        OfdArchivalRules.everywhere(file, "TextObject", object -> {
            Set<Integer> characters = printed.computeIfAbsent(fonts.get(Long.parseLong(object.getAttribute("Font"))).file(),
                    f -> new HashSet<>());
            boolean shaped = false;
            for (Element part : OfdFile.elements(object)) {
                if (part.getLocalName().equals("CGTransform")) {
                    shaped = true;
                } else if (part.getLocalName().equals("TextCode")) {
                    if (!shaped) {
                        part.getTextContent().codePoints().forEach(characters::add);
                    }
                    shaped = false;
                }
            }
            return List.of();
        });
        return printed;
    }

    /** For each font file, the glyph numbers CGTransforms draw with it. */
    static Map<String, Set<Integer>> shapedGlyphs(OfdFile file) {
        Map<Long, OfdFile.FontRef> fonts = file.fonts();
        Map<String, Set<Integer>> glyphs = new HashMap<>();
        OfdArchivalRules.everywhere(file, "CGTransform", transform -> {
            Element object = (Element) transform.getParentNode();
            Set<Integer> used = glyphs.computeIfAbsent(fonts.get(Long.parseLong(object.getAttribute("Font"))).file(),
                    f -> new HashSet<>());
            for (double glyph : OfdFile.numbers(OfdFile.text(OfdFile.first(transform, "Glyphs")))) {
                used.add((int) glyph);
            }
            return List.of();
        });
        return glyphs;
    }

    /**
     * The fonts holding glyphs nothing reaches: not .notdef, not mapped from a character the
     * pages print, not named by a CGTransform, not a component of such a glyph.
     */
    static List<String> unsubsetted(OfdFile file) {
        Map<String, Set<Integer>> printed = printed(file);
        Map<String, Set<Integer>> shaped = shapedGlyphs(file);
        List<String> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (OfdFile.FontRef font : file.fonts().values()) {
            if (font.bytes() == null || !seen.add(font.file())) {
                continue;
            }
            try {
                TrueTypeFont program = parse(font);
                Set<Integer> reached = new HashSet<>(Set.of(0));
                reached.addAll(shaped.getOrDefault(font.file(), Set.of()));
                for (int c : printed.getOrDefault(font.file(), Set.of())) {
                    reached.add(program.getUnicodeCmapLookup().getGlyphId(c));
                }
                if (program.getTableMap().containsKey("glyf")) {
                    for (int glyph : new ArrayList<>(reached)) {
                        components(program, glyph, reached);
                    }
                }
                if (program.getNumberOfGlyphs() > reached.size()) {
                    found.add(font.file() + " holds " + program.getNumberOfGlyphs() + " glyphs where the pages reach "
                            + reached.size());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    private static void components(TrueTypeFont program, int glyph, Set<Integer> reached) throws IOException {
        GlyphData data = program.getGlyph().getGlyph(glyph);
        if (data != null && data.getDescription() instanceof GlyfCompositeDescript composite) {
            for (GlyfCompositeComp component : composite.getComponents()) {
                if (reached.add(component.getGlyphIndex())) {
                    components(program, component.getGlyphIndex(), reached);
                }
            }
        }
    }
}
