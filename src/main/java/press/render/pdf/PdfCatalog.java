package press.render.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageLabels;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.util.List;
import press.model.Metadata;
import press.render.page.Page;

/** What a PDF says about itself: its document information, language and page labels. */
final class PdfCatalog {

    private PdfCatalog() {
    }

    static void describe(com.lowagie.text.Document pdf, PdfWriter writer, Metadata metadata) {
        pdf.addTitle(metadata.title());
        String subject = (metadata.region() + " " + metadata.period()).strip();
        if (!subject.isEmpty()) {
            pdf.addSubject(subject);
        }
        if (!metadata.issuer().isEmpty()) {
            pdf.addAuthor(metadata.issuer());
        }
        pdf.addCreator("Bulletin Press");
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
    }

    /**
     * Page labels that say what is printed on each page: its number, or nothing where no number
     * is printed (a 公文's first page, the blank page and the 版记 page after it).
     */
    static PdfPageLabels pageLabels(List<Page> pages) {
        PdfPageLabels labels = new PdfPageLabels();
        Boolean numbered = null;
        for (int page = 1; page <= pages.size(); page++) {
            boolean printed = pages.get(page - 1).numbered();
            if (numbered == null || printed != numbered) {
                labels.addPageLabel(page, printed ? PdfPageLabels.DECIMAL_ARABIC_NUMERALS : PdfPageLabels.EMPTY, null,
                        page);
                numbered = printed;
            }
        }
        return labels;
    }
}
