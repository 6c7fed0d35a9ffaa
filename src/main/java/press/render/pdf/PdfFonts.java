package press.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import press.fonts.FontFace;
import press.fonts.FontLibrary;
import press.fonts.FontSource;
import press.fonts.opentype.SubsetGlyphs;
import press.fonts.opentype.SubsetPlan;
import press.parallel.Background;
import press.render.deflate.GlyphDeflaters;
import press.render.page.GlyphRun;
import press.render.page.Page;
import press.render.page.PageItem;
import press.render.page.PagedDocument;
import press.render.page.TextLine;

/**
 * One document's fonts: for every font file it uses, a compact subset holding just the
 * document's characters and the half-width forms of the marks its lines compress; the text is
 * written as the subset's glyph indices, numbered when the subset is planned, while the subset
 * is cut and its streams made on a spare core ({@link Background}), to be embedded by
 * {@link PdfFontObjects} when the document closes. OpenPDF only names the font in the pages'
 * resources, for which one font object per file serves every document (OpenPDF reads none of its
 * glyphs); a shaped script's font is OpenPDF's own, made from the whole file for each document,
 * as OpenPDF embeds it and cuts it again with a slot per glyph it was given.
 */
final class PdfFonts {

    /** The font object OpenPDF names each file by, made once for every document of a library. */
    private static final Map<FontLibrary, Map<FontSource, BaseFont>> RESOURCES =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private final FontLibrary library;
    private final Map<FontSource, BaseFont> fonts = new HashMap<>();
    private final Map<FontSource, SubsetGlyphs> subsets = new HashMap<>();
    /** The streams of the subsets we embed ourselves (all but a shaped script's), by OpenPDF's font. */
    private final Map<BaseFont, Background<FontStreams>> programs = new IdentityHashMap<>();

    PdfFonts(FontLibrary library, PagedDocument document) {
        this.library = library;
        Map<FontSource, Set<Integer>> left = new HashMap<>();
        Map<FontSource, Set<Integer>> right = new HashMap<>();
        for (Page page : document.pages()) {
            for (PageItem item : page.items()) {
                if (item instanceof TextLine line) {
                    for (GlyphRun run : line.runs()) {
                        Map<FontSource, Set<Integer>> halves = switch (run.form()) {
                            case LEFT_HALF -> left;
                            case RIGHT_HALF -> right;
                            case FULL, CLUSTER -> null;
                        };
                        if (halves != null) {
                            Set<Integer> marks = halves.computeIfAbsent(run.face().source(), source -> new TreeSet<>());
                            run.text().codePoints().forEach(marks::add);
                        }
                    }
                }
            }
        }
        document.fontPlan().forEach((source, characters) -> {
            if (library.isShaped(source)) {
                subsets.put(source, SubsetGlyphs.NONE);
                // a shaped source's subset is its whole file, which OpenPDF embeds
                byte[] whole = library.subset(source, characters);
                BaseFont font = create(source, library.extension(source), whole);
                writtenByOpenPdf(font, whole);
                fonts.put(source, font);
            } else {
                SubsetPlan plan = library.plan(source, characters, array(left.get(source)), array(right.get(source)));
                subsets.put(source, plan.glyphs());
                BaseFont font = resource(source);
                EmbeddedFont embedded = new EmbeddedFont(plan, library.isCff(source)
                        ? GlyphDeflaters.of(library, source)::deflate : PdfFontObjects::huffmanOnly);
                programs.put(font, Background.start(() -> PdfFontObjects.prepare(embedded)));
                fonts.put(source, font);
            }
        });
    }

    private static int[] array(Set<Integer> characters) {
        return characters == null ? new int[0] : characters.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Which glyphs of the face's subset for this document draw its characters. */
    SubsetGlyphs subset(FontFace face) {
        SubsetGlyphs subset = subsets.get(face.source());
        if (subset == null) {
            throw new IllegalStateException("font " + face.file() + " was not planned for this document");
        }
        return subset;
    }

    /** The streams to embed for one of this document's fonts, or null when OpenPDF embeds it. */
    FontStreams program(BaseFont font) {
        Background<FontStreams> streams = programs.get(font);
        return streams == null ? null : streams.join();
    }

    /** The font object that names a file in the pages' resources: made from a subset of one glyph, once. */
    private BaseFont resource(FontSource source) {
        return RESOURCES.computeIfAbsent(library, any -> new java.util.concurrent.ConcurrentHashMap<>()).computeIfAbsent(
                source, file -> create(file, library.extension(file), library.subset(file, new int[] {' '})));
    }

    /**
     * Shows {@code text} whole in the face, at the current text position, as the subset's glyph
     * indices: for text composition does not set (a chart's labels).
     */
    void show(com.lowagie.text.pdf.PdfContentByte canvas, FontFace face, String text) {
        if (library.isShaped(face.source())) {
            // the shaped script's own font, made from its whole file, maps the characters itself
            canvas.showText(text);
            return;
        }
        int[] glyphs = new int[text.length()];
        int count = 0;
        for (int at = 0; at < text.length(); ) {
            int c = text.codePointAt(at);
            at += Character.charCount(c);
            glyphs[count++] = glyph(face, c);
        }
        GlyphStrings.show(canvas.getInternalBuffer(), glyphs, count, null, false);
    }

    /** The glyph that draws a character whole in the face's subset, which must hold it. */
    int glyph(FontFace face, int character) {
        int glyph = subset(face).glyph(character);
        if (glyph == 0) {
            throw new IllegalStateException("character U+" + Integer.toHexString(character) + " was not planned into the "
                    + face.file() + " subset: the layout step must lay out every text it prints");
        }
        return glyph;
    }

    private static BaseFont create(FontSource source, String extension, byte[] subset) {
        String name = source.file().replaceFirst("\\.[^.]*$", "") + "." + extension;
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, subset, null);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load the subset of " + source.file() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the subset of " + source.file(), e);
        }
    }

    /**
     * A shaped script's font, which OpenPDF still embeds: without a CIDSet (PDF/A-2 wants one only
     * if it lists every glyph), its subset tag from the file's hash (so the same file is tagged
     * alike), deflated at the fastest level as our subsets were before we wrote them ourselves.
     * OpenPDF never writes the others, so they need none of this (and no hash of their bytes).
     */
    private static void writtenByOpenPdf(BaseFont font, byte[] subset) {
        font.setIncludeCidSet(false);
        font.setSecureRandom(PdfIdentity.subsetTag(subset));
        font.setCompressionLevel(java.util.zip.Deflater.BEST_SPEED);
    }

    BaseFont font(FontFace face) {
        BaseFont font = fonts.get(face.source());
        if (font == null) {
            throw new IllegalStateException("font " + face.file() + " was not planned for this document");
        }
        return font;
    }

    /** A character's advance in the face, in thousandths of an em, as its subset states it. */
    int advance(FontFace face, int codePoint) {
        return library.advance(face, codePoint);
    }
}
