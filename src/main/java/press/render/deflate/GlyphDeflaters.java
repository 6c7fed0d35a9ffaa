package press.render.deflate;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import press.fonts.FontLibrary;
import press.fonts.FontSource;

/**
 * The process's glyph deflaters, one for each CFF source of each font library, made when a
 * document first embeds the source (reading every charstring of the font once) and kept as long
 * as the library. Keyed by library, not by file name alone: two libraries may hold different
 * files of one name, and one's coded glyphs must never go into the other's programs.
 */
public final class GlyphDeflaters {

    private static final Map<FontLibrary, Map<FontSource, GlyphDeflater>> BY_LIBRARY =
            Collections.synchronizedMap(new WeakHashMap<>());

    private GlyphDeflaters() {
    }

    /** The deflater of the source's CFF programs. */
    public static GlyphDeflater of(FontLibrary library, FontSource source) {
        return BY_LIBRARY.computeIfAbsent(library, any -> new ConcurrentHashMap<>()).computeIfAbsent(source,
                cff -> new GlyphDeflater(library.charStringByteCounts(cff), library.glyphCount(cff)));
    }
}
