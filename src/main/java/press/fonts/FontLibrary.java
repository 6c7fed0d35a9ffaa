package press.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import press.failure.Failure;
import press.failure.Reason;
import press.fonts.opentype.OpenTypeFont;
import press.fonts.opentype.SubsetPlan;
import press.fonts.opentype.SubsetFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled fonts, read and parsed once and shared by all renderers and threads: the
 * manifest's roles with their fallback chains, which face draws each character, and compact
 * subsets of a face for one document.
 */
public final class FontLibrary {

    private final Map<String, FontFace> faces;
    private final Map<FontSource, OpenTypeFont> fonts;
    private final Map<FontSource, Path> shaped;
    /** Each role's chain, worked out once: every run of text asks which face of it draws each character. */
    private final Map<String, Chain> chains;

    /**
     * A role's faces in fallback order. Which face draws a character is asked of every character
     * laid out and measured, so the answers for the Basic Multilingual Plane are remembered; two
     * threads may work one out at the same time and write the same byte.
     */
    private static final class Chain {

        private static final byte UNKNOWN = 0;
        private static final byte NONE = -1;

        private final List<FontFace> faces;
        private final OpenTypeFont[] fonts;
        private final byte[] firstCovering = new byte[0x10000];

        Chain(List<FontFace> faces, OpenTypeFont[] fonts) {
            if (fonts.length > 100) {
                throw new IllegalArgumentException("a fallback chain of more than 100 fonts");
            }
            this.faces = faces;
            this.fonts = fonts;
        }

        List<FontFace> faces() {
            return faces;
        }

        OpenTypeFont[] fonts() {
            return fonts;
        }

        /** The position of the first face that has the character, or -1. */
        int firstCovering(int codePoint) {
            if (codePoint < 0 || codePoint >= firstCovering.length) {
                return search(codePoint);
            }
            byte known = firstCovering[codePoint];
            if (known == UNKNOWN) {
                int found = search(codePoint);
                known = found < 0 ? NONE : (byte) (found + 1);
                firstCovering[codePoint] = known;
            }
            return known == NONE ? -1 : known - 1;
        }

        private int search(int codePoint) {
            for (int f = 0; f < fonts.length; f++) {
                if (fonts[f].covers(codePoint)) {
                    return f;
                }
            }
            return -1;
        }
    }

    private FontLibrary(Map<String, FontFace> faces, List<String> fallback, Map<String, List<String>> ownFallback,
                        Map<FontSource, OpenTypeFont> fonts, Map<FontSource, Path> shaped) {
        this.faces = Map.copyOf(faces);
        this.fonts = Map.copyOf(fonts);
        this.shaped = Map.copyOf(shaped);
        Map<String, Chain> chains = new HashMap<>();
        // roles with the same faces in the same order (body and table) share one chain and its answers
        Map<List<FontFace>, Chain> byFaces = new HashMap<>();
        for (String role : this.faces.keySet()) {
            LinkedHashSet<FontFace> chain = new LinkedHashSet<>();
            chain.add(face(role));
            ownFallback.getOrDefault(role, List.of()).forEach(name -> chain.add(this.faces.get(name)));
            fallback.forEach(name -> chain.add(this.faces.get(name)));
            List<FontFace> ordered = List.copyOf(chain);
            chains.put(role, byFaces.computeIfAbsent(ordered, same -> new Chain(same, same.stream()
                    .map(face -> this.fonts.get(face.source())).toArray(OpenTypeFont[]::new))));
        }
        this.chains = Map.copyOf(chains);
    }

    /** Reads {@code manifest.json} in {@code directory} and every font file it names. */
    public static FontLibrary load(Path directory) {
        Path manifest = directory.resolve("manifest.json");
        try {
            JsonNode root = JsonMapper.builder().build().readTree(Files.readString(manifest));
            Map<String, FontFace> faces = new LinkedHashMap<>();
            Map<FontSource, OpenTypeFont> fonts = new HashMap<>();
            for (Map.Entry<String, JsonNode> entry : root.path("roles").properties()) {
                JsonNode node = entry.getValue();
                FontFace face = new FontFace(entry.getKey(), node.path("file").asString(), node.path("index").asInt(0),
                        node.path("official").asString(""), node.path("shaping").asBoolean(false));
                faces.put(face.role(), face);
                if (!fonts.containsKey(face.source())) {
                    fonts.put(face.source(), open(directory.resolve(face.file()), face));
                }
            }
            List<String> fallback = new ArrayList<>();
            root.path("fallback").values().forEach(role -> fallback.add(role.asString()));
            Map<String, List<String>> own = new HashMap<>();
            for (Map.Entry<String, JsonNode> entry : root.path("roles").properties()) {
                List<String> roles = new ArrayList<>();
                entry.getValue().path("fallback").values().forEach(role -> roles.add(role.asString()));
                own.put(entry.getKey(), roles);
            }
            for (String role : java.util.stream.Stream.concat(fallback.stream(), own.values().stream().flatMap(List::stream))
                    .toList()) {
                if (!faces.containsKey(role)) {
                    throw new IllegalStateException("fallback role '" + role + "' is not in " + manifest);
                }
            }
            if (faces.isEmpty()) {
                throw new IllegalStateException("no font roles in " + manifest);
            }
            Map<FontSource, Path> shaped = new HashMap<>();
            faces.values().stream().filter(FontFace::shaped).forEach(face -> shaped.put(face.source(),
                    directory.resolve(face.file()).toAbsolutePath()));
            return new FontLibrary(faces, fallback, own, fonts, shaped);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fonts from " + directory, e);
        }
    }

    private static OpenTypeFont open(Path file, FontFace face) throws IOException {
        try {
            return OpenTypeFont.open(file, face.index());
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot read font " + face.file() + ": " + e.getMessage(), e);
        }
    }

    public FontFace face(String role) {
        FontFace face = faces.get(role);
        if (face == null) {
            throw new IllegalArgumentException("no font role '" + role + "' in the font manifest; known: "
                    + faces.keySet());
        }
        return face;
    }

    /** The role's face first, then its own fallback roles, then the common ones, without repeats. */
    public List<FontFace> chain(String role) {
        return chainOf(role).faces();
    }

    private Chain chainOf(String role) {
        Chain chain = chains.get(role);
        if (chain == null) {
            face(role); // names the unknown role
        }
        return chain;
    }

    public List<FontFace> faces() {
        return List.copyOf(faces.values());
    }

    /**
     * The text cut into runs of one face each: every character in the first face of the role's
     * chain that has it, but punctuation that may not start (end) a line stays in the run before
     * (after) it when that face has it, so a change of font never opens a forbidden break.
     *
     * @throws Failure ({@link Reason#UNCOVERED_CHARACTER}) when no face of the chain has a character
     */
    public List<FontRun> runs(String text, String role, String where) {
        Chain chain = chainOf(role);
        int[] codePoints = codePoints(text);
        int[] faceOf = faces(chain, codePoints, where, true);
        List<FontRun> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= codePoints.length; i++) {
            if (i == codePoints.length || faceOf[i] != faceOf[start]) {
                runs.add(new FontRun(chain.faces().get(faceOf[start]), new String(codePoints, start, i - start)));
                start = i;
            }
        }
        return runs;
    }

    /** The text's code points, other controls than line breaks as spaces; a loop, as every cell is measured through here. */
    private static int[] codePoints(String text) {
        int[] codePoints = new int[text.length()];
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            codePoints[count++] = c != '\n' && Character.isISOControl(c) ? ' ' : c;
        }
        return count == codePoints.length ? codePoints : Arrays.copyOf(codePoints, count);
    }

    /**
     * The position in the chain of the face drawing each character. With {@code strict} false, a
     * character no face has goes to the role's own face (its glyph .notdef).
     */
    private static int[] faces(Chain chain, int[] codePoints, String where, boolean strict) {
        int[] faceOf = new int[codePoints.length];
        for (int i = 0; i < codePoints.length; i++) {
            faceOf[i] = codePoints[i] == '\n' ? (i > 0 ? faceOf[i - 1] : 0) : chain.firstCovering(codePoints[i]);
            if (faceOf[i] < 0) {
                if (strict) {
                    throw uncovered(codePoints[i], where);
                }
                faceOf[i] = 0;
            }
        }
        for (int i = 1; i < codePoints.length; i++) {
            if (Punctuation.mayNotStartLine(codePoints[i]) && chain.fonts()[faceOf[i - 1]].covers(codePoints[i])) {
                faceOf[i] = faceOf[i - 1];
            }
        }
        for (int i = codePoints.length - 2; i >= 0; i--) {
            if (Punctuation.mayNotEndLine(codePoints[i]) && chain.fonts()[faceOf[i + 1]].covers(codePoints[i])) {
                faceOf[i] = faceOf[i + 1];
            }
        }
        return faceOf;
    }

    /** A character no face draws; the pipeline adds the JSON paths of the data that hold it. */
    private static Failure uncovered(int codePoint, String where) {
        String character = Character.toString(codePoint);
        String number = String.format("U+%04X", codePoint);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("character", character);
        detail.put("codePoint", number);
        detail.put("where", where);
        String name = Character.getName(codePoint);
        return new Failure(Reason.UNCOVERED_CHARACTER, number + (name == null ? "" : " " + name) + " ('" + character
                + "') is not covered by any bundled font, in " + where, List.of(detail));
    }

    /**
     * The natural width in points of one line of text in this font role, letter spacing
     * included. Measuring never fails: a character no face has is measured as the role's face
     * draws a missing glyph, and reported where the text is laid out.
     */
    public float width(String text, String role, float size, float letterSpacing) {
        Chain chain = chainOf(role);
        int[] codePoints = codePoints(text);
        int[] faceOf = faces(chain, codePoints, "measuring", false);
        float width = 0;
        for (int i = 0; i < codePoints.length; i++) {
            width += chain.fonts()[faceOf[i]].advance(codePoints[i]) * size + letterSpacing;
        }
        return width;
    }

    /**
     * The advance of a character in the face, in thousandths of an em as the face's subset will
     * state it: what a writer draws and what composition must measure, so the two never differ.
     */
    public int advance(FontFace face, int codePoint) {
        return fonts.get(face.source()).advanceThousandths(codePoint);
    }

    /**
     * {@link #advance} for one face, looked up once: a writer asking for every character of a run
     * spent more on finding the face's font than on its advance.
     */
    public java.util.function.IntUnaryOperator advances(FontFace face) {
        OpenTypeFont font = fonts.get(face.source());
        return font::advanceThousandths;
    }

    /** Where a character's ink lies in the face, in thousandths of an em, or null where the face does not say. */
    public int[] inkBox(FontFace face, int codePoint) {
        return fonts.get(face.source()).inkBox(codePoint);
    }

    /** A font file with just these characters of the source, and its extension (otf, ttf). */
    public byte[] subset(FontSource source, int[] codePoints) {
        if (shaped.containsKey(source)) {
            try {
                return Files.readAllBytes(shaped.get(source));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + shaped.get(source), e);
            }
        }
        return fonts.get(source).subset(codePoints);
    }

    /**
     * {@link #subset(FontSource, int[])} with where a CFF file's table and charstrings lie in it,
     * so that a writer can code its glyphs once per process; a shaped source's whole file, unplaced.
     */
    public SubsetFile placedSubset(FontSource source, int[] codePoints) {
        if (shaped.containsKey(source)) {
            return SubsetFile.unplaced(subset(source, codePoints));
        }
        return fonts.get(source).placedSubset(codePoints);
    }

    /**
     * One document's subset of the source, planned: these characters whole, and half-width forms
     * of {@code leftHalves} (closing marks, inked in the left half of the em) and
     * {@code rightHalves} (opening marks, inked in the right half), for marks line composition
     * sets in half an em; its glyphs numbered now, its program cut when the plan is.
     *
     * @throws IllegalArgumentException for a shaped source, whose text is drawn through the JDK's
     *         glyph vectors, not by glyph numbers of ours: a writer embeds its whole file
     *         ({@link #subset(FontSource, int[])})
     */
    public SubsetPlan plan(FontSource source, int[] codePoints, int[] leftHalves, int[] rightHalves) {
        if (shaped.containsKey(source)) {
            throw new IllegalArgumentException(source.file() + " is shaped: a writer embeds its whole file");
        }
        return fonts.get(source).plan(codePoints, leftHalves, rightHalves);
    }

    /**
     * Whether the face's script needs shaping: a writer then shapes its text itself and gets the
     * whole file from {@link #subset} (the glyphs shaping reaches are in no character map, so no
     * subset of ours could hold them).
     */
    public boolean isShaped(FontSource source) {
        return shaped.containsKey(source);
    }

    /** The family name inside the font file: what a program that loads the file knows it by. */
    public String familyName(FontSource source) {
        return fonts.get(source).familyName();
    }

    /** The number of glyphs in the source's font. */
    public int glyphCount(FontSource source) {
        return fonts.get(source).glyphCount();
    }

    /**
     * How often each byte value occurs in the CFF charstrings of all the source's glyphs (256
     * counts): what a writer that compresses the source's subsets can build one code from, the
     * same whatever documents came first. Reads every outline of the font, so ask once.
     *
     * @throws IllegalStateException when the source has TrueType outlines
     */
    public long[] charStringByteCounts(FontSource source) {
        return fonts.get(source).charStringByteCounts();
    }

    public String extension(FontSource source) {
        return fonts.get(source).extension();
    }

    /** Whether the source's outlines are CFF (else TrueType). */
    public boolean isCff(FontSource source) {
        return "otf".equals(extension(source));
    }
}
