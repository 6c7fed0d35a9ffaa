package press.render.ofd;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import press.fonts.FontFace;
import press.fonts.FontLibrary;
import press.fonts.FontSource;
import press.fonts.opentype.CharStringPlaces;
import press.fonts.opentype.SubsetFile;
import press.render.deflate.GlyphDeflaters;
import press.render.page.GlyphRun;
import press.render.page.Page;
import press.render.page.PageItem;
import press.render.page.PagedDocument;
import press.render.page.PlacedChart;
import press.render.page.TextLine;

/**
 * One document's fonts: each font file it prints with, embedded as the subset of exactly the
 * characters its pages print (a shaped script's whole file, whose shaped glyphs no character map reaches), and
 * a font resource for each official name a file is printed under — the name an office's
 * reader falls back on (仿宋_GB2312, 黑体), with the file's own family name beside it. Files and
 * resources are numbered in the order the pages first use them.
 */
final class OfdFonts {

    /** One font resource: its identifier, the file it draws from, the names it is known by. */
    record Resource(long id, FontSource source, String fontName, String familyName) {
    }

    /**
     * One embedded file: its path under {@code Res/}, its bytes, and for CFF outlines the file
     * as a zlib stream its source's glyph coder made (null where the package deflates it).
     */
    record EmbeddedFile(String name, byte[] bytes, byte[] zlib) {
    }

    private final FontLibrary library;
    private final Map<String, Resource> resources = new LinkedHashMap<>();
    private final Map<FontSource, EmbeddedFile> files = new LinkedHashMap<>();
    /** The resources by face, so a run finds its own without building its key again. */
    private final Map<FontFace, Resource> byFace = new java.util.HashMap<>();

    OfdFonts(FontLibrary library, PagedDocument document, OfdIds ids) {
        this.library = library;
        Map<FontSource, int[]> plan = document.fontPlan();
        Map<FontSource, TreeSet<Integer>> printed = new LinkedHashMap<>();
        for (Page page : document.pages()) {
            for (PageItem item : page.items()) {
                for (TextLine line : lines(item)) {
                    for (GlyphRun run : line.runs()) {
                        FontFace face = run.face();
                        run.text().codePoints().forEach(printed.computeIfAbsent(face.source(), s -> new TreeSet<>())::add);
                        resources.computeIfAbsent(key(face), key -> new Resource(ids.next(), face.source(), fontName(face),
                                library.familyName(face.source())));
                    }
                }
            }
        }
        printed.forEach((source, characters) -> embed(source, plan, characters));
    }

    private static List<TextLine> lines(PageItem item) {
        List<TextLine> lines = new ArrayList<>();
        switch (item) {
            case TextLine line -> lines.add(line);
            case PlacedChart chart -> chart.drawing().forEach(drawn -> lines.addAll(lines(drawn)));
            default -> {
            }
        }
        return lines;
    }

    /**
     * Embeds the characters the pages print with the file — not the whole plan, which holds
     * characters a page might have printed (every digit for page numbers): an OFD-A font is a
     * subset, and a glyph nothing prints is only weight.
     */
    private void embed(FontSource source, Map<FontSource, int[]> plan, TreeSet<Integer> printed) {
        if (!plan.containsKey(source)) {
            throw new IllegalStateException("font " + source.file() + " was not planned for this document");
        }
        int[] characters = printed.stream().mapToInt(Integer::intValue).toArray();
        SubsetFile file = library.placedSubset(source, characters);
        // the glyphs of a CFF file are coded once per process, as the PDF's programs are: zlib took a sixth of a render
        byte[] zlib = file.places() == CharStringPlaces.NONE ? null
                : GlyphDeflaters.of(library, source).deflate(ByteBuffer.wrap(file.file()), file.programOffset(), file.places());
        files.put(source, new EmbeddedFile("font_" + (files.size() + 1) + "." + library.extension(source), file.file(),
                zlib));
    }

    private static String key(FontFace face) {
        return face.file() + "#" + face.index() + "#" + fontName(face);
    }

    /** The name a reader that cannot load the file looks for: the role's official font, else the file's own. */
    private static String fontName(FontFace face) {
        return face.officialName().isEmpty() ? face.file().replaceFirst("\\.[^.]*$", "") : face.officialName();
    }

    /** The resource a run's face is drawn with. */
    Resource resource(FontFace face) {
        Resource resource = byFace.computeIfAbsent(face, f -> resources.get(key(f)));
        if (resource == null) {
            throw new IllegalStateException("font " + face.file() + " was not planned for this document");
        }
        return resource;
    }

    List<Resource> resources() {
        return List.copyOf(resources.values());
    }

    EmbeddedFile file(FontSource source) {
        return files.get(source);
    }

    /** The embedded files by name, in order. */
    List<EmbeddedFile> files() {
        Map<String, EmbeddedFile> named = new TreeMap<>();
        files.values().forEach(file -> named.put(file.name(), file));
        return List.copyOf(named.values());
    }

    boolean shaped(FontFace face) {
        return library.isShaped(face.source());
    }

    /** The advances of a face's characters in thousandths of an em, as the embedded subset states them. */
    java.util.function.IntUnaryOperator advances(FontFace face) {
        return library.advances(face);
    }
}
