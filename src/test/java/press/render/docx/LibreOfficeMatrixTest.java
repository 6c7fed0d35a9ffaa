package press.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import press.pipeline.Format;
import press.pipeline.RenderOptions;
import press.testing.Docx;
import press.testing.Fixtures;
import press.testing.FixtureVariant;
import press.testing.LibreOffice;
import press.testing.PdfGeometry;
import press.testing.PrintedChecks;

/**
 * Every fixture in every variant, as a DOCX naming the official fonts and as one embedding its
 * subsets, laid out by LibreOffice as on an office PC without the official fonts: its own profile,
 * no installed font but its own and a substitute CJK face (the bundled Noto Serif SC file, under
 * its own name), one run for all, within a time limit (LibreOffice once hung on a document).
 * Read from LibreOffice's PDF: with embedded fonts every character in a face the DOCX embeds,
 * and no organ's name in the 版记 split over two lines where ours keeps it on one; in both, as
 * many pages as our PDF, no glyphs over each other, no number or 印发 carried over a line,
 * every page number where ours stands, within a millimetre.
 */
@Tag("slow")
class LibreOfficeMatrixTest {

    /** How long one run of LibreOffice may take for all the documents: they take about 15 s. */
    private static final int SECONDS = 240;
    /** LibreOffice's name for a CFF font it writes as Type 1; no face it may see but ours is CFF. */
    private static final String CFF = "DummyName";

    @TempDir
    Path folder;

    @Test
    void everyFixtureInEveryVariantHoldsInLibreOfficeWithAndWithoutEmbeddedFonts() throws Exception {
        Path substitute = Files.createDirectories(folder.resolve("substitute"));
        Files.copy(Fixtures.root().resolve("fonts/NotoSerifSC-Regular.ttf"), substitute.resolve("substitute.ttf"));
        List<FixtureVariant> documents = FixtureVariant.all();
        List<Path> docx = new ArrayList<>();
        List<Set<String>> embeddedNames = new ArrayList<>();
        List<PdfGeometry> ours = new ArrayList<>();
        for (FixtureVariant document : documents) {
            ours.add(new PdfGeometry(document.render(Format.PDF, RenderOptions.embeddingFonts(false))));
            for (boolean embed : new boolean[] {false, true}) {
                byte[] bytes = document.render(Format.DOCX, RenderOptions.embeddingFonts(embed));
                Path file = folder.resolve(document.fixture() + "-" + document.variant() + (embed ? "-embedded" : "") + ".docx");
                Files.write(file, bytes);
                docx.add(file);
                embeddedNames.add(embed ? postScriptNames(new Docx(bytes)) : Set.of());
            }
        }
        List<Path> pdfs = LibreOffice.toPdf(docx, folder, List.of(substitute), SECONDS);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < docx.size(); i++) {
            String name = docx.get(i).getFileName().toString();
            PdfGeometry theirs = new PdfGeometry(Files.readAllBytes(pdfs.get(i)));
            PdfGeometry our = ours.get(i / 2);
            boolean embedded = i % 2 == 1;
            PrintedChecks.overlaps(theirs).forEach(overlap -> problems.add(name + ": glyphs over each other, " + overlap));
            PrintedChecks.splits(theirs, PrintedChecks.numbers(our)).forEach(split -> problems.add(name + ": split " + split));
            if (embedded) {
                Set<String> ownFaces = embeddedNames.get(i);
                Set<String> foreign = new TreeSet<>();
                for (int page = 1; page <= theirs.pageCount(); page++) {
                    theirs.glyphs(page).stream().filter(glyph -> !glyph.text().isBlank())
                            .map(glyph -> glyph.font().replaceFirst("^[A-Z]{6}\\+", ""))
                            .filter(font -> !font.equals(CFF) && !ownFaces.contains(font))
                            .forEach(foreign::add);
                }
                if (!foreign.isEmpty()) {
                    problems.add(name + ": characters in faces it does not embed " + foreign);
                }
                Set<String> names = distributionNames(documents.get(i / 2));
                Set<String> splitNames = PrintedChecks.splitNames(theirs, names);
                splitNames.removeAll(PrintedChecks.splitNames(our, names));
                if (!splitNames.isEmpty()) {
                    problems.add(name + ": names of the 版记 split where ours are whole " + splitNames);
                }
            }
            if (theirs.pageCount() != our.pageCount()) {
                problems.add(name + ": " + theirs.pageCount() + " pages, ours " + our.pageCount());
            }
            pageNumbers(name, theirs, our, problems);
        }
        assertEquals(List.of(), problems);
    }

    /** Each page's number where ours is on the page of that number or, where the counts differ, of its side. */
    private static void pageNumbers(String name, PdfGeometry theirs, PdfGeometry our, List<String> problems) {
        float size = 14;
        float textBottom = 262;
        for (int page = 1; page <= theirs.pageCount(); page++) {
            int same = page;
            if (page > our.pageCount() || our.pageWidth(page) > our.pageHeight(page) != theirs.pageWidth(page) > theirs.pageHeight(page)) {
                same = page % 2 == 0 ? 2 : 3;
            }
            float[] expected = PrintedChecks.pageNumber(our, same, size, textBottom);
            float[] actual = PrintedChecks.pageNumber(theirs, page, size, textBottom);
            if (expected == null || actual == null) {
                if (page == same && (expected == null) != (actual == null)) {
                    problems.add(name + ": page " + page + (actual == null ? " has no number" : " has a number ours has not"));
                }
                continue;
            }
            // on a page of another number the number is longer: only its height on the page compares
            boolean across = page == same && Math.abs(expected[0] - actual[0]) > 1;
            if (across || Math.abs(expected[1] - actual[1]) > 1) {
                problems.add(name + ": page " + page + "'s number at " + actual[0] + ", " + actual[1] + " mm, ours at "
                        + expected[0] + ", " + expected[1]);
            }
        }
    }

    /** The organs a document's closing block sends it to (抄送, 报, 送, 发), from the fixture's model golden. */
    private static Set<String> distributionNames(FixtureVariant document) throws java.io.IOException {
        Path model = Fixtures.root().resolve("fixtures").resolve(document.fixture()).resolve(document.variant())
                .resolve("model.txt");
        Set<String> names = new TreeSet<>();
        if (!Files.exists(model)) {
            return names;
        }
        int closing = -1;
        for (String line : Files.readAllLines(model)) {
            int depth = line.length() - line.stripLeading().length();
            if (line.stripLeading().startsWith("closing ")) {
                closing = depth;
            } else if (closing >= 0 && depth > closing && !line.stripLeading().startsWith("imprint ")) {
                String recipients = line.substring(line.indexOf(": ") + 2);
                names.addAll(List.of(recipients.split(" / ")));
            } else if (depth <= closing) {
                closing = -1;
            }
        }
        return names;
    }

    /** The PostScript names of the subsets a DOCX embeds (its font table's names without spaces before the tag). */
    private static Set<String> postScriptNames(Docx docx) {
        Set<String> names = new TreeSet<>();
        var fonts = docx.nodes("word/fontTable.xml", "//w:font[w:embedRegular]/@w:name");
        for (int i = 0; i < fonts.getLength(); i++) {
            String family = fonts.item(i).getNodeValue();
            int last = family.lastIndexOf(' ');
            names.add(family.substring(0, last).replace(" ", "") + "-" + family.substring(last + 1));
        }
        assertTrue(!names.isEmpty(), "the embedded DOCX embeds its fonts");
        return names;
    }
}
