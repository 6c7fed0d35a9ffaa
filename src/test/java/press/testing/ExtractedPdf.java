package press.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What PDFBox reads back from a PDF: text per page (lines in reading order), fonts, page sizes. */
public final class ExtractedPdf {

    /** A line of text as PDFBox sees it: where it starts and ends (points from the left) and its baseline (points from the top). */
    public record Line(int page, String text, float left, float right, float baseline) {
    }

    private final List<String> pages = new ArrayList<>();
    private final List<Line> positioned = new ArrayList<>();
    private final List<String> fonts = new ArrayList<>();
    private final List<Boolean> embedded = new ArrayList<>();
    private final List<Boolean> landscape = new ArrayList<>();

    public ExtractedPdf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
                positioned.addAll(positionedLines(document, p));
                PDPage page = document.getPage(p - 1);
                landscape.add(page.getMediaBox().getWidth() > page.getMediaBox().getHeight());
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (!fonts.contains(font.getName())) {
                        fonts.add(font.getName());
                        embedded.add(font.isEmbedded());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Line> positionedLines(PDDocument document, int page) throws IOException {
        List<Line> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (!positions.isEmpty() && !text.isBlank()) {
                    TextPosition first = positions.get(0);
                    TextPosition last = positions.get(positions.size() - 1);
                    lines.add(new Line(page, text, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                            first.getYDirAdj()));
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return lines;
    }

    /** Every run of text PDFBox groups on a line, with its position. */
    public List<Line> positionedLines() {
        return List.copyOf(positioned);
    }

    public int pageCount() {
        return pages.size();
    }

    /** The text of page {@code number} (1-based). */
    public String page(int number) {
        return pages.get(number - 1);
    }

    public String text() {
        return String.join("\f", pages);
    }

    public List<String> lines() {
        return pages.stream().flatMap(page -> page.lines()).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public boolean isLandscape(int page) {
        return landscape.get(page - 1);
    }

    public List<String> fonts() {
        return List.copyOf(fonts);
    }

    public List<String> unembeddedFonts() {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < fonts.size(); i++) {
            if (!embedded.get(i)) {
                missing.add(fonts.get(i));
            }
        }
        return missing;
    }
}
