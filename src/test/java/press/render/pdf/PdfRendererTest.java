package press.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import press.fonts.FontLibrary;
import press.model.Document;
import press.model.Metadata;
import press.model.Paragraph;
import press.model.Text;
import press.render.style.StyleSheetLoader;
import press.testing.Documents;
import press.testing.ExtractedPdf;
import press.testing.Fixtures;
import press.testing.SeedUnits;

/** The reference bulletin as a reader meets it in the PDF. */
class PdfRendererTest {

    private static final float MM = 72f / 25.4f;
    private static final String NO_LINE_START = "，。、；：？！）》」』”’％…·〉】";
    private static final String NO_LINE_END = "（《「『“‘【〈";

    private static final FontLibrary FONTS = FontLibrary.load(Fixtures.root().resolve("fonts"));

    private final ExtractedPdf pdf = new ExtractedPdf(Fixtures.referencePdf());

    @Test
    void everySentenceTableRowAndClosingLineOfTheSeedIsInThePdf() {
        List<SeedUnits.Unit> units = SeedUnits.of(Fixtures.seed());
        assertTrue(units.size() > 190, "the seed has " + units.size() + " units");
        assertEquals(List.of(), SeedUnits.missing(units, pdf));
    }

    @Test
    void everyFontIsEmbedded() {
        assertEquals(List.of(), pdf.unembeddedFonts());
        assertTrue(pdf.fonts().stream().anyMatch(f -> f.contains("FandolFang")), pdf.fonts().toString());
    }

    @Test
    void everyPageHasItsNumberBetweenDashes() {
        assertTrue(pdf.pageCount() >= 10, "the reference has ten pages, not " + pdf.pageCount());
        for (int page = 1; page <= pdf.pageCount(); page++) {
            assertTrue(pdf.page(page).contains("— " + page + " —"), "page " + page + " has no number");
        }
    }

    @Test
    void pagesPastTheNinthAreNumberedWithEveryDigitTheirFontSubsetNeeds() {
        Documents document = Documents.titled("页码");
        for (int page = 1; page < 12; page++) {
            document.paragraph("第" + page + "页").pageBreak();
        }
        ExtractedPdf twelve = new ExtractedPdf(renderer().render(document.paragraph("第12页").build()));
        assertEquals(12, twelve.pageCount());
        for (int page = 1; page <= 12; page++) {
            assertTrue(twelve.page(page).contains("— " + page + " —"), "page " + page + ": " + twelve.page(page));
        }
    }

    @Test
    void oddPageNumbersSitRightAndEvenOnesLeftUnderThePortraitTextBlock() {
        int portraitPages = 0;
        for (int page = 1; page <= pdf.pageCount(); page++) {
            portraitPages += pdf.isLandscape(page) ? 0 : 1;
        }
        int checked = 0;
        for (ExtractedPdf.Line line : pdf.positionedLines()) {
            if (!line.text().strip().matches("— \\d+ —") || pdf.isLandscape(line.page())) {
                continue;
            }
            checked++;
            int number = Integer.parseInt(line.text().replaceAll("\\D", ""));
            if (number % 2 == 1) {
                assertEquals((210 - 26) * MM - 16, line.right(), 3, "odd page number one character in from the right");
            } else {
                assertEquals(28 * MM + 14, line.left(), 3, "even page number one character in from the left");
            }
            assertTrue(line.baseline() > (297 - 35 + 7) * MM, "page number below the text block");
        }
        assertTrue(portraitPages > 0);
        assertEquals(portraitPages, checked, "every portrait page has exactly one page number");
    }

    @Test
    void theWideRankingTableGetsALandscapePageAndTheOthersStayPortrait() {
        for (int page = 1; page <= pdf.pageCount(); page++) {
            boolean ranking = pdf.page(page).contains("附件2");
            assertEquals(ranking, pdf.isLandscape(page), "page " + page);
        }
    }

    @Test
    void eachAppendixStartsOnANewPage() {
        for (String label : new String[] {"附件1：", "附件2：", "附件3："}) {
            int page = firstPageWith(label);
            String firstLine = pdf.page(page).lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
            assertTrue(firstLine.startsWith(label), label + " should open page " + page + ", found " + firstLine);
        }
    }

    @Test
    void tableHeaderRowsAreRepeatedOnEveryPageTheTableSpans() {
        int start = firstPageWith("附件3：");
        int pagesWithRows = 0;
        for (int page = start; page <= pdf.pageCount(); page++) {
            String text = pdf.page(page);
            if (text.contains("州医保局") || text.contains("州社保局") || text.contains("州自然资源局")) {
                pagesWithRows++;
                for (String label : new String[] {"姓名", "部门", "请假", "事假", "年假", "备注"}) {
                    assertTrue(text.contains(label), "page " + page + " lacks header label " + label);
                }
            }
        }
        assertTrue(pagesWithRows >= 2, "the attendance table should span pages, spans " + pagesWithRows);
    }

    @Test
    void theClosingBlockSitsAtTheFootOfTheLastPage() {
        ExtractedPdf.Line imprint = pdf.positionedLines().stream()
                .filter(l -> l.text().contains("2020年6月10日印")).findFirst().orElseThrow();
        assertEquals(pdf.pageCount(), imprint.page());
        float textBlockBottom = (297 - 35) * MM;
        assertTrue(imprint.baseline() < textBlockBottom && imprint.baseline() > textBlockBottom - 14 * 2,
                "imprint baseline " + imprint.baseline() + " should be on the last line of the text block");
        String last = pdf.page(pdf.pageCount());
        assertTrue(last.indexOf("信息公开选项") < last.indexOf("报：") && last.indexOf("报：") < last.indexOf("送：")
                && last.indexOf("送：") < last.indexOf("发："), last);
    }

    @Test
    void noLineOfTheReferenceStartsWithClosingOrEndsWithOpeningPunctuation() {
        assertLinesObeyKinsoku(pdf);
    }

    @Test
    void closingPunctuationIsCarriedOverWhereverItFalls() {
        // put a comma, a full stop and a bracket at every position of a 28-character line
        List<press.model.Block> blocks = new ArrayList<>();
        for (int k = 1; k <= 30; k++) {
            blocks.add(new Paragraph(List.of(new Text("政".repeat(k) + "，务“服”务（中心）。" + "工作".repeat(30) + "。"))));
        }
        assertLinesObeyKinsoku(new ExtractedPdf(renderer().render(new Document(Metadata.titled("避头尾"), blocks))));
    }

    private static PdfRenderer renderer() {
        return new PdfRenderer(new StyleSheetLoader().load(Fixtures.root()
                .resolve("templates/gov-service-monthly/jianbao.style.json")), FONTS);
    }

    private static void assertLinesObeyKinsoku(ExtractedPdf extracted) {
        List<String> lines = extracted.lines();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            if (line.matches("— \\d+ —")) {
                continue;
            }
            assertTrue(NO_LINE_START.indexOf(line.charAt(0)) < 0, "line starts with punctuation: " + line);
            assertTrue(NO_LINE_END.indexOf(line.charAt(line.length() - 1)) < 0, "line ends with opening punctuation: " + line);
        }
    }

    private int firstPageWith(String text) {
        for (int page = 1; page <= pdf.pageCount(); page++) {
            if (pdf.page(page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError(text + " is on no page");
    }
}
