package press.render.page;

import java.util.List;
import java.util.Locale;

/**
 * A paged document as readable text, for golden files and for eyes: every page with its size
 * and printed number, every item where it is placed (points from the sheet's top left, to a
 * tenth), what it is to a reader; then the structure elements and the outline. Two documents
 * paged alike dump alike.
 */
public final class PageDump {

    private PageDump() {
    }

    public static String of(PagedDocument document) {
        StringBuilder out = new StringBuilder();
        List<StructureElement> structure = document.structure();
        for (int p = 0; p < document.pages().size(); p++) {
            Page page = document.pages().get(p);
            out.append("page ").append(p + 1).append(' ').append(number(page.width())).append('×')
                    .append(number(page.height())).append(page.landscape() ? " landscape" : "")
                    .append(page.numbered() ? ", numbered " + page.label() : ", no number").append('\n');
            for (PageItem item : page.items()) {
                out.append("  ").append(item(item)).append(' ').append(tag(item.tag(), structure)).append('\n');
            }
        }
        out.append("structure\n");
        for (int e = 0; e < structure.size(); e++) {
            StructureElement element = structure.get(e);
            out.append("  ").append(e).append(' ').append(name(element));
            if (element.parent() != StructureElement.DOCUMENT) {
                out.append(" in ").append(element.parent());
            }
            if (element.rowSpan() > 1 || element.colSpan() > 1) {
                out.append(" spans ").append(element.rowSpan()).append('×').append(element.colSpan());
            }
            if (!element.alternative().isEmpty()) {
                out.append(" “").append(element.alternative()).append('”');
            }
            out.append('\n');
        }
        out.append("outline\n");
        for (OutlineEntry entry : document.outline()) {
            out.append("  ").append("  ".repeat(entry.level())).append(entry.title()).append(" → page ")
                    .append(entry.page() + 1).append(" at ").append(number(entry.y())).append('\n');
        }
        return out.toString();
    }

    private static String item(PageItem item) {
        return switch (item) {
            case TextLine line -> "text " + point(line.x(), line.baseline()) + (line.angle() != 0 ? " turned "
                    + number(line.angle()) : "") + " w" + number(line.width()) + " " + face(line) + " " + line.text();
            case Rule rule -> "rule " + point(rule.x1(), rule.y1()) + "–" + point(rule.x2(), rule.y2()) + " "
                    + number(rule.width()) + " " + color(rule.color());
            case Box box -> "box " + point(box.x(), box.y()) + " " + number(box.width()) + "×" + number(box.height())
                    + (box.fill() != Box.NONE ? " fill " + color(box.fill()) : "")
                    + (box.stroke() > 0 ? " stroke " + number(box.stroke()) : "");
            case PlacedImage image -> "image " + point(image.x(), image.y()) + " " + number(image.width()) + "×"
                    + number(image.height()) + (image.png() ? " png" : " jpeg");
            case VectorPath path -> "path " + path.segments().size() + " segments" + (path.filled() ? " filled" : "")
                    + (path.stroked() ? " stroked " + number(path.stroke()) : "");
            case PlacedChart chart -> "chart " + point(chart.x(), chart.y()) + " " + number(chart.chart().width()) + "×"
                    + number(chart.chart().height()) + " " + chart.chart().chart().kind().name().toLowerCase(Locale.ROOT);
        };
    }

    /** The first run's face and size: a line's runs mostly share them. */
    private static String face(TextLine line) {
        if (line.runs().isEmpty()) {
            return "(empty)";
        }
        GlyphRun run = line.runs().get(0);
        return run.face().file().replaceFirst("\\.[^.]*$", "") + " " + number(run.size());
    }

    private static String tag(Tag tag, List<StructureElement> structure) {
        return switch (tag) {
            case Tag.Content content -> "[" + content.element() + " " + name(structure.get(content.element())) + "]";
            case Tag.Artifact artifact -> artifact.pagination() ? "[furniture]" : "[decoration]";
        };
    }

    private static String name(StructureElement element) {
        return switch (element.type()) {
            case PARAGRAPH -> "P " + element.role();
            case HEADING -> "H" + element.level() + " " + element.role();
            case TABLE -> "Table";
            case TABLE_ROW -> "TR";
            case HEADER_CELL -> "TH";
            case DATA_CELL -> "TD";
            case FIGURE -> "Figure";
        };
    }

    private static String point(float x, float y) {
        return number(x) + "," + number(y);
    }

    private static String color(int rgb) {
        return String.format(Locale.ROOT, "#%06X", rgb);
    }

    private static String number(float value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
