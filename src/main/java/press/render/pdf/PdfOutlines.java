package press.render.pdf;

import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import press.render.page.OutlineEntry;
import press.render.page.Page;

/**
 * The document's bookmarks as the pages list them, each nested under the nearest entry above it
 * of a lower level, pointing at its place on its page; the file opens with them shown.
 */
final class PdfOutlines {

    private record Open(int level, PdfOutline outline) {
    }

    private PdfOutlines() {
    }

    /** Shows the bookmarks when the file opens, and the title rather than the file name. */
    static void prepare(PdfWriter writer) {
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
    }

    /** Adds the entries; their pages need not have been written yet. */
    static void add(PdfWriter writer, List<OutlineEntry> entries, List<Page> pages) {
        Deque<Open> open = new ArrayDeque<>();
        for (OutlineEntry entry : entries) {
            while (!open.isEmpty() && open.peek().level() >= entry.level()) {
                open.pop();
            }
            PdfOutline parent = open.isEmpty() ? writer.getDirectContent().getRootOutline() : open.peek().outline();
            Page page = pages.get(entry.page());
            // scrolled to the entry's top, the whole width in view
            PdfDestination destination = new PdfDestination(PdfDestination.XYZ, 0, page.height() - entry.y(), 0);
            destination.addPage(writer.getPageReference(entry.page() + 1));
            open.push(new Open(entry.level(), new PdfOutline(parent, destination, entry.title(), entry.level() < 2)));
        }
    }
}
