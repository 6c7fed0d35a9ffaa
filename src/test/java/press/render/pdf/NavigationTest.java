package press.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import press.pipeline.Format;
import press.pipeline.RenderRequest;
import press.testing.ExtractedPdf;
import press.testing.Fixtures;
import press.testing.PdfGeometry;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A reader finds their way in the PDF: bookmarks for the title, every heading and every
 * appendix, each opening the page it names, shown when the file opens; page labels that say
 * what is printed at each page's foot.
 */
class NavigationTest {

    private static final List<String> HEADINGS = List.of("全州政务服务工作完成情况", "全州“12345”政务服务热线运行情况",
            "全州“好差评”工作情况", "州本级政务服务工作动态", "部门领导进大厅情况", "各县（市）政务服务工作动态");

    @Test
    void theOutlineListsTheTitleThenEveryHeadingAndAppendixEachOnItsPage() throws IOException {
        for (String variant : List.of("jianbao", "gongwen")) {
            byte[] bytes = render(variant, Fixtures.data(Fixtures.REFERENCE));
            ExtractedPdf text = new ExtractedPdf(bytes);
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                assertEquals(PageMode.USE_OUTLINES, pdf.getDocumentCatalog().getPageMode());
                List<PDOutlineItem> top = children(pdf.getDocumentCatalog().getDocumentOutline().getFirstChild());
                assertEquals(1, top.size(), variant + ": one title at the top");
                assertEquals("全州政务服务工作概况", top.get(0).getTitle());
                List<String> names = new ArrayList<>();
                for (PDOutlineItem item : children(top.get(0).getFirstChild())) {
                    names.add(item.getTitle());
                    int page = pdf.getPages().indexOf(item.findDestinationPage(pdf)) + 1;
                    String name = item.getTitle().replaceAll("^[一二三四五六七八九十]+、", "").replace(" ", "");
                    String key = name.substring(0, Math.min(6, name.length()));
                    assertTrue(text.page(page).replaceAll("\\s", "").contains(key), variant + ": " + item.getTitle()
                            + " is not on page " + page);
                }
                assertEquals(HEADINGS, names.subList(0, 6).stream().map(name -> name.replaceAll("^[一二三四五六七八九十]+、", ""))
                        .toList(), variant);
                assertEquals(3, names.stream().filter(name -> name.startsWith("附件")).count(), variant + ": " + names);
            }
        }
    }

    @Test
    void pageLabelsAreThePrintedNumbersAndEmptyWhereNoneIsPrinted() throws IOException {
        ObjectNode data = Fixtures.data(Fixtures.REFERENCE);
        ArrayNode attendance = (ArrayNode) data.path("appendices").path("attendance").path("rows");
        boolean blankSeen = false;
        while (!blankSeen && attendance.size() > 1) {
            byte[] bytes = render("gongwen", data);
            PdfGeometry geometry = new PdfGeometry(bytes);
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                String[] labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
                for (int page = 1; page <= geometry.pageCount(); page++) {
                    String printed = PdfGeometry.text(GongwenGeometryTest.pageNumber(geometry, page)).replaceAll("\\D", "");
                    if (!GongwenGeometryTest.landscape(geometry, page)) {
                        assertEquals(printed, labels[page - 1], "page " + page);
                    }
                    blankSeen |= printed.isEmpty();
                }
            }
            attendance.remove(attendance.size() - 1);
        }
        assertTrue(blankSeen, "some length leaves a page without a printed number");
    }

    private static List<PDOutlineItem> children(PDOutlineItem first) {
        List<PDOutlineItem> items = new ArrayList<>();
        for (PDOutlineItem item = first; item != null; item = item.getNextSibling()) {
            items.add(item);
        }
        return items;
    }

    private static byte[] render(String variant, ObjectNode data) {
        return Fixtures.press().render(new RenderRequest(Fixtures.KIND, variant, Format.PDF, data)).bytes();
    }
}
